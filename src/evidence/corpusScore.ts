// Scores the engine on the labelled corpus of official genres (test/fixtures/evidence-corpus):
// quotes, quotes with speakers, events and their dates, publication dates, cross-source
// groups and contradictions. Labels point into documents by exact text; this module finds
// those texts in each document's clean text, so the engine's spans can be compared.
import { z } from 'zod';
import { repairMojibake } from './mojibake.ts';
import { type Counts, counts, eventClass, matchAll, sameQuote, sameSpeaker } from './score.ts';
import type { ProcessedDocument, Span, SuggestedClaim } from './types.ts';

export const CorpusLabels = z.object({
  genre: z.enum([
    'news',
    'readout',
    'press-conference',
    'meeting-transcript',
    'joint-statement',
    'social',
    'press-release',
  ]),
  published: z.string(),
  quotes: z.array(
    z.object({ text: z.string().min(1), speaker: z.string().nullable(), unclosed: z.boolean().optional() }),
  ),
  events: z.array(
    z.object({ kind: z.string(), date: z.string().nullable(), text: z.string().min(1), event: z.string() }),
  ),
});
export type CorpusLabels = z.infer<typeof CorpusLabels>;

const Member = z.object({ doc: z.string(), text: z.string().min(1) });
const TwoSides = z.object({
  kind: z.string(),
  about: z.string(),
  a: z.array(Member).min(1),
  b: z.array(Member).min(1),
});
export const CrossLabels = z.object({
  groups: z.array(z.object({ id: z.string(), about: z.string(), members: z.array(Member).min(2) })),
  contradictions: z.array(TwoSides),
  /** Pairs that look contradictory and are not (a deadline reported as moved): never a flag to raise. */
  nearMisses: z.array(TwoSides.partial({ kind: true, about: true })).optional(),
});
export type CrossLabels = z.infer<typeof CrossLabels>;

export interface LabelledDocument {
  /** The document's name without extension: what labels call `doc`. */
  name: string;
  doc: ProcessedDocument;
  labels: CorpusLabels;
}

/** A stretch of one source that a cross-source prediction points at. */
export interface SourcedSpan {
  source: string;
  span: Span;
  text: string;
}

/** What the engine says across sources: groups about one thing, and pairs that contradict. */
export interface CrossPrediction {
  groups: SourcedSpan[][];
  /** A flag shows its pair face to face and the other passages of each side beside it (alsoA, alsoB). */
  contradictions: {
    kind: string;
    reason: string;
    a: SourcedSpan;
    b: SourcedSpan;
    alsoA?: SourcedSpan[];
    alsoB?: SourcedSpan[];
  }[];
}

export interface CorpusScore {
  quotes: Counts;
  quoteSpeakers: Counts;
  events: Counts;
  /** Matched events whose label has a day: how many carry that day. */
  eventDates: { right: number; of: number };
  published: Counts;
  groups: Counts;
  /** Labelled pairs found, apart for labelled claim groups and for events several documents report. */
  groupPairs: { claims: { found: number; of: number }; events: { found: number; of: number } };
  /** Labelled claim groups with at least one pair of their members, from two documents, linked. */
  groupsTouched: { found: number; of: number };
  /** Flags: tp the flags that stand on a labelled contradiction, fp the others, fn the labelled contradictions none stands on. */
  contradictions: Counts;
  /** Labelled contradictions at least one flag stands on: recall counts these, not flags. */
  contradictionsFound: { found: number; of: number };
  errors: string[];
}

// Labels are written as the file reads; cleaning repairs mojibake ("WeÃ¢â‚¬â„¢ve" is "We’ve"),
// so a label is compared in its repaired form.
const asCleaned = (label: string) => (/[ÃÂâ]/.test(label) ? repairMojibake(label) : label);

// Clean text straightens quotes and joins whitespace; labels are written as the file reads.
const FOLD: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'" };

