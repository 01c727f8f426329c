// Leak tracing: locate the master's variant slots inside a pasted text by their
// surrounding wording (whitespace and line breaks ignored), read which variant each slot
// shows, and weigh every recipient's codeword against "someone else" before naming anyone.
import { codeword, zeroWidthTag } from './fingerprintCode.ts';
import { findSlots, type Slot } from './fingerprintSlots.ts';
import type { Item } from './fingerprintText.ts';
import { readItems } from './fingerprintText.ts';
import { extractZeroWidth } from './zeroWidth.ts';

export interface Candidate {
  recipient: string;
  /** Observed slots whose variant matches this recipient's copy. */
  agree: number;
  observed: number;
  posterior: number;
}

export type TraceResult =
  | { verdict: 'match'; recipient: string; confidence: number; observed: number; candidates: Candidate[] }
  | { verdict: 'inconclusive'; reason: string; candidates: Candidate[] };

export interface TraceOptions {
  /** Chance that one slot was altered after leaving us (edits, normalising). Default 0.1. */
  errorRate?: number;
  /** Posterior needed to name a recipient. Default 0.95. */
  threshold?: number;
  /** Fewer observed slots than this is never enough. Default 8. */
  minSlots?: number;
  /**
   * Largest acceptable chance that some recipient agrees this well with a copy nobody
   * on the list received (binomial tail × recipients). Default 0.001.
   */
  maxChance?: number;
}

/** P(at least `hits` of `n` fair coin flips agree). */
function tail(n: number, hits: number): number {
  let sum = 0;
  let choose = 1;
  for (let k = 0; k <= n; k++) {
    if (k >= hits) sum += choose;
    choose = (choose * (n - k)) / (k + 1);
  }
  return sum / 2 ** n;
}

// Context shapes tried in order: [left, right] items around the slot.
const SHAPES: readonly [number, number][] = [
  [3, 3],
  [2, 2],
  [5, 0],
  [0, 5],
  [4, 0],
  [0, 4],
  [2, 1],
  [1, 2],
];
const ZERO_WIDTH_WEIGHT = 32 * Math.LN2; // a 32-bit HMAC tag matches by chance 1 in 2^32

function contextKey(
  items: readonly Item[],
  at: number,
  [left, right]: readonly [number, number],
): string | undefined {
  if (at - left < 0 || at + right >= items.length) return undefined;
  return items
    .slice(at - left, at + right + 1)
    .map((i) => i.cls)
    .join('\u0000');
}

/** Which master slot (if any, unambiguously) each leaked item is, with the form seen. */
function observe(
  master: readonly Item[],
  slots: readonly Slot[],
  leaked: readonly Item[],
): Map<number, number> {
  const slotOfItem = new Map(slots.map((slot, s) => [slot.item, s]));
  const slotClasses = new Set(slots.map((slot) => slot.cls));
  const index = SHAPES.map((shape) => {
    const map = new Map<string, number>();
    master.forEach((_, m) => {
      const key = contextKey(master, m, shape);
      if (key !== undefined) map.set(key, map.has(key) ? -1 : m);
    });
    return map;
  });
  const bits = new Map<number, number>();
  leaked.forEach((item, j) => {
    if (!slotClasses.has(item.cls)) return;
    for (const [n, shape] of SHAPES.entries()) {
      const key = contextKey(leaked, j, shape);
      const m = key === undefined ? undefined : index[n]!.get(key);
      if (m === undefined || m === -1) continue;
      const s = slotOfItem.get(m);
      const bit = s === undefined ? -1 : slots[s]!.forms.indexOf(item.form);
      if (s !== undefined && bit >= 0 && !bits.has(s)) bits.set(s, bit);
      return;
    }
  });
  return bits;
}

/**
 * Names the recipient whose copy `leakedText` was taken from, or says why it cannot.
 * `draftText` must be exactly the master text the copies were made from (slots are
 * numbered in it). Throws nothing.
 */
export function trace(
  leakedText: string,
  recipients: readonly string[],
  secret: string | Uint8Array,
  draftText: string,
  options: TraceOptions = {},
): TraceResult {
  const { errorRate = 0.1, threshold = 0.95, minSlots = 8, maxChance = 0.001 } = options;
  const { tags, clean } = extractZeroWidth(leakedText);
  const { items, slots } = findSlots(draftText);
  const seen = observe(items, slots, readItems(clean));
  const agree = (bits: readonly number[]) => [...seen].filter(([s, bit]) => bits[s] === bit).length;
  const logLikelihood = (hits: number) =>
    hits * Math.log(1 - errorRate) + (seen.size - hits) * Math.log(errorRate);
  const hypotheses = recipients.map((recipient) => {
    const hits = agree(codeword(recipient, secret, slots.length));
    const tagged = tags.includes(zeroWidthTag(recipient, secret)) ? ZERO_WIDTH_WEIGHT : 0;
    return {
      recipient,
      hits,
      score: logLikelihood(hits) + tagged + Math.log(0.5 / Math.max(1, recipients.length)),
    };
  });
  // Rivals to every recipient: the unmarked master, and a copy nobody here received.
  const masterScore = logLikelihood(agree(new Array<number>(slots.length).fill(0))) + Math.log(0.25);
  const strangerScore =
    seen.size * Math.log(0.5) +
    (tags.length > 0 && hypotheses.every((h) => h.score < 0) ? ZERO_WIDTH_WEIGHT : 0) +
    Math.log(0.25);
  const top = Math.max(masterScore, strangerScore, ...hypotheses.map((h) => h.score));
  const total = [masterScore, strangerScore, ...hypotheses.map((h) => h.score)].reduce(
    (sum, s) => sum + Math.exp(s - top),
    0,
  );
  const posterior = (score: number) => Math.exp(score - top) / total;
  const candidates = hypotheses
    .map((h) => ({
      recipient: h.recipient,
      agree: h.hits,
      observed: seen.size,
      posterior: posterior(h.score),
    }))
    .sort((a, b) => b.posterior - a.posterior);
  const best = candidates[0];
  const shortlist = candidates.slice(0, 3);
  const taggedBest = best !== undefined && tags.includes(zeroWidthTag(best.recipient, secret));
  if (seen.size < minSlots && !taggedBest) {
    return {
      verdict: 'inconclusive',
      reason: `only ${seen.size} variant slots of the circulated text were found; at least ${minSlots} are needed`,
      candidates: shortlist,
    };
  }
  if (posterior(masterScore) >= threshold) {
    return {
      verdict: 'inconclusive',
      reason: 'the text matches the unmarked master wording, which no recipient received',
      candidates: shortlist,
    };
  }
  if (!best || best.posterior < threshold) {
    const why = best
      ? `the best candidate, ${best.recipient}, agrees on ${best.agree} of ${seen.size} slots (posterior ${best.posterior.toFixed(3)} < ${threshold})`
      : 'there are no recipients';
    return { verdict: 'inconclusive', reason: `the evidence is too weak: ${why}`, candidates: shortlist };
  }
  const chance = Math.min(1, tail(seen.size, best.agree) * recipients.length);
  if (chance > maxChance && !taggedBest) {
    const why = `${best.recipient} agrees on ${best.agree} of ${seen.size} slots, as a copy nobody here received would with probability ${chance.toPrecision(2)}`;
    return { verdict: 'inconclusive', reason: `the evidence is too weak: ${why}`, candidates: shortlist };
  }
  return {
    verdict: 'match',
    recipient: best.recipient,
    confidence: best.posterior,
    observed: seen.size,
    candidates: shortlist,
  };
}
