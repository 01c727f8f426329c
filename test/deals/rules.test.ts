// Every rule against brute force: an oracle written here from the definitions alone (all
// packages, acceptable ones kept, the rule's value, ties by welfare then listed order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
