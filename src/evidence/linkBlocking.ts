// Blocking for cross-source linking: which pairs of passages the pair loop of link.ts need
// compare at all. Every relation it tests holds only where both passages have what it reads —
// a rare word in common, a unit counted, a day, a status of one subject, a person present — so
// each passage gets keys for what it has, and only pairs sharing a key are compared: two 100 KB
// documents gave a million pairs, of which a few per cent can relate. Each key below is a
// precondition of a relation, read off the relation's own code; a relation added to the pair
// loop needs its key here (linkBlocking.test.ts compares with every pair on invented documents).

import { saysFormula, saysStatus } from './agreedFormula.ts';
import { assentOf, wholeTextStated } from './assentToText.ts';
import { toldAuthorship } from './authorshipWording.ts';
import { completionOf } from './completedActs.ts';
import { actDays } from './datedActs.ts';
import { daysOf } from './deadlineDays.ts';
import { leader } from './delegationHeads.ts';
import { dueBy, periodOf } from './dueBy.ts';
import { type EventProfile, eventProfile } from './eventProfile.ts';
import { eventWeeks } from './eventWeeks.ts';
import { ownSideHome } from './exchanges.ts';
import { heldOf } from './held.ts';
import { initiatorOf } from './initiative.ts';
import { leakTold } from './leaks.ts';
import { datesOf, eventClass, ownMeaning } from './linkSupport.ts';
import { exclusive, presence } from './namedPresence.ts';
import { denialOf } from './occasionDenied.ts';
import { operatingOf } from './operating.ts';
import { presenceOf as partiesPresent } from './partyPresence.ts';
import type { Passage } from './passages.ts';
import { placedPeople } from './personAtPlace.ts';
import { leakOf } from './pressLeak.ts';
import { principalsAloneKeys } from './principalsAlone.ts';
import { receiptOf, receivedOn } from './receipt.ts';
import { receiptTopic } from './receiptTopic.ts';
import { remoteOf } from './remotePresence.ts';
import { renderedWords } from './renderings.ts';
import { presenceOf as rolesPresent } from './rolePresence.ts';
import { actsOnDays } from './sameDayAct.ts';
import { seatOf } from './seatAtTable.ts';
import { signingOrderOf } from './signingOrder.ts';
import { perSide } from './swapLinks.ts';
import { tallyOf } from './tallies.ts';
import { accessOf } from './textAccess.ts';
import { saysWhoWrote } from './textAuthor.ts';
import { textReached } from './textDelivery.ts';
import { provisionsBoth } from './textParts.ts';
import { textStages } from './textStages.ts';
import { spans } from './timeSpans.ts';
import type { Roster } from './types.ts';

/** What link.ts reads of a passage with its own helpers, handed in (link.ts imports this module). */
export interface LinkReadings {
  /** Meaning words of each passage, with its antecedents' (link.ts meaningsOf). */
  meanings: Map<Passage, ReadonlySet<string>>;
  /** The weight of a word in the likeness of two passages. */
  idf: (w: string) => number;
  /** The share of weighted words two passages must have in common to be alike in words. */
  link: number;
  statusOf: (p: Passage, roster: Roster) => { subject: ReadonlySet<string> } | undefined;
  guarantor: (p: Passage, roster: Roster) => string | undefined;
  /** The event classes read from a source: a sentence of it reports no event of those. */
  classesRead: (source: string) => Set<string>;
}

/**
 * The keys of a passage, as one side of a pair (`left`) and as the other (`right`): a pair is
 * compared where one's left keys meet the other's right keys. A relation of two passages alike
 * (both have a status) gives one key to both sides; one of two roles (a count of one's own side
 * home, and any other passage) a key to each role.
 */
interface Keys {
  left: Set<string>;
  right: Set<string>;
}

// A relative tolerance of sameValue (sameFigure.ts, 1e-9) spans at most one bucket of this width on
// a log scale: two equal values fall in one bucket or two next to each other.
const BUCKET = 1e-8;
const bucket = (v: number) => (v === 0 ? 0 : Math.sign(v) * (1 + Math.floor(Math.log(Math.abs(v)) / BUCKET)));

