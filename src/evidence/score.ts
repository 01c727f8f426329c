// Scores extraction against hand labels: precision, recall and F1 for quotes, quotes with
// the right speaker, events and roster mentions. Labels live in a JSON file beside each
// fixture article (see test/fixtures/evidence/); this module only compares, never reads.
import { z } from 'zod';
import type { SuggestedClaim } from './types.ts';

export const Labels = z.object({
  published: z.string().optional(),
  /** speaker: a roster id, a name ("vera hanic") or a description ("senior norland official"); null when none. */
  quotes: z.array(z.object({ text: z.string().min(1), speaker: z.string().nullable() })),
  events: z.array(z.object({ kind: z.string(), date: z.string().optional(), place: z.string().optional() })),
  /** Occurrences of each roster party or person id in the clean text. */
  mentions: z.record(z.string(), z.number().int().nonnegative()),
});
export type Labels = z.infer<typeof Labels>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  quotes: Counts;
  quoteSpeakers: Counts;
  events: Counts;
  mentions: Counts;
  /** What went wrong, for a person tuning the rules. */
  errors: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
// Meetings, talks and summits are one kind of event to a reader; the label should not hinge on the word.
export const eventClass = (kind: string) => (kind === 'talks' || kind === 'summit' ? 'meeting' : kind);

/** Two renderings of one quotation's words: one holds the other and is at most a fifth longer. */
export function sameQuote(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= 0.8 * long.length;
}

/** The claim's speaker is the labelled one: a roster id, a name, or a description either holds. */
export function sameSpeaker(claim: Extract<SuggestedClaim, { kind: 'quote' }>, gold: string | null): boolean {
  const s = claim.speaker;
  if (!s || gold === null) return !s && gold === null;
  const g = gold.toLowerCase();
  const name = s.name.toLowerCase();
  return (
    g === s.personId ||
    g === s.partyId ||
    g === name ||
    (s.via === 'description' && (name.includes(g) || g.includes(name)))
  );
}

/** Pairs each prediction with the first gold item still free that it matches (greedy, in order). */
export function matchAll<P, G>(predicted: P[], gold: G[], same: (p: P, g: G) => boolean): [P, G][] {
  const free = [...gold];
  const pairs: [P, G][] = [];
  for (const p of predicted) {
    const i = free.findIndex((g) => same(p, g));
    if (i !== -1) pairs.push([p, free.splice(i, 1)[0]!]);
  }
  return pairs;
}

/** True positives against what was predicted and what was labelled. */
export const counts = (tp: number, predicted: number, gold: number): Counts => ({
  tp,
  fp: predicted - tp,
  fn: gold - tp,
});

/** Compares one document's claims with its labels. */
export function scoreDocument(claims: SuggestedClaim[], labels: Labels): Score {
  const errors: string[] = [];
  const quotes = claims.filter((c): c is Extract<SuggestedClaim, { kind: 'quote' }> => c.kind === 'quote');
  const quotePairs = matchAll(quotes, labels.quotes, (p, g) => sameQuote(p.data.words, g.text));
  const right = quotePairs.filter(([p, g]) => sameSpeaker(p, g.speaker));
  for (const [p, g] of quotePairs) {
    if (!right.some(([q]) => q === p))
      errors.push(`speaker ${p.speaker?.name ?? 'none'} ≠ ${g.speaker}: ${g.text}`);
  }
  for (const q of quotes) if (!quotePairs.some(([p]) => p === q)) errors.push(`extra quote: ${q.data.words}`);
  for (const g of labels.quotes)
    if (!quotePairs.some(([, h]) => h === g)) errors.push(`missed quote: ${g.text}`);

  const events = claims.filter((c): c is Extract<SuggestedClaim, { kind: 'event' }> => c.kind === 'event');
  const eventPairs = matchAll(
    events,
    labels.events,
    (p, g) =>
      eventClass(p.data.eventKind) === eventClass(g.kind) &&
      (g.date ? p.data.date === g.date : p.data.place === g.place),
  );
  for (const e of events)
    if (!eventPairs.some(([p]) => p === e))
      errors.push(`extra event: ${e.data.eventKind} ${e.data.date ?? e.data.place}`);
  for (const g of labels.events)
    if (!eventPairs.some(([, h]) => h === g)) errors.push(`missed event: ${g.kind} ${g.date ?? g.place}`);

  const found = new Map<string, number>();
  for (const c of claims) {
    if (c.kind === 'mention' && c.data.entity !== 'provision')
      found.set(c.data.id, (found.get(c.data.id) ?? 0) + 1);
  }
  const mentions: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const id of new Set([...found.keys(), ...Object.keys(labels.mentions)])) {
    const [p, g] = [found.get(id) ?? 0, labels.mentions[id] ?? 0];
    mentions.tp += Math.min(p, g);
    mentions.fp += Math.max(0, p - g);
    mentions.fn += Math.max(0, g - p);
    if (p !== g) errors.push(`mentions of ${id}: found ${p}, labelled ${g}`);
  }
  return {
    quotes: counts(quotePairs.length, quotes.length, labels.quotes.length),
    quoteSpeakers: counts(right.length, quotes.length, labels.quotes.length),
    events: counts(eventPairs.length, events.length, labels.events.length),
    mentions,
    errors,
  };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** The sum of several documents' scores (micro-averaging). */
export function sumScores(scores: Score[]): Score {
  const zero = { tp: 0, fp: 0, fn: 0 };
  return scores.reduce(
    (acc, s) => ({
      quotes: add(acc.quotes, s.quotes),
      quoteSpeakers: add(acc.quoteSpeakers, s.quoteSpeakers),
      events: add(acc.events, s.events),
      mentions: add(acc.mentions, s.mentions),
      errors: [...acc.errors, ...s.errors],
    }),
    { quotes: zero, quoteSpeakers: zero, events: zero, mentions: zero, errors: [] as string[] },
  );
}

/** Precision, recall and F1 of some counts (1 when there was nothing to find and nothing found). */
export function prf({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A small table of precision/recall/F1 per category. */
export function formatScore(score: Score): string {
  const rows: [string, Counts][] = [
    ['quotes (span)', score.quotes],
    ['quotes + speaker', score.quoteSpeakers],
    ['events', score.events],
    ['mentions', score.mentions],
  ];
  const lines = rows.map(([name, c]) => {
    const { precision, recall, f1 } = prf(c);
    const f = (x: number) => x.toFixed(3);
    return `${name.padEnd(18)} P ${f(precision)}  R ${f(recall)}  F1 ${f(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  });
  return lines.join('\n');
}
