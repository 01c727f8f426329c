// Passages: what cross-source linking compares. Every sentence of a document, every
// sentence of a quotation with its speaker, and every event claim; each keeps its span,
// its content words (stemmed, synonyms folded), its quantities and its roster names.

import { quantitiesWithComplements } from './complements.ts';
import { datesAct } from './datedAct.ts';
import { mayHoldDate } from './dates.ts';
import { toldDeadlineDays } from './deadlineWording.ts';
import { isFrame } from './documentFrames.ts';
import { elidedQuantities } from './ellipsis.ts';
import { buildGazetteer } from './gazetteer.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import { asSpoken } from './lineNumbers.ts';
import { eventClass } from './linkSupport.ts';
import { hitsWithin, scanNames } from './names.ts';
import { noDayAgreed } from './nextDayAgreed.ts';
import type { Quantity } from './numbers.ts';
import { claimsOwnText } from './ownedTexts.ts';
import { saysWhoWasOnIt } from './principalsAlone.ts';
import { type Act, readoutActs } from './readoutActs.ts';
import { deniesReceipt } from './receipt.ts';
import { statesRolePresence } from './rolePresence.ts';
import { saidFigures } from './saidFigures.ts';
import { readSeat } from './seatAtTable.ts';
import { splitSentences } from './sentences.ts';
import { statesStatus } from './status.ts';
import { sizesText } from './textParts.ts';
import type { Roster, Span, Speaker, SuggestedClaim } from './types.ts';
import { contentWords, contentWordsOfSlices } from './words.ts';

export { isFrame } from './documentFrames.ts';
export { contentWords, stem } from './words.ts';