/**
 * Weighted words read in the order rarest first (a global order: the prefix filter of
 * similarity joins): two sets that share at least `t` of their joint weight share a word of
 * both prefixes, each prefix its set's rarest words up to where less than `t` of its weight is
 * left. Proof: if the prefix of A ends no later than B's, every shared word before that end is
 * in both prefixes; with none, all shared words lie in A's rest, lighter than t·W(A) ≤ t·W(A∪B).
 */
function prefix(words: Iterable<string>, weight: (w: string) => number, t: number): string[] {
  const sorted = [...words].sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : x > y ? 1 : 0));
  const total = sorted.reduce((s, w) => s + weight(w), 0);
  let rest = total;
  const kept: string[] = [];
  for (const w of sorted) {
    if (rest < t * total) break;
    kept.push(w);
    rest -= weight(w);
  }
  return kept;
}

// Below the link threshold by this much: the weights' sums may round apart in the last digits.
const SLACK = 1e-6;
// Two renderings of one sentence share this many words at least (renderings.ts SHARED_WORDS).
const RENDERED_SHARED = 3;

/** Alike in words (sim ≥ LINK): a rare word of both prefixes. Read first, for every passage. */
function wordKeys(p: Passage, r: LinkReadings): Keys {
  const meaning = r.meanings.get(p);
  const words = new Set(meaning ? prefix(meaning, r.idf, r.link - SLACK).map((w) => `word ${w}`) : []);
  return { left: words, right: words };
}

/**
 * Two events are one (linkEvents.ts eventsMatch) only with an event claim and a profile each, of
 * one class, or a visit and a meeting both dated.
 */
function eventKeys(p: Passage, roster: Roster): Keys {
  const [left, right] = [new Set<string>(), new Set<string>()];
  const profile = eventProfile(p, roster);
  if (p.claim?.kind !== 'event' || !profile) return { left, right };
  for (const [side, key] of dayKeys(profile)) (side === 'left' ? left : right).add(key);
  if (p.claim.data.date && profile.cls === 'visit') left.add('visit or meeting');
  if (p.claim.data.date && profile.cls === 'meeting') right.add('visit or meeting');
  return { left, right };
}

/**
 * An event's keys by its class and its weeks (eventWeeks.ts): a dated event of a class that recurs
 * meets only those a few days off its own. Undated events, deadlines and signings (a deadline or
 * a signing may be moved by weeks) meet every event of their class.
 */
function dayKeys(profile: EventProfile): ['left' | 'right', string][] {
  const any = `event ${profile.cls}`;
  const weeks = eventWeeks(profile);
  if (!weeks)
    return [
      ['left', any],
      ['right', any],
    ];
  return [
    ['right', any],
    ...weeks.own.map((w): ['right', string] => ['right', `${any} week ${w}`]),
    ...weeks.near.map((w): ['left', string] => ['left', `${any} week ${w}`]),
  ];
}

