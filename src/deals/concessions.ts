// Fewest concessions: the smallest set of red-line relaxations — party p accepting option o on
// issue i it had ruled out — after which some package is acceptable to all. A package needs one
// relaxation per (party, issue) whose red line it crosses, so the answer is the package, above
// every reservation, crossing the fewest red lines; found by the same exact search, red lines
// lifted, with the count as the objective (a pseudo-party whose utility is −count).
// Ties: the higher welfare Σu, then the package listed first.
import { ParleyError } from '../core/errors.ts';
import {
  ABOVE,
  type CompiledProblem,
  compileProblem,
  packageOf,
  utilitiesByParty,
  utilitiesOf,
} from './compiled.ts';
import type { DealPackage, DealProblem } from './problem.ts';
import { linearObjective } from './rules.ts';
import type { SearchLimits } from './search.ts';
import { runObjective } from './solve.ts';

export interface Concession {
  party: string;
  issue: string;
  option: string;
}

export interface FewestConcessions {
  /** In issue order, then party order; empty when a package is acceptable as things stand. */
  concessions: Concession[];
  package: DealPackage;
  utilities: Record<string, number>;
  /** True when the search proved no package needs fewer (ties as documented). */
  optimal: boolean;
}

/**
 * The fewest red-line relaxations that make some package acceptable, and that package; null
 * when even with every red line lifted no package lifts every party above its reservation.
 */
export function fewestConcessionsSync(
  problem: DealProblem,
  limits: SearchLimits = {},
): FewestConcessions | null {
  const c = compileProblem(problem);
  const P = c.parties;
  // Welfare, scaled into [0, 1), rides in the objective so the bound also cuts among equal counts
  // (ties would be settled by welfare anyway; this keeps the search from visiting them all).
  let [low, high] = [0, 0];
  for (let i = 0; i < c.issues; i++) {
    const sums = c.value[0]![i]!.map((_, o) => c.value.reduce((s, row) => s + row[i]![o]!, 0));
    low += Math.min(...sums);
    high += Math.max(...sums);
  }
  const scale = 1 / (high - low + 1);
  const lifted: CompiledProblem = {
    ...c,
    parties: P + 1,
    value: [...c.value, c.redBy.map((row) => row.map((by) => -by.length))],
    allowed: c.options.map((m) => [...Array(m).keys()]),
    reservation: [...c.reservation, -Infinity],
  };
  const weights = [...new Array<number>(P).fill(scale), 1];
  const run = runObjective(lifted, linearObjective(lifted, weights), limits);
  const choice = run.best.choice;
  if (choice === null && !run.proven) {
    throw new ParleyError(
      'unsupported',
      'Deals: the search ran out of its budget before finding any package to concede towards',
      {
        reason: 'budget',
      },
    );
  }
  if (choice === null) return null;
  const u = utilitiesOf(c, choice);
  if (!u.every((x, p) => x - c.reservation[p]! > ABOVE)) return null;
  const concessions = problem.issues.flatMap(({ issue, options }, i) =>
    c.redBy[i]![choice[i]!]!.map((p) => ({
      party: problem.parties[p]!,
      issue,
      option: options[choice[i]!]!,
    })),
  );
  return {
    concessions,
    package: packageOf(c, choice),
    utilities: utilitiesByParty(c, u),
    optimal: run.proven,
  };
}
