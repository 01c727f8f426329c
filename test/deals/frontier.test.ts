import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProblem } from '../../bench/dealsInstances.ts';
import { ParleyError } from '../../src/core/errors.ts';
import { findBlockers } from '../../src/deals/blockers.ts';
import { fewestConcessionsSync } from '../../src/deals/concessions.ts';
import { paretoFrontierSync } from '../../src/deals/frontier.ts';
import type { DealProblem } from '../../src/deals/problem.ts';
import { acceptable, allPackages, smallProblem, tie, utilities } from './oracle.ts';

const snap = (x: number) => Math.round(x * 1e9) / 1e9;

/** Brute force: acceptable packages no other dominates, equal ones kept once (the first listed). */
function frontierOracle(problem: DealProblem): string[][] {
  const points = acceptable(problem).map((x) => ({ ...x, key: x.u.map(snap) }));
  const kept = points.filter(
    (x, i) =>
      !points.some(
        (y, j) =>
          (y.key.every((v, p) => v >= x.key[p]!) && y.key.some((v, p) => v > x.key[p]!)) ||
          (j < i && y.key.every((v, p) => v === x.key[p])),
      ),
  );
  kept.sort((a, b) => {
    for (let p = 0; p < a.key.length; p++) if (a.key[p] !== b.key[p]) return b.key[p]! - a.key[p]!;
    return 0;
  });
  return kept.map((x) => x.choice);
}

describe('paretoFrontier', () => {
  it('is the brute-force frontier of the acceptable packages, sorted by the first party', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const { frontier } = paretoFrontierSync(problem);
        expect(frontier.map((x) => Object.values(x.package))).toEqual(frontierOracle(problem));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses more than 10⁶ packages for three parties, naming the size and what to do', () => {
    const problem = generateProblem({ parties: 3, issues: 11, options: 4, seed: 1, redLine: 0 });
    expect(() => paretoFrontierSync(problem)).toThrow(
      /Deals: the frontier of 3 parties is exact up to 1,000,000 packages and this problem has 4\.19e\+6; compare two parties/,
    );
    expect(() => paretoFrontierSync(problem)).toThrow(ParleyError);
  });
});

describe('findBlockers', () => {
  it('names the issues whose every option some party red-lines, and whose red lines they are', () => {
    const problem: DealProblem = {
      parties: ['A', 'B', 'C'],
      issues: [
        { issue: 'x', options: ['a', 'b'] },
        { issue: 'y', options: ['c', 'd'] },
        { issue: 'z', options: ['e'] },
      ],
      profiles: {
        A: { weights: {}, scores: {}, reservation: 0, redLines: { x: ['a'], y: ['c'] } },
        B: { weights: {}, scores: {}, reservation: 0, redLines: { x: ['b'] } },
        C: { weights: {}, scores: {}, reservation: 0, redLines: { z: ['e'] } },
      },
    };
    expect(findBlockers(problem)).toEqual([
      { issue: 'x', parties: ['A', 'B'], options: { a: ['A'], b: ['B'] } },
      { issue: 'z', parties: ['C'], options: { e: ['C'] } },
    ]);
  });
});

describe('fewestConcessions', () => {
  it('crosses as few red lines as brute force, preferring welfare then listed order, or says none can help', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const d = problem.parties.map((p) => problem.profiles[p]!.reservation);
        const count = (choice: string[]) =>
          problem.issues.reduce(
            (n, { issue }, i) =>
              n +
              problem.parties.filter((p) => problem.profiles[p]!.redLines[issue]?.includes(choice[i]!))
                .length,
            0,
          );
        const candidates = allPackages(problem)
          .map((choice) => ({ choice, u: utilities(problem, choice), n: count(choice) }))
          .filter(({ u }) => u.every((x, p) => x - d[p]! > 1e-9));
        const result = fewestConcessionsSync(problem);
        if (candidates.length === 0) {
          expect(result).toBeNull();
          return;
        }
        const welfare = (u: number[]) => u.reduce((a, b) => a + b, 0);
        let best = candidates[0]!;
        for (const x of candidates.slice(1)) {
          if (
            x.n < best.n ||
            (x.n === best.n && !tie(welfare(x.u), welfare(best.u)) && welfare(x.u) > welfare(best.u))
          ) {
            best = x;
          }
        }
        expect(result).not.toBeNull();
        expect(result!.concessions.length).toBe(best.n);
        expect(Object.values(result!.package)).toEqual(best.choice);
        expect(result!.optimal).toBe(true);
        for (const { party, issue, option } of result!.concessions) {
          expect(problem.profiles[party]!.redLines[issue]).toContain(option);
          expect(result!.package[issue]).toBe(option);
        }
      }),
      { numRuns: 300 },
    );
  });
});
