// The deal engine's public face: pure functions over a DealProblem (problem.ts). The searches
// are synchronous; the async forms leave room to move them off the event loop later.
import { type AwInput, type AwResult, adjustedWinner as runAdjustedWinner } from './adjustedWinner.ts';
import { type FewestConcessions, fewestConcessionsSync } from './concessions.ts';
import { type FrontierPoint, paretoFrontierSync } from './frontier.ts';
import type { DealProblem } from './problem.ts';
import type { SearchLimits } from './search.ts';
import { solveDealSync } from './solve.ts';

export type { AwInput, AwResult } from './adjustedWinner.ts';
export { parseAwInput } from './adjustedWinner.ts';
export { type Blocker, findBlockers } from './blockers.ts';
export type { Concession, FewestConcessions } from './concessions.ts';
export { FRONTIER_LIMIT, type FrontierPoint } from './frontier.ts';
export * from './problem.ts';
export type { SearchLimits } from './search.ts';
export { type DealMethod, type DealSolution, solveDeal } from './solve.ts';

/** The Pareto frontier of the acceptable packages. Throws `unsupported` past 10⁶ packages for 3+ parties. */
export async function paretoFrontier(problem: DealProblem): Promise<{ frontier: FrontierPoint[] }> {
  return paretoFrontierSync(problem);
}

/** The fewest red-line relaxations that open a package; null when reservations alone forbid every one. */
export async function fewestConcessions(
  problem: DealProblem,
  limits?: SearchLimits,
): Promise<FewestConcessions | null> {
  return fewestConcessionsSync(problem, limits);
}

/** Adjusted Winner for two parties, exact (see adjustedWinner.ts for the tie rules). */
export function adjustedWinner(input: AwInput): AwResult {
  return runAdjustedWinner(input);
}

export { fewestConcessionsSync, paretoFrontierSync, solveDealSync };
