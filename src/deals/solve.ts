// solveDeal: the package a rule picks, proven best or said not to be.
import { ParleyError } from '../core/errors.ts';
import { findBlockers } from './blockers.ts';
import {
  type CompiledProblem,
  compileProblem,
  packageOf,
  utilitiesByParty,
  utilitiesOf,
} from './compiled.ts';
import { type LinearRule, loadHighs, solveMilp } from './milp.ts';
import type { DealPackage, DealProblem, DealRule } from './problem.ts';
import { linearObjective, minGainObjective, nashObjective } from './rules.ts';
import {
  branchAndBound,
  type Incumbent,
  improve,
  type Objective,
  offer,
  type SearchLimits,
} from './search.ts';

/** Which exact method: the branch-and-bound, HiGHS's MILP, or (auto) the MILP where enumeration is too large. */
export type DealMethod = 'search' | 'milp' | 'auto';

/**
 * Past this many packages, auto would send maxmin and ks to the MILP. Infinity for now: measured on
 * bench/dealsInstances.ts (RESULTS.md), HiGHS took 1–30 s where the search took 0.03–2.4 s.
 */
export const MILP_FROM_PACKAGES = Number.POSITIVE_INFINITY;

export interface DealSolution {
  package: DealPackage;
  utilities: Record<string, number>;
  /** True when the search proved no acceptable package does better (ties broken as documented). */
  optimal: boolean;
}

interface Run {
  best: Incumbent;
  proven: boolean;
  nodes: number;
}

/** Seeds, a local improvement of the best seed, then the exact search. */
export function runObjective(
  c: CompiledProblem,
  { objective, seeds }: { objective: Objective; seeds: number[][] },
  limits: SearchLimits = {},
): Run {
  const start: Incumbent = { choice: null, value: -Infinity, welfare: -Infinity };
  if (limits.warmStart !== false) {
    for (const seed of seeds) offer(c, objective, start, seed);
    improve(c, objective, start);
  }
  const result = branchAndBound(c, objective, start.choice ? [start.choice] : [], limits);
  return { best: result, proven: result.proven, nodes: result.nodes };
}

/** Each party's ideal: the best utility it gets from any acceptable package (null: none). */
export function idealUtilities(
  c: CompiledProblem,
  limits: SearchLimits = {},
): { ideal: number[] | null; proven: boolean } {
  const ideal: number[] = [];
  let proven = true;
  for (let p = 0; p < c.parties; p++) {
    const weights = new Array<number>(c.parties).fill(0);
    weights[p] = 1;
    const run = runObjective(c, linearObjective(c, weights), limits);
    if (run.best.choice === null) return { ideal: null, proven: run.proven };
    ideal.push(run.best.value);
    proven &&= run.proven;
  }
  return { ideal, proven };
}

function noPackage(c: CompiledProblem, proven: boolean): never {
  if (!proven) {
    throw new ParleyError(
      'unsupported',
      'Deals: the search ran out of its budget before finding an acceptable package',
      {
        reason: 'budget',
      },
    );
  }
  const blockers = findBlockers(c.source);
  const why = blockers.length
    ? `red lines leave no option on ${blockers.map((b) => `"${b.issue}" (${b.parties.join(', ')})`).join(', ')}`
    : 'every package leaves some party at or below its reservation';
  throw new ParleyError(
    'conflict',
    `Deals: no package gives every party more than its reservation: ${why}; the fewest concessions show what would open one`,
    { reason: 'no_acceptable_package' },
  );
}

/**
 * The package `rule` picks among the acceptable ones (no red line, every party above its
 * reservation). Ties: the rule's value within 1e-9 (relative), then the higher welfare Σu,
 * then the package listed first (issues in order, each by its options' order).
 * Throws `conflict` when no package is acceptable, `unsupported` when the budget ran out first.
 */
