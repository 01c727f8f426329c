// Seeded deal problems for the deal bench and the engine's tests: parties with ideal points on a
// line (so their preferences conflict), noise, a few red lines, reservations near a middling package.
import type { DealProblem, PartyProfile } from '../src/deals/problem.ts';

/** mulberry32: a small seeded generator, so every run sees the same instances. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface InstanceShape {
  parties: number;
  issues: number;
  options: number;
  seed: number;
  /** Chance that a party red-lines an option (never the last free one of an issue). */
  redLine?: number;
  /** Reservation as a share of the party's best utility. */
  reservation?: number;
}

export function generateProblem(shape: InstanceShape): DealProblem {
  const random = seededRandom(shape.seed);
  const parties = Array.from({ length: shape.parties }, (_, p) => `P${p + 1}`);
  const issues = Array.from({ length: shape.issues }, (_, i) => ({
    issue: `i${i + 1}`,
    options: Array.from({ length: shape.options }, (_, o) => `o${o + 1}`),
  }));
  const positions = issues.map(() => issues[0]!.options.map(() => random()));
  const profiles: Record<string, PartyProfile> = {};
  for (const party of parties) {
    const ideal = random();
    const raw = issues.map(() => random() + 0.05);
    const total = raw.reduce((a, b) => a + b, 0);
    const weights: Record<string, number> = {};
    const scores: Record<string, Record<string, number>> = {};
    const redLines: Record<string, string[]> = {};
    issues.forEach(({ issue, options }, i) => {
      weights[issue] = raw[i]! / total;
      scores[issue] = Object.fromEntries(
        options.map((o, k) => [o, 0.6 * (1 - Math.abs(positions[i]![k]! - ideal)) + 0.4 * random()]),
      );
      const red = options.filter(() => random() < (shape.redLine ?? 0.03));
      if (red.length > 0 && red.length < options.length - 1) redLines[issue] = red;
    });
    const best = issues.reduce(
      (sum, { issue, options }) =>
        sum + weights[issue]! * Math.max(...options.map((o) => scores[issue]![o]!)),
      0,
    );
    profiles[party] = { weights, scores, reservation: (shape.reservation ?? 0.5) * best, redLines };
  }
  return { parties, issues, profiles };
}