/** The keys of every other relation: read only for passages not yet paired with every other source's. */
function keysOf(
  p: Passage,
  roster: Roster,
  r: LinkReadings,
  order: (w: string) => number,
  classes: Set<string>,
): Keys {
  const left = new Set<string>();
  const right = new Set<string>();
  const both = (k: string) => {
    left.add(k);
    right.add(k);
  };
  if (p.kind === 'event') {
    // The event's side of an event and a sentence (link.ts): placesEvent needs the event's days,
    // reportsEvent an event claim of a class the sentence's source read none of, occasionDenied
    // a dated event claim that is no statement, published.
    const data = p.claim?.kind === 'event' ? p.claim.data : undefined;
    if (eventProfile(p, roster)?.days) left.add('places');
    if (data) left.add(`reports ${eventClass(data.eventKind)}`);
    if (data?.date && data.eventKind !== 'statement' && p.published) left.add('denied');
    return { left, right };
  }
  // The sentence's side: placesEvent needs a day in it, not a sentence read as an event;
  // reportsEvent a sentence, not short, of a source that read no event of the class;
  // occasionDenied a denial, published.
  if (!p.event && datesOf(p, roster).length > 0) right.add('places');
  if (!p.short) for (const c of classes) if (!r.classesRead(p.source).has(c)) right.add(`reports ${c}`);
  if (p.published && denialOf(p, roster)) right.add('denied');

  // One sentence in other words (renderings.ts): two quotations sharing three rendered words share
  // one of each one's words but its two commonest.
  if (p.kind === 'quote') {
    const words = [...renderedWords(p, roster)].sort((x, y) => order(y) - order(x) || (x < y ? -1 : 1));
    for (const w of words.slice(0, words.length - (RENDERED_SHARED - 1))) both(`rendered ${w}`);
  }
  // Figures: one unit counted (sameUnit, oneVersion: one unit or both a text's provisions); one
  // count of people (one side's unit "person"); one amount (one side's figure of no unit, one value).
  for (const q of p.quantities) {
    both(`unit ${q.unit}`);
    if (provisionsBoth(q, q)) both('provisions');
    right.add('people');
    if (q.unit === 'person') left.add('people');
    const v = bucket(q.value);
    if (q.unit === '') left.add(`amount ${v}`);
    for (const w of [v - 1, v, v + 1]) right.add(`amount ${w}`);
  }
  // A group counted in one ("the nine Belmoran border guards"), named uncounted in the other.
  for (const q of p.quantities) if ((q.which?.length ?? 0) >= 2) left.add(`group ${q.unit}`);
  if (p.quantities.length === 0) for (const w of ownMeaning(p, roster)) right.add(`group ${w}`);
  for (const n of perSide(p, roster)) both(`swap ${n}`);
  for (const d of actDays(p, roster) ?? []) both(`moved ${d}`);
  // One side's count home against any other passage's count per side.
  if (ownSideHome(p) !== undefined) left.add('home');
  right.add('home');
  const tally = tallyOf(p, roster);
  if (tally?.for !== undefined) both(`for ${tally.for}`);
  if (tally?.against !== undefined) both(`against ${tally.against}`);
  for (const s of spans(p.text)) both(`span ${s.days}`);
  for (const w of r.statusOf(p, roster)?.subject ?? []) both(`status ${w}`);
  if (assentOf(p, roster)) both('assent');
  else if (wholeTextStated(p, roster)) right.add('assent');
  const due = dueBy(p, roster);
  if (due) both(`due ${due.day}`);
  for (const d of daysOf(p, roster)) both(`deadline ${d}`);
  for (const k of actsOnDays(p, roster)) both(`act ${k}`);
  const period = periodOf(p, roster);
  if (period) both(`period ${period}`);
  for (const stage of textStages(p, roster).keys()) both(`stage ${stage}`);
  if (heldOf(p, roster)) both('held');
  if (operatingOf(p, roster)) both('working');
  if (saysWhoWrote(p, roster) || toldAuthorship(p, roster)) both('authorship');
  if (leakTold(p, roster)) both('leak told');
  const access = accessOf(p, roster);
  if (access) both(`access ${access.party}`);
  if (textReached(p, roster)) both('reached');
  if (receiptTopic(p, roster)?.text === 'revised') both('receipt topic');
  if (signingOrderOf(p, roster)) both('signing order');
  for (const [party] of leader(p, roster)) both(`leads ${party}`);
  if (ownMeaning(p, roster).has('reject')) both('refusal');
  if (seatOf(p, roster)) both('seat');
  const there = presence(p, roster);
  for (const who of there?.who ?? []) both(`present ${who}`);
  if (rolesPresent(p, roster)) both('roles present');
  if (partiesPresent(p, roster)) both('parties present');
  if (remoteOf(p, roster)) both('remote');
  if (exclusive(p, roster)) left.add('exclusive');
  if (there?.present) right.add('exclusive');
  const alone = principalsAloneKeys(p, roster);
  if (alone.alone) left.add('principals alone');
  if (alone.joined) right.add('principals alone');
  for (const x of placedPeople(p, roster)) both(`at ${x.person} ${x.town}`);
  const guarantor = r.guarantor(p, roster);
  if (guarantor !== undefined) both(`guarantor ${guarantor}`);
  if (initiatorOf(p, roster)) both('initiative');
  // What the text's receipt and leak say apart (link.ts textFlags), and a formula against a status.
  const receipt = receiptOf(p, roster);
  if (receipt) both('receipt');
  if (receipt?.givenOn) left.add('received');
  if (receivedOn(p, roster)) right.add('received');
  if (leakOf(p, roster)) both('leak');
  if (completionOf(p, roster)) both('completed');
  if (saysFormula(p)) left.add('formula');
  if (saysStatus(p)) right.add('formula');
  return { left, right };
}