export function solveDealSync(problem: DealProblem, rule: DealRule, limits: SearchLimits = {}): DealSolution {
  const c = compileProblem(problem);
  let proven = true;
  let spec: { objective: Objective; seeds: number[][] };
  if (rule === 'nash') spec = nashObjective(c);
  else if (rule === 'maxmin') spec = minGainObjective(c, new Array<number>(c.parties).fill(1));
  else if (rule === 'welfare') spec = linearObjective(c, new Array<number>(c.parties).fill(1));
  else {
    const { ideal, proven: idealProven } = idealUtilities(c, limits);
    if (ideal === null) noPackage(c, idealProven);
    proven = idealProven;
    spec = minGainObjective(
      c,
      ideal.map((x, p) => x - c.reservation[p]!),
    );
  }
  const run = runObjective(c, spec, limits);
  if (run.best.choice === null) noPackage(c, run.proven);
  return {
    package: packageOf(c, run.best.choice),
    utilities: utilitiesByParty(c, utilitiesOf(c, run.best.choice)),
    optimal: proven && run.proven,
  };
}

/** The warm start the search uses (seeds, then one-issue improvements) as a package for the MILP's cut. */
function heuristic(
  c: CompiledProblem,
  { objective, seeds }: { objective: Objective; seeds: number[][] },
): Incumbent {
  const start: Incumbent = { choice: null, value: -Infinity, welfare: -Infinity };
  for (const seed of seeds) offer(c, objective, start, seed);
  improve(c, objective, start);
  return start;
}

/** Whether `method` sends `rule` to the MILP for this problem. Nash always uses the search (its bound is tight). */
export function usesMilp(problem: DealProblem, rule: DealRule, method: DealMethod = 'auto'): boolean {
  if (rule === 'nash' || method === 'search') return false;
  if (method === 'milp') return true;
  if (rule === 'welfare') return false;
  const packages = problem.issues.reduce((n, i) => n * Math.max(1, i.options.length), 1);
  return packages > MILP_FROM_PACKAGES;
}

/**
 * The package `rule` picks, as solveDealSync, but maxmin and ks (and any linear rule with
 * `method: 'milp'`) are solved by HiGHS, loaded on first need. `optimal` is true only when every
 * solve reported Optimal (tolerances 0 gap, 1e-9 feasibility; see milp.ts for the tie steps).
 */
export async function solveDeal(
  problem: DealProblem,
  rule: DealRule,
  {
    method = 'auto',
    seconds,
    ...limits
  }: SearchLimits & {
    method?: DealMethod /** HiGHS's time limit per solve (then optimal: false). */;
    seconds?: number;
  } = {},
): Promise<DealSolution> {
  if (!usesMilp(problem, rule, method)) return solveDealSync(problem, rule, limits);
  const highs = await loadHighs();
  const c = compileProblem(problem);
  const P = c.parties;
  let proven = true;
  let spec: LinearRule;
  if (rule === 'welfare') spec = { kind: 'linear', weights: new Array<number>(P).fill(1) };
  else if (rule === 'maxmin') spec = { kind: 'minGain', scale: new Array<number>(P).fill(1) };
  else {
    const ideal: number[] = [];
    for (let p = 0; p < P; p++) {
      const weights = new Array<number>(P).fill(0);
      weights[p] = 1;
      const start = limits.warmStart === false ? undefined : heuristic(c, linearObjective(c, weights));
      const run = solveMilp(c, { kind: 'linear', weights }, highs, { breakTies: false, start, seconds });
      if (run.best.choice === null) noPackage(c, run.proven);
      ideal.push(run.best.value);
      proven &&= run.proven;
    }
    spec = { kind: 'minGain', scale: ideal.map((x, p) => x - c.reservation[p]!) };
  }
  const search = spec.kind === 'linear' ? linearObjective(c, spec.weights) : minGainObjective(c, spec.scale);
  const start = limits.warmStart === false ? undefined : heuristic(c, search);
  const run = solveMilp(c, spec, highs, { start, seconds });
  if (run.best.choice === null) noPackage(c, run.proven);
  return {
    package: packageOf(c, run.best.choice),
    utilities: utilitiesByParty(c, utilitiesOf(c, run.best.choice)),
    optimal: proven && run.proven,
  };
}
