// Every rule against brute force: an oracle written here from the definitions alone (all
// packages, acceptable ones kept, the rule's value, ties by welfare then listed order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProblem } from '../../bench/dealsInstances.ts';
import { ParleyError } from '../../src/core/errors.ts';
import { solveDealSync } from '../../src/deals/solve.ts';
import { oracle, smallProblem } from './oracle.ts';

describe('solveDeal against brute force', () => {
  for (const rule of ['nash', 'maxmin', 'welfare', 'ks'] as const) {
    it(`${rule}: the same package as enumeration, proven optimal, or the same "no package"`, () => {
      fc.assert(
        fc.property(smallProblem, (problem) => {
          const expected = oracle(problem, rule);
          if (expected === null) {
            expect(() => solveDealSync(problem, rule)).toThrow(ParleyError);
            return;
          }
          for (const warmStart of [true, false]) {
            const solution = solveDealSync(problem, rule, { warmStart });
            expect(Object.values(solution.package)).toEqual(expected.choice);
            expect(solution.utilities).toEqual(
              Object.fromEntries(problem.parties.map((p, i) => [p, expected.u[i]])),
            );
            expect(solution.optimal).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('solveDeal on a large problem', () => {
  it('says optimal only when the search ran to the end', () => {
    const problem = generateProblem({ parties: 6, issues: 28, options: 4, seed: 1 });
    const proven = solveDealSync(problem, 'nash');
    expect(proven.optimal).toBe(true);
    const cut = solveDealSync(problem, 'nash', { maxNodes: 10 });
    expect(cut.optimal).toBe(false);
    // What the cut search returns is still acceptable, and no better than the proven answer.
    const product = (u: Record<string, number>) =>
      problem.parties.reduce((a, p) => a * (u[p]! - problem.profiles[p]!.reservation), 1);
    for (const p of problem.parties)
      expect(cut.utilities[p]!).toBeGreaterThan(problem.profiles[p]!.reservation);
    expect(product(cut.utilities)).toBeLessThanOrEqual(product(proven.utilities) * (1 + 1e-9));
  });
});
