// The MILP path (HiGHS) forced on small problems, against the brute-force oracle: the same
// package (ties by welfare, then listed order), proven optimal, or the same "no package".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../src/core/errors.ts';
import { solveDeal, usesMilp } from '../../src/deals/solve.ts';
import { oracle, smallProblem } from './oracle.ts';

describe('solveDeal with method milp against brute force', () => {
  for (const rule of ['maxmin', 'welfare', 'ks'] as const) {
    it(`${rule}: the same package as enumeration, proven optimal`, async () => {
      await fc.assert(
        fc.asyncProperty(smallProblem, async (problem) => {
          expect(usesMilp(problem, rule, 'milp')).toBe(true);
          const expected = oracle(problem, rule);
          if (expected === null) {
            await expect(solveDeal(problem, rule, { method: 'milp' })).rejects.toThrow(ParleyError);
            return;
          }
          for (const warmStart of [true, false]) {
            const solution = await solveDeal(problem, rule, { method: 'milp', warmStart });
            expect(Object.values(solution.package)).toEqual(expected.choice);
            expect(solution.optimal).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    }, 120_000);
  }

  it('Nash never goes to the MILP; search never does', () => {
    const problem = { parties: [], issues: [], profiles: {} };
    expect(usesMilp(problem, 'nash', 'milp')).toBe(false);
    expect(usesMilp(problem, 'maxmin', 'search')).toBe(false);
  });
});
