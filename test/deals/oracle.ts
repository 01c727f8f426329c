// Brute force written from the definitions alone, and small random problems, for the engine's
// property tests: all packages, the acceptable ones kept, the rule's value, ties by welfare then
// listed order.
import fc from 'fast-check';
import type { DealProblem, DealRule } from '../../src/deals/problem.ts';

const grid = [0, 0.25, 0.5, 0.75, 1];

/** Small problems whose scores come from a coarse grid, so ties are common. */
export const smallProblem = fc
  .record({
    parties: fc.integer({ min: 2, max: 4 }),
    options: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }),
    seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ parties, options, seed }): DealProblem => {
    let k = 0;
    const next = () => seed[k++ % seed.length]!;
    const names = Array.from({ length: parties }, (_, p) => `P${p}`);
    const issues = options.map((m, i) => ({
      issue: `i${i}`,
      options: Array.from({ length: m }, (_, o) => `o${o}`),
    }));
    const profiles = Object.fromEntries(
      names.map((name) => [
        name,
        {
          weights: Object.fromEntries(issues.map(({ issue }) => [issue, next() % 3])),
          scores: Object.fromEntries(
            issues.map(({ issue, options: os }) => [
              issue,
              Object.fromEntries(os.map((o) => [o, grid[next() % 5]!])),
            ]),
          ),
          reservation: [-0.5, 0, 0.5, 1][next() % 4]!,
          redLines: Object.fromEntries(
            issues.map(({ issue, options: os }) => [issue, os.filter(() => next() % 7 === 0)]),
          ),
        },
      ]),
    );
    return { parties: names, issues, profiles };
  });

export type Oracle = { choice: string[]; u: number[] } | null;

export function allPackages(problem: DealProblem): string[][] {
  return problem.issues.reduce<string[][]>(
    (acc, { options }) => acc.flatMap((prefix) => options.map((o) => [...prefix, o])),
    [[]],
  );
}

export function utilities(problem: DealProblem, choice: string[]): number[] {
  return problem.parties.map((p) => {
    const profile = problem.profiles[p]!;
    return problem.issues.reduce(
      (sum, { issue }, i) => sum + (profile.weights[issue] ?? 0) * (profile.scores[issue]?.[choice[i]!] ?? 0),
      0,
    );
  });
}

export function acceptable(problem: DealProblem): { choice: string[]; u: number[] }[] {
  return allPackages(problem)
    .filter((choice) =>
      problem.parties.every((p) =>
        problem.issues.every(({ issue }, i) => !problem.profiles[p]!.redLines[issue]?.includes(choice[i]!)),
      ),
    )
    .map((choice) => ({ choice, u: utilities(problem, choice) }))
    .filter(({ u }) => u.every((x, p) => x - problem.profiles[problem.parties[p]!]!.reservation > 1e-9));
}

export const tie = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function oracle(problem: DealProblem, rule: DealRule): Oracle {
  const options = acceptable(problem);
  if (options.length === 0) return null;
  const d = problem.parties.map((p) => problem.profiles[p]!.reservation);
  const ideal = d.map((_, p) => Math.max(...options.map(({ u }) => u[p]!)));
  const value = (u: number[]) => {
    const gains = u.map((x, p) => x - d[p]!);
    if (rule === 'nash') return gains.reduce((a, g) => a + Math.log(g), 0);
    if (rule === 'maxmin') return Math.min(...gains);
    if (rule === 'welfare') return u.reduce((a, b) => a + b, 0);
    return Math.min(...gains.map((g, p) => g / (ideal[p]! - d[p]!)));
  };
  const welfare = (u: number[]) => u.reduce((a, b) => a + b, 0);
  // Packages come in listed order, so keeping the first of equals keeps the one listed first.
  let best = options[0]!;
  for (const o of options.slice(1)) {
    const [a, b] = [value(o.u), value(best.u)];
    if (
      (!tie(a, b) && a > b) ||
      (tie(a, b) && !tie(welfare(o.u), welfare(best.u)) && welfare(o.u) > welfare(best.u))
    ) {
      best = o;
    }
  }
  return best;
}
