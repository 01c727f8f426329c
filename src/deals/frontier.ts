// The Pareto frontier of the acceptable packages. Built issue by issue, keeping after each issue
// only the prefixes no other prefix dominates: if y dominates x then y+t dominates x+t, so no
// frontier package is lost. A prefix that can no longer lift some party above its reservation is
// dropped (whatever dominates it cannot either), so the frontier of all packages meets the
// reservations exactly where the frontier of the acceptable ones lies.
import { ParleyError } from '../core/errors.ts';
import { ABOVE, compileProblem, packageOf, utilitiesByParty } from './compiled.ts';
import { countPackages } from './enumerate.ts';
import type { DealPackage, DealProblem } from './problem.ts';

/** More than two parties: exact up to this many packages (the prefixes may grow with them). */
export const FRONTIER_LIMIT = 1e6;

export interface FrontierPoint {
  package: DealPackage;
  utilities: Record<string, number>;
}

interface Prefix {
  choice: number[];
  u: number[];
  /** u on a 1e-9 grid: equal within rounding is equal, then the package listed first stays. */
  key: number[];
}

const snap = (x: number) => Math.round(x * 1e9) / 1e9;

/** Sorted by key descending coordinate by coordinate, then by listed order. */
function byKey(a: Prefix, b: Prefix): number {
  for (let p = 0; p < a.key.length; p++) if (a.key[p] !== b.key[p]) return b.key[p]! - a.key[p]!;
  for (let i = 0; i < a.choice.length; i++)
    if (a.choice[i] !== b.choice[i]) return a.choice[i]! - b.choice[i]!;
  return 0;
}

/** The prefixes nobody dominates (equal keys: the first listed), sorted by byKey. */
function undominated(points: Prefix[]): Prefix[] {
  points.sort(byKey);
  const kept: Prefix[] = [];
  if (points[0]?.key.length === 2) {
    let top = -Infinity;
    for (const x of points) {
      if (x.key[1]! > top) {
        kept.push(x);
        top = x.key[1]!;
      }
    }
    return kept;
  }
  for (const x of points) {
    if (!kept.some((y) => y.key.every((v, p) => v >= x.key[p]!))) kept.push(x);
  }
  return kept;
}

/**
 * Every acceptable package no other acceptable package dominates (ties: the first listed),
 * sorted by the first party's utility, highest first. Exact; for more than two parties only up
 * to 10⁶ packages (throws `unsupported` above). An empty list when no package is acceptable.
 */
export function paretoFrontierSync(problem: DealProblem): { frontier: FrontierPoint[] } {
  const c = compileProblem(problem);
  const packages = countPackages(c);
  if (c.parties > 2 && packages > FRONTIER_LIMIT) {
    throw new ParleyError(
      'unsupported',
      `Deals: the frontier of ${c.parties} parties is exact up to ${FRONTIER_LIMIT.toLocaleString('en')} packages and this problem has ${packages.toExponential(2)}; compare two parties at a time, or rule out options with red lines`,
      { packages, limit: FRONTIER_LIMIT },
    );
  }
  if (packages === 0) return { frontier: [] };
  // rest[i][p]: party p's best from issues i… (red lines left out).
  const rest = Array.from({ length: c.issues + 1 }, () => new Array<number>(c.parties).fill(0));
  for (let i = c.issues - 1; i >= 0; i--) {
    for (let p = 0; p < c.parties; p++) {
      rest[i]![p] = rest[i + 1]![p]! + Math.max(...c.allowed[i]!.map((o) => c.value[p]![i]![o]!));
    }
  }
  let prefixes: Prefix[] = [{ choice: [], u: new Array<number>(c.parties).fill(0), key: [] }];
  for (let i = 0; i < c.issues; i++) {
    const next: Prefix[] = [];
    for (const x of prefixes) {
      for (const o of c.allowed[i]!) {
        const u = x.u.map((v, p) => v + c.value[p]![i]![o]!);
        if (u.some((v, p) => v + rest[i + 1]![p]! - c.reservation[p]! <= ABOVE)) continue;
        next.push({ choice: [...x.choice, o], u, key: u.map(snap) });
      }
    }
    prefixes = undominated(next);
  }
  return {
    frontier: prefixes.map((x) => ({ package: packageOf(c, x.choice), utilities: utilitiesByParty(c, x.u) })),
  };
}
