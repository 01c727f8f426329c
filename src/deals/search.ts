// Exact branch-and-bound over packages (one option per issue, red-lined options left out, every
// party above its reservation). The bound at a node is a Lagrangian one: for multipliers λ ≥ 0,
//   max F(u(x)) ≤ max_{u ≤ caps} [F(u) − λ·u] + λ·u_fixed + Σ_{issues left} max_o λ·value(o),
// valid for any λ and separable over issues, so it costs O(parties) per node; good λ (from a
// dual descent at the root, rules.ts) make it tight. A node is cut only when its bound is below
// the incumbent by more than the tie tolerance, so the search is a proof: when it ends within
// its node budget, no package is better — and ties are settled by welfare, then listed order.
import { ABOVE, type CompiledProblem, comparePackages, isTie, utilitiesOf } from './compiled.ts';

export interface Objective {
  /** The rule's value of a package's utilities (only called on acceptable packages). */
  value(u: readonly number[]): number;
  /** Multiplier vectors for the bound; the first also orders the options tried first. */
  multipliers: number[][];
  /** max over u ≤ caps (u_p > d_p) of F(u) − λ·u, for multiplier vector `l`. */
  concave(l: number, caps: Float64Array): number;
  /** A bound from the caps alone (each party's best remaining utility), or Infinity. */
  capBound(caps: Float64Array): number;
}

export interface SearchResult {
  choice: number[] | null;
  value: number;
  welfare: number;
  /** True when the search ran to the end: the answer is proven best. */
  proven: boolean;
  nodes: number;
}

export interface SearchLimits {
  /** Nodes visited before giving up the proof (default 3·10⁷). */
  maxNodes?: number;
  /** Start from heuristic packages (default true); off, the search alone must find the best. */
  warmStart?: boolean;
}

export interface Incumbent {
  choice: number[] | null;
  value: number;
  welfare: number;
}

/** The better of two candidates: objective, then welfare, then the package listed first. */
export function better(a: Incumbent, b: Incumbent): boolean {
  if (b.choice === null) return a.choice !== null;
  if (a.choice === null) return false;
  if (!isTie(a.value, b.value)) return a.value > b.value;
  if (!isTie(a.welfare, b.welfare)) return a.welfare > b.welfare;
  return comparePackages(a.choice, b.choice) < 0;
}

export const welfareOf = (u: readonly number[]) => u.reduce((a, b) => a + b, 0);

/** Offers a complete package to the incumbent; returns whether it took it. */
export function offer(c: CompiledProblem, objective: Objective, best: Incumbent, choice: number[]): boolean {
  const u = utilitiesOf(c, choice);
  if (!u.every((x, p) => x - c.reservation[p]! > ABOVE)) return false;
  const candidate = { choice: [...choice], value: objective.value(u), welfare: welfareOf(u) };
  if (!better(candidate, best)) return false;
  Object.assign(best, candidate);
  return true;
}

/**
 * Finds the best acceptable package for `objective`, starting from `seeds` (packages found by
 * heuristics, to cut early). Pure; deterministic.
 */
export function branchAndBound(
  c: CompiledProblem,
  objective: Objective,
  seeds: number[][],
  limits: SearchLimits = {},
): SearchResult {
  const P = c.parties;
  const n = c.issues;
  const maxNodes = limits.maxNodes ?? 3e7;
  const lams = objective.multipliers;
  const score = (l: number, i: number, o: number) => {
    let s = 0;
    for (let p = 0; p < P; p++) s += lams[l]![p]! * c.value[p]![i]![o]!;
    return s;
  };
  // Issues whose options differ most (under the first λ) are decided first: they move the bound most.
  const spread = (i: number) => {
    const scores = c.allowed[i]!.map((o) => score(0, i, o));
    return Math.max(...scores) - Math.min(...scores);
  };
  const order = [...Array(n).keys()].sort((a, b) => spread(b) - spread(a) || a - b);
  const tries = order.map((i) => [...c.allowed[i]!].sort((a, b) => score(0, i, b) - score(0, i, a) || a - b));
  // Suffix sums over the issues still open at depth k.
  const remMax = Array.from({ length: n + 1 }, () => new Float64Array(P));
  const remLam = Array.from({ length: n + 1 }, () => new Float64Array(lams.length));
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    for (let p = 0; p < P; p++) {
      let m = -Infinity;
      for (const o of c.allowed[i]!) m = Math.max(m, c.value[p]![i]![o]!);
      remMax[k]![p] = remMax[k + 1]![p]! + m;
    }
    for (let l = 0; l < lams.length; l++) {
      let m = -Infinity;
      for (const o of c.allowed[i]!) m = Math.max(m, score(l, i, o));
      remLam[k]![l] = remLam[k + 1]![l]! + m;
    }
  }

  const best: Incumbent = { choice: null, value: -Infinity, welfare: -Infinity };
  if (c.allowed.some((a) => a.length === 0)) return { ...best, proven: true, nodes: 0 };
  for (const seed of seeds) offer(c, objective, best, seed);

  const choice = new Array<number>(n).fill(0);
  const partial = Array.from({ length: n + 1 }, () => new Float64Array(P));
  const caps = new Float64Array(P);
  let nodes = 0;
  let exhausted = false;

  const bound = (k: number): number => {
    const u = partial[k]!;
    for (let p = 0; p < P; p++) {
      caps[p] = u[p]! + remMax[k]![p]!;
      if (caps[p]! - c.reservation[p]! <= ABOVE) return -Infinity;
    }
    let b = objective.capBound(caps);
    for (let l = 0; l < lams.length; l++) {
      let lin = remLam[k]![l]!;
      for (let p = 0; p < P; p++) lin += lams[l]![p]! * u[p]!;
      b = Math.min(b, objective.concave(l, caps) + lin);
    }
    return b;
  };
  // Cut only what is worse beyond the tie tolerance: a tie may still win on welfare or order.
  // −Infinity: some party can no longer get above its reservation.
  const worthVisiting = (b: number) =>
    b !== -Infinity && (best.choice === null || b > best.value || isTie(b, best.value));

  const visit = (k: number) => {
    if (++nodes > maxNodes) {
      exhausted = true;
      return;
    }
    if (k === n) {
      offer(c, objective, best, choice);
      return;
    }
    const i = order[k]!;
    const from = partial[k]!;
    const to = partial[k + 1]!;
    for (const o of tries[k]!) {
      for (let p = 0; p < P; p++) to[p] = from[p]! + c.value[p]![i]![o]!;
      if (!worthVisiting(bound(k + 1))) continue;
      choice[i] = o;
      visit(k + 1);
      if (exhausted) return;
    }
  };
  if (worthVisiting(bound(0))) visit(0);
  return { ...best, proven: !exhausted, nodes };
}

/**
 * Improves a package one issue at a time (any option of any issue, while it gets better) to
 * give the search a strong incumbent early. Returns the package it ends on.
 */
export function improve(c: CompiledProblem, objective: Objective, best: Incumbent): void {
  if (best.choice === null) return;
  const choice = [...best.choice];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < c.issues; i++) {
      const was = choice[i]!;
      for (const o of c.allowed[i]!) {
        if (o === was) continue;
        choice[i] = o;
        if (offer(c, objective, best, choice)) changed = true;
      }
      choice[i] = best.choice![i]!;
    }
  }
}