function folded(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += c;
    at.push(i);
  }
  return { text: out, at };
}

const foldCache = new WeakMap<ProcessedDocument, ReturnType<typeof folded>>();

/** Where a labelled text sits in a document's clean text, if cleaning kept it. */
export function locate(doc: ProcessedDocument, text: string): Span | undefined {
  let hay = foldCache.get(doc);
  if (!hay) {
    hay = folded(doc.cleanText);
    foldCache.set(doc, hay);
  }
  const needle = folded(asCleaned(text.trim())).text;
  const i = hay.text.indexOf(needle);
  if (i === -1) return undefined;
  return [hay.at[i]!, hay.at[i + needle.length - 1]! + 1];
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

// The labels' kinds (corpus README) have no ceremony of signing: most authors label a signing or an
// initialling a meeting, one wrote "signing". Both are scored as the occasion they are.
const LABELLED_AS: Record<string, string> = { signing: 'meeting', initialling: 'meeting' };

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;

function scoreDocument(d: LabelledDocument, score: CorpusScore): void {
  const { doc, labels, name } = d;
  const quotes = doc.claims.filter((c): c is Quote => c.kind === 'quote');
  const quotePairs = matchAll(quotes, labels.quotes, (p, g) => sameQuote(p.data.words, asCleaned(g.text)));
  const right = quotePairs.filter(([p, g]) => sameSpeaker(p, g.speaker));
  add(score.quotes, counts(quotePairs.length, quotes.length, labels.quotes.length));
  add(score.quoteSpeakers, counts(right.length, quotes.length, labels.quotes.length));
  for (const [p, g] of quotePairs)
    if (!right.some(([q]) => q === p))
      score.errors.push(
        `${name}: speaker ${p.speaker?.name ?? 'none'} ≠ ${g.speaker}: ${g.text.slice(0, 60)}`,
      );
  for (const q of quotes)
    if (!quotePairs.some(([p]) => p === q))
      score.errors.push(`${name}: extra quote: ${q.data.words.slice(0, 80)}`);
  for (const g of labels.quotes)
    if (!quotePairs.some(([, h]) => h === g))
      score.errors.push(`${name}: missed quote: ${g.text.slice(0, 80)}`);

  const events = doc.claims.filter((c): c is EventClaim => c.kind === 'event');
  const gold = labels.events.map((e) => ({ ...e, span: locate(doc, e.text) }));
  const eventPairs = matchAll(
    events,
    gold,
    (p, g) =>
      g.span !== undefined &&
      overlaps(p.span, g.span) &&
      eventClass(p.data.eventKind) === eventClass(LABELLED_AS[g.kind] ?? g.kind),
  );
  add(score.events, counts(eventPairs.length, events.length, gold.length));
  for (const [p, g] of eventPairs) {
    if (g.date === null) continue;
    score.eventDates.of++;
    if (p.data.date === g.date) score.eventDates.right++;
    else score.errors.push(`${name}: ${g.kind} dated ${p.data.date ?? 'nothing'} ≠ ${g.date}: ${g.text}`);
  }
  for (const e of events)
    if (!eventPairs.some(([p]) => p === e))
      score.errors.push(
        `${name}: extra event: ${e.data.eventKind} ${e.data.date ?? ''} — ${e.text.slice(0, 70)}`,
      );
  for (const g of gold)
    if (!eventPairs.some(([, h]) => h === g))
      score.errors.push(`${name}: missed event: ${g.kind} — ${g.text}`);

  const date = doc.meta.date;
  const ok = date === labels.published;
  add(score.published, { tp: ok ? 1 : 0, fp: date && !ok ? 1 : 0, fn: ok ? 0 : 1 });
  if (!ok) score.errors.push(`${name}: published ${date ?? 'not found'} ≠ ${labels.published}`);
}

function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

interface Located {
  doc: string;
  span: Span;
  /** Index of the group or contradiction side it belongs to. */
  owner: number;
  id: number;
}

/** Labelled members that a claim covers: same document, overlapping spans. */
function membersOf(passage: SourcedSpan, members: Located[]): Located[] {
  return members.filter((m) => m.doc === passage.source && overlaps(m.span, passage.span));
}

function scoreGroups(
  docs: Map<string, LabelledDocument>,
  cross: CrossLabels,
  predicted: SourcedSpan[][],
  score: CorpusScore,
): void {
  const goldGroups: { doc: string; text: string }[][] = cross.groups.map((g) => g.members);
  // Every real event reported by two documents or more is a group too.
  const byEvent = new Map<string, { doc: string; text: string }[]>();
  for (const [name, d] of docs)
    for (const e of d.labels.events)
      byEvent.set(e.event, [...(byEvent.get(e.event) ?? []), { doc: name, text: e.text }]);
  for (const members of byEvent.values())
    if (new Set(members.map((m) => m.doc)).size > 1) goldGroups.push(members);

  const members: Located[] = [];
  const goldPairs = new Set<string>();
  let next = 0;
  goldGroups.forEach((group, owner) => {
    const located = group.flatMap((m) => {
      const d = docs.get(m.doc);
      const span = d && locate(d.doc, m.text);
      if (!span) score.errors.push(`group member not in clean text: ${m.doc}: ${m.text}`);
      return span ? [{ doc: m.doc, span, owner, id: next++ }] : [];
    });
    members.push(...located);
    for (const x of located) for (const y of located) if (x.doc < y.doc) goldPairs.add(`${x.id} ${y.id}`);
  });
  // The two sides of a contradiction or a near miss are claims about one thing too, though no
  // group lists them: linking them is what flagging them takes. Such a link is not counted wrong
  // (nor found: recall counts the labelled groups only).
  const sided = [...cross.contradictions, ...(cross.nearMisses ?? [])].map((c, owner) =>
    [...c.a, ...c.b].flatMap((m) => {
      const d = docs.get(m.doc);
      const span = d && locate(d.doc, m.text);
      return span ? [{ doc: m.doc, span, owner, id: -1 }] : [];
    }),
  );
  const sides = sided.flat();
  const aboutOneThing = (a: SourcedSpan, b: SourcedSpan) =>
    membersOf(a, sides).some((x) => membersOf(b, sides).some((y) => y.owner === x.owner));
  const found = new Set<string>();
  let wrong = 0;
  for (const group of predicted) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if (a.source === b.source) continue;
        const hits = membersOf(a, members).flatMap((x) =>
          membersOf(b, members)
            .filter((y) => y.owner === x.owner && x.doc !== y.doc)
            .map((y) => (x.doc < y.doc ? `${x.id} ${y.id}` : `${y.id} ${x.id}`)),
        );
        if (hits.length === 0 && !aboutOneThing(a, b)) {
          wrong++;
          score.errors.push(
            `wrong link: ${a.source}: ${a.text.slice(0, 50)} ~ ${b.source}: ${b.text.slice(0, 50)}`,
          );
        }
        for (const h of hits) found.add(h);
      }
    }
  }
  const byId = new Map(members.map((m) => [m.id, m]));
  for (const pair of goldPairs) {
    const owner = byId.get(Number(pair.split(' ')[0]))!.owner;
    const tally = owner < cross.groups.length ? score.groupPairs.claims : score.groupPairs.events;
    tally.of++;
    if (found.has(pair)) tally.found++;
  }
  // A reader who asks "did it see that these sources speak of one thing?" counts groups, not pairs.
  const touched = new Set([...found].map((pair) => byId.get(Number(pair.split(' ')[0]))!.owner));
  for (let owner = 0; owner < cross.groups.length; owner++) {
    if (!members.some((m) => m.owner === owner)) continue;
    score.groupsTouched.of++;
    if (touched.has(owner)) score.groupsTouched.found++;
    else score.errors.push(`claim group not seen: ${cross.groups[owner]!.about}`);
  }
  const show = (m: Located) =>
    `${m.doc}: ${docs.get(m.doc)!.doc.cleanText.slice(m.span[0], m.span[1]).slice(0, 50)}`;
  for (const pair of goldPairs) {
    if (found.has(pair)) continue;
    const [x, y] = pair.split(' ').map((id) => byId.get(Number(id))!);
    score.errors.push(`missed link: ${show(x!)} ~ ${show(y!)}`);
  }
  add(score.groups, { tp: found.size, fp: wrong, fn: goldPairs.size - found.size });
}