/**
 * For each passage of `compared`, the later passages of other sources the pair loop of link.ts
 * need compare it with, in order: those sharing a key above, and every pair of a quotation kept
 * for quotations and another kind of passage (few, cheap, and not blocked). Undefined when the keys
 * would pair a quarter of the passages of different sources or more: then every pair is compared.
 */
export function pairsToCompare(compared: Passage[], roster: Roster, r: LinkReadings): number[][] | undefined {
  const n = compared.length;
  const bySource = new Map<string, number>();
  for (const p of compared) bySource.set(p.source, (bySource.get(p.source) ?? 0) + 1);
  // When keys pair most passages anyway (thousands of near-identical lines), blocking saves
  // little and its set of pairs costs more than the loop over every pair: that loop it is.
  let crossPairs = n * n;
  for (const count of bySource.values()) crossPairs -= count * count;
  const most = Math.max(10_000, crossPairs / 4);
  let full = false;
  const pairs = new Set<number>();
  // How many passages of other sources each is paired with so far.
  const partners = new Int32Array(n);
  const pair = (i: number, j: number) => {
    if (compared[i]!.source === compared[j]!.source) return;
    const id = Math.min(i, j) * n + Math.max(i, j);
    if (pairs.has(id)) return;
    pairs.add(id);
    partners[i]!++;
    partners[j]!++;
    if (pairs.size > most) full = true;
  };
  const join = (among: number[], keys: (i: number) => Keys) => {
    if (full) return;
    const read = new Map(among.map((i) => [i, keys(i)]));
    const rights = new Map<string, number[]>();
    for (const [i, k] of read)
      for (const key of k.right) {
        const at = rights.get(key);
        if (at) at.push(i);
        else rights.set(key, [i]);
      }
    // One key held by most passages pairs them all: known before a single pair is made.
    const lefts = new Map<string, number>();
    for (const k of read.values()) for (const key of k.left) lefts.set(key, (lefts.get(key) ?? 0) + 1);
    for (const [key, count] of lefts) if (count * (rights.get(key)?.length ?? 0) > 2 * most) full = true;
    if (full) return;
    for (const [i, k] of read) {
      for (const key of k.left) {
        for (const j of rights.get(key) ?? []) pair(i, j);
        if (full) return;
      }
    }
  };
  join([...compared.keys()], (i) => wordKeys(compared[i]!, r));
  join(
    compared.flatMap((p, i) => (p.kind === 'event' ? [i] : [])),
    (i) => eventKeys(compared[i]!, roster),
  );
  for (let i = 0; i < n && !full; i++) {
    const p = compared[i]!;
    if (!p.quotedOnly) continue;
    for (let j = 0; j < n && !full; j++) if (compared[j]!.kind !== 'quote' || p.kind !== 'quote') pair(i, j);
  }
  // A passage already paired with every passage of the other sources needs no more keys: its
  // relations are all tested. (Two copies of one long hostile sentence are alike in words, and their
  // other readers, some slow on such input, were never asked of them by the loop over every pair.)
  if (full) return undefined;
  const open = [...compared.keys()].filter((i) => partners[i]! < n - bySource.get(compared[i]!.source)!);
  // Rarest first for the rendered words: how many passages hold each.
  const df = new Map<string, number>();
  for (const i of open) {
    const p = compared[i]!;
    if (p.kind === 'quote') for (const w of renderedWords(p, roster)) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const order = (w: string) => -(df.get(w) ?? 0);
  const classes = new Set(
    compared.flatMap((p) => (p.claim?.kind === 'event' ? [eventClass(p.claim.data.eventKind)] : [])),
  );
  join(open, (i) => keysOf(compared[i]!, roster, r, order, classes));
  if (full) return undefined;
  // Each pair once, in the order of the loop over every pair.
  const near: number[][] = compared.map(() => []);
  for (const id of pairs) near[Math.floor(id / n)]!.push(id % n);
  for (const js of near) js.sort((x, y) => x - y);
  return near;
}