const MIN_WORDS = 3;
const TURN_LABEL = /^[^.!?"]{1,80}:\s*"?$/;
const PRONOUN_AT_HEAD = /^(?:\S+\s+){0,4}(?:it|this|that)\b/i;
// "My President has said that Zemaran railways will …": "that" after a verb of saying or
// thinking opens the clause said, and points back to nothing.
const THAT_OPENS_CLAUSE = new RegExp(
  `\\b(${REPORTING_VERBS}|think|thinks|thought|believe|believes|believed|hope|hopes|know|knows|knew|agreed|agree|clear|sure|confident)\\s+that\\b`,
  'gi',
);
/** Whether a passage opens on "it", "this" or "that" standing for what was said before. */
const pronounLed = (text: string): boolean => PRONOUN_AT_HEAD.test(text.replace(THAT_OPENS_CLAUSE, '$1'));

export interface LinkDocument {
  source: string;
  cleanText: string;
  /** Publication date `YYYY-MM-DD`: the document's relative dates resolve against it. */
  published?: string | undefined;
  claims: SuggestedClaim[];
}

export interface Passage {
  source: string;
  span: Span;
  text: string;
  kind: 'sentence' | 'quote' | 'event';
  claim?: SuggestedClaim;
  /** The speaker of the quotation the passage sits in. */
  speaker?: Speaker;
  words: Set<string>;
  quantities: Quantity[];
  /** Roster ids named in the passage. */
  names: string[];
  /** Stems of the names and titles in the passage. */
  nameWords: Set<string>;
  published?: string | undefined;
  /** Too few words to compare by words: linked only as placing someone at an event. */
  short?: boolean;
  /** A quotation of few content words, kept to be set against other quotations only (who said it). */
  quotedOnly?: boolean;
  /**
   * For a passage led by "it" or "this": the sentences before it, back to the one that names
   * what it is about. Its words count as the passage's own.
   */
  antecedents?: string[];
  /**
   * For a passage saying who was at an occasion by role ("No observers, no ministers."): the
   * sentences before it, nearest first, where the occasion it leaves unnamed is (rolePresence.ts).
   */
  setting?: string[];
  /** A sentence the engine read an event from: across sources it is compared as that event. */
  event?: boolean;
  /** Of an event passage: how many events of its class the sentence reported before it. */
  nth?: number;
  /** Of an event passage: the event passages of its document, itself among them. */
  siblings?: Passage[];
  /** One act of a sentence that chains several (readoutActs.ts): its words are the sentence's, not counted again. */
  act?: boolean;
}

/**
 * A sentence gives a handful of figures; one giving more is a table or a hostile run, and every
 * pair of two such sentences' figures is compared: only the first ones are kept.
 */
const MAX_FIGURES = 40;

function passage(
  doc: LinkDocument,
  span: Span,
  kind: Passage['kind'],
  names: (span: Span) => string[],
  nameWords: (span: Span) => Set<string>,
  extra: Partial<Passage> = {},
): Passage {
  const text = doc.cleanText.slice(span[0], span[1]);
  return {
    source: doc.source,
    span,
    text,
    kind,
    words: contentWords(text),
    quantities: quantitiesWithComplements(text).slice(0, MAX_FIGURES),
    names: names(span),
    nameWords: nameWords(span),
    published: doc.published,
    ...extra,
  };
}

/**
 * An act of a sentence that chains several (readoutActs.ts), told as a sentence of its own: with
 * the sentence's subject, and its stop.
 */
function actPassage(
  doc: LinkDocument,
  [start]: Span,
  act: Act,
  names: (span: Span) => string[],
  nameWords: (span: Span) => Set<string>,
): Passage {
  const p = passage(doc, [start + act.at[0], start + act.at[1]], 'sentence', names, nameWords, { act: true });
  const subject: Span | undefined = act.subject && [start + act.subject[0], start + act.subject[1]];
  const text = `${subject ? `${doc.cleanText.slice(...subject)} ` : ''}${p.text}${/[.!?]$/.test(p.text) ? '' : '.'}`;
  return {
    ...p,
    text,
    words: contentWords(text),
    quantities: quantitiesWithComplements(text),
    ...(subject
      ? {
          names: [...new Set([...names(subject), ...p.names])],
          nameWords: new Set([...nameWords(subject), ...p.nameWords]),
        }
      : {}),
  };
}

/** The passages of one document. */
export function passagesOf(given: LinkDocument, roster: Roster): Passage[] {
  // A record that numbers its lines is read without them: a line's number is no figure or day.
  const doc = { ...given, cleanText: asSpoken(given.cleanText) };
  const hits = scanNames(spelledHandles(doc.cleanText), buildGazetteer(roster), () => false);
  const names = (span: Span) => [
    ...new Set(
      hitsWithin(hits, span)
        .filter((h) => h.id)
        .map((h) => h.id!),
    ),
  ];
  // Who is named, with their titles ("Deputy Prime Minister Viktor Lunn"): not what is said.
  const nameWords = (span: Span) =>
    contentWordsOfSlices(
      doc.cleanText,
      hitsWithin(hits, span, true).map((h) => [h.runStart, h.span[1], h.titles.join(' ')]),
    );
  const quotes = doc.claims.filter(
    (c): c is Extract<SuggestedClaim, { kind: 'quote' }> => c.kind === 'quote',
  );
  const out: Passage[] = [];
  // Sentences mostly inside a quotation are passed as the quotation's, with its speaker.
  // So are sentences that are a transcript turn's label and its words ("QUIST: I would ...").
  const quotesNear = spansNear(quotes, TURN_LABEL_REACH);
  const inQuote = ([s, e]: Span) =>
    quotesNear([s, e]).some(
      (q) =>
        Math.min(e, q.span[1]) - Math.max(s, q.span[0]) > (e - s) / 2 ||
        (q.span[0] > s && q.span[1] >= e && TURN_LABEL.test(doc.cleanText.slice(s, q.span[0]))),
    );
  for (const span of splitSentences(doc.cleanText)) {
    if (!inQuote(span)) {
      out.push(passage(doc, span, 'sentence', names, nameWords));
      // An act is read apart for what a dilution hides most: its figure or its day. A courtesy
      // ("thanked the hosts", "agreed to stay in contact") is said alike in every readout.
      for (const act of readoutActs(doc.cleanText.slice(span[0], span[1]))) {
        const p = actPassage(doc, span, act, names, nameWords);
        if (p.quantities.length > 0 || mayHoldDate(p.text)) out.push(p);
      }
    }
    // The reporting clause of a quotation says things of its own: "said Minister Ruta
    // Vashti, who led Ketheny's delegation in Veyrin".
    else
      for (const part of reportingClauses(span, quotesNear(span), doc.cleanText))
        out.push(passage(doc, part, 'sentence', names, nameWords));
  }
  for (const q of quotes) {
    for (const span of splitSentences(doc.cleanText, q.span[0], q.span[1])) {
      out.push(
        passage(doc, span, 'quote', names, nameWords, {
          claim: q,
          ...(q.speaker ? { speaker: q.speaker } : {}),
        }),
      );
    }
  }
  const before = new Map<string, number>();
  for (const c of doc.claims) {
    if (c.kind !== 'event') continue;
    const key = `${c.span[0]} ${eventClass(c.data.eventKind)}`;
    const nth = before.get(key) ?? 0;
    before.set(key, nth + 1);
    out.push(passage(doc, c.span, 'event', names, nameWords, { claim: c, nth }));
  }
  // "The two leaders", "both delegations", "the two armies": the parties at the table by their
  // number, not a count of anything a source could give another figure for.
  const atTable = Math.max(2, roster.parties.length);
  for (const p of out) p.quantities = p.quantities.filter((q) => !namesParticipants(q, atTable));
  const siblings = out.filter((p) => p.kind === 'event');
  for (const p of siblings) p.siblings = siblings;
  // "I would say it is close": a pronoun's passage is also about what the sentence before named.
  const sentences = splitSentences(doc.cleanText);
  // "We accepted four and a half.": a figure whose unit the sentence before in its paragraph
  // gave; "Kessel says 48": one whose unit a question or a count before it gave (saidFigures.ts).
  // It states a figure, however few its words.
  const elided = new Set<Passage>();
  for (const p of out) {
    if (p.kind === 'event' || p.quantities.length > 0) continue;
    const before = sentenceBefore(sentences, p.span[0]);
    if (before && !/\n/.test(doc.cleanText.slice(before[1], p.span[0])))
      p.quantities = elidedQuantities(p.text, doc.cleanText.slice(before[0], before[1]));
    if (p.quantities.length === 0) p.quantities = saidFigures(p.text, doc.cleanText, p.span[0]);
    if (p.quantities.length > 0) elided.add(p);
  }
  for (const p of out) {
    if (p.kind === 'event' || !pronounLed(p.text)) continue;
    // "For us it is finished." then "I do not agree that it is finished.": walk back
    // through sentences that are themselves about "it" to the one that names the thing.
    const antecedents: string[] = [];
    let at = p.span[0];
    for (let step = 0; step < 3; step++) {
      const before = sentenceBefore(sentences, at);
      if (!before) break;
      const text = doc.cleanText.slice(before[0], before[1]);
      antecedents.push(text);
      for (const w of contentWords(text)) p.words.add(w);
      if (!pronounLed(text)) break;
      at = before[0];
    }
    p.antecedents = antecedents;
  }
  // "On the meeting of 13 March: … Nobody else. No observers, no ministers.": who was in the
  // room is told of the occasion a sentence or a question before it names.
  for (const p of out) {
    if (p.kind === 'event' || !(statesRolePresence(p.text) || saysWhoWasOnIt(p.text))) continue;
    const setting: string[] = [];
    let at = p.span[0];
    for (let step = 0; step < SETTING_SENTENCES; step++) {
      const before = sentenceBefore(sentences, at);
      if (!before) break;
      setting.push(doc.cleanText.slice(before[0], before[1]));
      at = before[0];
    }
    p.setting = setting;
  }
  const eventsNear = spansNear(
    doc.claims.filter((c) => c.kind === 'event'),
    0,
  );
  for (const p of out)
    if (p.kind !== 'event' && eventsNear(p.span).some(({ span: [s, e] }) => s < p.span[1] && p.span[0] < e))
      p.event = true;
  // Datelines and "Thank you." say too little to be about anything; a question asserts nothing.
  // "There is no agreement on the line." is short but states something; "Our team is in
  // Belhaven today." is short but may place someone at an event (and is kept for that only).
  return out.filter((p) => {
    if (p.kind === 'event') return true;
    if (/\?["')]*$/.test(p.text) || isFrame(p.text)) return false;
    if (p.words.size >= MIN_WORDS || statesStatus(p.text) || elided.has(p) || statesSize(p)) return true;
    // "March 22 is the target.", "They were not in the room.": a deadline's day (deadlineWording.ts)
    // or a seat at the talks (seatAtTable.ts), however few its words.
    if (toldDeadlineDays(p.text, p.published).length > 0 || readSeat(p.text, roster)) return true;
    if (p.words.size > 0 && datesAct(p.text, p.published)) return true;
    if (p.setting) return true;
    // "Clause 8 is our text": whose the text is, set against prose as well as quotations.
    if (p.kind === 'quote' && claimsOwnText(p.text)) return true;
    // "We were not shown the text": who has it, set against prose that says it was sent.
    if (p.kind === 'quote' && deniesReceipt(p.text)) return true;
    // "We did not agree any date.": set against the day a readout of the call says was agreed.
    if (noDayAgreed(p.text)) return true;
    if (quotedSentence(p)) {
      p.quotedOnly = true;
      return true;
    }
    if (p.words.size === 0 || !mayHoldDate(p.text)) return false;
    p.short = true;
    return true;
  });
}

// How far back the occasion of a sentence saying who was there may be named: past a question
// and the answer's first sentences ("Who was there? — The ministers came in … I was there …").
const SETTING_SENTENCES = 5;

// A turn's label runs at most 80 characters before its words (TURN_LABEL), with a space or two.
const TURN_LABEL_REACH = 100;

/**
 * The claims that overlap a span, and those that start within `reach` after its start: asked
 * once per sentence, a look at every claim made a long document of quotations quadratic. The
 * claims are sorted by start; the furthest end so far says how far back one may still overlap
 * (a claim that starts after the span's start ends after it too).
 */
function spansNear<T extends { span: Span }>(claims: T[], reach: number): (span: Span) => T[] {
  const sorted = claims.toSorted((x, y) => x.span[0] - y.span[0]);
  const reachEnd: number[] = [];
  for (const [i, c] of sorted.entries()) reachEnd.push(Math.max(c.span[1], reachEnd[i - 1] ?? -1));
  return ([s, e]) => {
    let [lo, hi] = [0, sorted.length];
    const to = Math.max(e, s + reach + 1);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.span[0] < to) lo = mid + 1;
      else hi = mid;
    }
    const near: T[] = [];
    for (let i = lo - 1; i >= 0 && reachEnd[i]! > s; i--) near.push(sorted[i]!);
    return near.reverse();
  };
}

/**
 * The last sentence that ends by `at`, found by halves: asked once per passage, a walk from the
 * start made a long document's passages quadratic.
 */
function sentenceBefore(sentences: Span[], at: number): Span | undefined {
  let [lo, hi] = [0, sentences.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1];
}
// "The plan has 20 points.": a thing and its counted parts state a figure, however few the words;
// so does a post's line of the count alone ("… initialled the framework. 17 articles."), of the
// text the sentence before named.
const statesSize = (p: Passage) =>
  p.quantities.some(
    (q) => sizesText(q) && (p.words.size >= 2 || /^[\W_]*$/u.test(p.text.replace(q.text, ''))),
  );

// The actors of a negotiation, as quantityUnits.ts folds their nouns ("leaders" → lead, "governments" → govern).
const ACTORS = new Set([
  ...['lead', 'delegation', 'country', 'president', 'minister', 'govern', 'capit', 'troop'],
  ...['mediator', 'negotiator', 'nation', 'state', 'side', 'parti', 'party', 'team'],
]);
/** Whether a count names the parties' own people or bodies, no more of them than parties at the table. */
const namesParticipants = (q: Quantity, atTable: number): boolean =>
  ACTORS.has(q.unit) && q.value <= atTable && Number.isInteger(q.value);

// A quotation of this many words is someone's sentence, however few its content words ("a ceasefire
// is not a favour"): who said it may be contradicted.
const QUOTED_WORDS = 5;
const quotedSentence = (p: Passage) => p.kind === 'quote' && p.text.split(/\s+/).length >= QUOTED_WORDS;

/**
 * A social handle spelled as the name it is made of, in place: "@RutaVashti" and
 * "@Ruta_Vashti" read "Ruta Vashti" (the text keeps its length, so spans stay where they are).
 */
export function spelledHandles(text: string): string {
  return text
    .replace(/@(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)\b/gu, '$1 $2')
    .replace(/@(\p{Lu}\p{Ll}+)_(\p{Lu}\p{Ll}+)\b/gu, ' $1 $2');
}

/** The stretches of a sentence outside the quotations in it that say enough to compare. */
function reportingClauses(
  [s, e]: Span,
  quotes: Extract<SuggestedClaim, { kind: 'quote' }>[],
  text: string,
): Span[] {
  const inside = quotes
    .filter((q) => q.span[0] < e && s < q.span[1])
    .map((q) => q.span)
    .sort((x, y) => x[0] - y[0]);
  const parts: Span[] = [];
  let at = s;
  for (const [qs, qe] of [...inside, [e, e] as Span]) {
    // Trim the quotation marks and the comma that join the clause to the quotation.
    const part = text.slice(at, Math.max(at, qs));
    const lead = part.length - part.replace(/^[\s"'“”‘’,.;:—–-]+/, '').length;
    const trail = part.length - part.replace(/[\s"'“”‘’,;:—–-]+$/, '').length;
    const span: Span = [at + lead, Math.max(at + lead, qs - trail)];
    if (contentWords(text.slice(span[0], span[1])).size >= MIN_WORDS) parts.push(span);
    at = Math.max(at, qe);
  }
  return parts;
}
