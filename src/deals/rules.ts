// The four rules as objectives for the search, with the multipliers that make its bound tight.
//   nash    maximise Σ log(u_p − d_p)            (the product Π(u_p − d_p), every u_p > d_p)
//   maxmin  maximise min_p (u_p − d_p)
//   welfare maximise Σ u_p
//   ks      maximise min_p (u_p − d_p)/(I_p − d_p), where I_p, party p's ideal, is the best
//           utility p gets from any acceptable package (discrete Kalai–Smorodinsky)
// Every rule ranges over the acceptable packages: no red line, every party above its reservation.
import { ABOVE, type CompiledProblem, utilitiesOf } from './compiled.ts';
import type { Objective } from './search.ts';

/** A package as option indices plus its utilities: the greedy packages met while tuning λ. */
type Seed = number[];

/** Each party's best utility with red-lined options left out: the root caps. */
export function rootCaps(c: CompiledProblem): Float64Array {
  const caps = new Float64Array(c.parties);
  for (let p = 0; p < c.parties; p++) {
    for (let i = 0; i < c.issues; i++) {
      caps[p]! += Math.max(...c.allowed[i]!.map((o) => c.value[p]![i]![o]!));
    }
  }
  return caps;
}

/** The package maximising λ·u issue by issue (first listed option on ties). */
function greedy(c: CompiledProblem, lam: ArrayLike<number>): number[] {
  return c.allowed.map((options, i) => {
    let [best, bestScore] = [options[0]!, -Infinity];
    for (const o of options) {
      let s = 0;
      for (let p = 0; p < c.parties; p++) s += lam[p]! * c.value[p]![i]![o]!;
      if (s > bestScore) [best, bestScore] = [o, s];
    }
    return best;
  });
}

function nashConcave(d: number[], lam: number[], caps: Float64Array): number {
  let g = 0;
  for (let p = 0; p < d.length; p++) {
    const l = lam[p]!;
    const room = caps[p]! - d[p]!;
    if (l <= 0 || 1 / l >= room) g += Math.log(room) - l * caps[p]!;
    else g += -Math.log(l) - l * d[p]! - 1;
  }
  return g;
}

/** Nash, its multipliers tuned by a dual descent from the root; returns the greedy packages met. */
export function nashObjective(c: CompiledProblem): { objective: Objective; seeds: Seed[] } {
  const d = c.reservation;
  const caps = rootCaps(c);
  let lam = d.map((dp, p) => 1 / Math.max(caps[p]! - dp, ABOVE));
  let bestLam = lam;
  let bestDual = Infinity;
  const seeds: Seed[] = [];
  for (let t = 1; t <= 300; t++) {
    const x = greedy(c, lam);
    seeds.push(x);
    const s = utilitiesOf(c, x);
    const dual = nashConcave(d, lam, caps) + lam.reduce((a, l, p) => a + l * s[p]!, 0);
    if (dual < bestDual) [bestDual, bestLam] = [dual, lam];
    const step = 0.5 / Math.sqrt(t);
    // u*_p = the utility where log's slope is λ_p (capped); greedy gave s_p: move λ_p towards balance.
    lam = lam.map((l, p) => {
      const target = Math.min(caps[p]!, d[p]! + 1 / l);
      return l * Math.exp(-step * Math.max(-2, Math.min(2, (s[p]! - target) * l)));
    });
  }
  const objective: Objective = {
    value: (u) => u.reduce((a, x, p) => a + Math.log(x - d[p]!), 0),
    multipliers: [bestLam],
    concave: (l, k) => nashConcave(d, objective.multipliers[l]!, k),
    capBound: (k) => {
      let b = 0;
      for (let p = 0; p < d.length; p++) b += Math.log(k[p]! - d[p]!);
      return b;
    },
  };
  return { objective, seeds };
}

/** max-min of (u_p − d_p)/scale_p: maxmin (scale 1) and ks (scale I_p − d_p). */
export function minGainObjective(
  c: CompiledProblem,
  scale: number[],
): { objective: Objective; seeds: Seed[] } {
  const d = c.reservation;
  const P = c.parties;
  let mu = new Array<number>(P).fill(1 / P);
  let bestMu = mu;
  let bestDual = Infinity;
  const seeds: Seed[] = [];
  for (let t = 1; t <= 300; t++) {
    const x = greedy(
      c,
      mu.map((m, p) => m / scale[p]!),
    );
    seeds.push(x);
    const s = utilitiesOf(c, x);
    const gains = s.map((sp, p) => (sp - d[p]!) / scale[p]!);
    const dual = gains.reduce((a, g, p) => a + mu[p]! * g, 0);
    if (dual < bestDual) [bestDual, bestMu] = [dual, mu];
    const spread = Math.max(...gains.map(Math.abs), 1e-12);
    const next = mu.map((m, p) => m * Math.exp((-1 / Math.sqrt(t)) * (gains[p]! / spread)));
    const total = next.reduce((a, b) => a + b, 0);
    mu = next.map((m) => m / total);
  }
  const multiplier = (m: number[]) => m.map((x, p) => x / scale[p]!);
  const objective: Objective = {
    value: (u) => Math.min(...u.map((x, p) => (x - d[p]!) / scale[p]!)),
    // Σμ = 1 makes min_p h_p ≤ Σ μ_p h_p; the uniform μ is kept beside the tuned one.
    multipliers: [multiplier(bestMu), multiplier(new Array<number>(P).fill(1 / P))],
    concave: (l) => -objective.multipliers[l]!.reduce((a, x, p) => a + x * d[p]!, 0),
    capBound: (k) => {
      let b = Infinity;
      for (let p = 0; p < P; p++) b = Math.min(b, (k[p]! - d[p]!) / scale[p]!);
      return b;
    },
  };
  return { objective, seeds };
}

/** Σ_p weight_p · u_p: welfare (all weights 1) and a party's ideal (its weight alone). */
export function linearObjective(
  c: CompiledProblem,
  weights: number[],
): { objective: Objective; seeds: Seed[] } {
  const objective: Objective = {
    value: (u) => u.reduce((a, x, p) => a + weights[p]! * x, 0),
    multipliers: [weights],
    concave: () => 0,
    capBound: () => Infinity,
  };
  return { objective, seeds: [greedy(c, weights)] };
}