function scoreContradictions(
  docs: Map<string, LabelledDocument>,
  cross: CrossLabels,
  predicted: CrossPrediction['contradictions'],
  score: CorpusScore,
): void {
  const sides = cross.contradictions.map((c) =>
    [c.a, c.b].map((side) =>
      side.flatMap((m) => {
        const d = docs.get(m.doc);
        const span = d && locate(d.doc, m.text);
        return span ? [{ doc: m.doc, span }] : [];
      }),
    ),
  );
  // A flag stands on a labelled contradiction when one passage it shows on each side lies on
  // that contradiction's two sides: the reviewer sees every passage of both sides.
  const covers = (shown: SourcedSpan[], side: { doc: string; span: Span }[]) =>
    shown.some((c) => side.some((m) => m.doc === c.source && overlaps(m.span, c.span)));
  const hit = new Set<number>();
  let right = 0;
  for (const p of predicted) {
    const pa = [p.a, ...(p.alsoA ?? [])];
    const pb = [p.b, ...(p.alsoB ?? [])];
    // Two labelled contradictions may share their sides (the same two passages disagree on a day and
    // on a count): a flag stands on the one of its kind, else on one not yet found.
    const standsOn = sides.flatMap(([a, b], i) =>
      (covers(pa, a!) && covers(pb, b!)) || (covers(pa, b!) && covers(pb, a!)) ? [i] : [],
    );
    const i =
      standsOn.find((c) => cross.contradictions[c]!.kind === p.kind && !hit.has(c)) ??
      standsOn.find((c) => !hit.has(c)) ??
      standsOn[0] ??
      -1;
    if (i === -1) {
      score.errors.push(`wrong contradiction ${p.kind}: ${p.a.source} ~ ${p.b.source}: ${p.reason}`);
      continue;
    }
    right++;
    hit.add(i);
  }
  cross.contradictions.forEach((c, i) => {
    if (!hit.has(i)) score.errors.push(`missed contradiction (${c.kind}): ${c.about}`);
  });
  score.contradictions.tp += right;
  score.contradictions.fp += predicted.length - right;
  score.contradictions.fn += cross.contradictions.length - hit.size;
  // Recall counts contradictions found at least once, not flags: five flags on one
  // contradiction are one found.
  score.contradictionsFound.found += hit.size;
  score.contradictionsFound.of += cross.contradictions.length;
}

/** Scores one half of the corpus: its documents, their labels and the cross-source labels. */
export function scoreCorpus(
  docs: LabelledDocument[],
  cross: CrossLabels,
  predicted: CrossPrediction,
): CorpusScore {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const score: CorpusScore = {
    quotes: zero(),
    quoteSpeakers: zero(),
    events: zero(),
    eventDates: { right: 0, of: 0 },
    published: zero(),
    groups: zero(),
    groupPairs: { claims: { found: 0, of: 0 }, events: { found: 0, of: 0 } },
    groupsTouched: { found: 0, of: 0 },
    contradictions: zero(),
    contradictionsFound: { found: 0, of: 0 },
    errors: [],
  };
  for (const d of docs) scoreDocument(d, score);
  const byName = new Map(docs.map((d) => [d.name, d]));
  scoreGroups(byName, cross, predicted.groups, score);
  scoreContradictions(byName, cross, predicted.contradictions, score);
  return score;
}
