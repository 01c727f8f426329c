// Which state of the negotiated text a passage speaks of: the revised one ("the updated text",
// "the text our colleagues call 'updated'") or the one before. A source that has named "an
// updated 19-point framework" and then writes "the framework was delivered on April 23" may well
// mean the updated one: a definite noun points back to the last text its source named by that
// noun, so it is not read as the text before. Two passages about a text reaching a party compare
// only where they may speak of one state of it.

import { GIVING_VERBS, TEXT_NOUNS } from './lexicon.ts';
import type { LinkDocument, Passage } from './passages.ts';

// The text's names, as textHolders.ts and textDelivery.ts read them.
const NOUN = `(?:${TEXT_NOUNS})`;
// A new state of the text, or one a speaker names so at arm's length ("what they call 'updated'").
const REVISED = new RegExp(
  String.raw`\b(?:revised|new|updated|amended|latest|second|final)\s+(?:[\w-]+\s+){0,2}?${NOUN}\b|\brevision\b|\b(?:calls?|called|so-called)\s+["“'‘]?(?:revised|updated|new)\b|\bin its (?:new|revised|updated|amended|current|latest) (?:form|version|shape|wording)\b`,
  'i',
);
// A text pointed back to ("this text", "that document") is whichever the passage before named.
const POINTED = /\b(?:this|that) (?:[\w-]+ )?(?:text|draft|framework|plan|document|version|paper)\b/i;
// A text named by the noun alone after "the": the one its source named before by that noun.
const BARE = new RegExp(String.raw`\bthe\s+(${NOUN})\b`, 'i');
const MENTION = new RegExp(String.raw`\b${NOUN}\b`, 'gi');
// Said revised in the words just before the noun: "an updated 19-point framework".
const REVISING = /\b(?:revised|new|updated|amended|latest)\s+(?:[\w-]+\s+){0,2}$/i;
// How far back a source's earlier naming of the text is looked for.
const REACH = 3000;

const inherited = new WeakSet<Passage>();
// A sentence that tells a text's giving or getting without naming it ("It went out to each
// side on the 13th", "Drava says the text reached it on Monday").
const GIVING = new RegExp(
  String.raw`\b(?:${GIVING_VERBS}|shared|sending|received|receiving|seen|reached|arrived|went out)\b`,
  'i',
);
// A giving told of an earlier time than the revised text's making is of a text before it: "last
// year it went out to each side, too".
const EARLIER =
  /\b(?:last|previous|preceding)\s+(?:year|month|spring|summer|autumn|fall|winter|round|session)\b|\b(?:a|one|two|three|four|five|several|many|\d+)\s+(?:years?|months?)\s+(?:ago|earlier|before)\b|\bearlier (?:this|that|in the) year\b|\b(?:previously|originally|at first)\b/i;
// A text named with an indefinite article is one of its own, not the one named before: "a text we
// were never shown", "a short paper put to the council in spring". A copy is of the text named
// before: "a paper copy went to every embassy".
const INDEFINITE =
  /\b(?:a|an|another|any)\s+(?:[\w-]+\s+){0,2}?(?:non-paper|text|draft|plan|paper|document|proposal|version|framework)\b(?!\s+cop(?:y|ies)\b)/i;
// Such sentences whose source named the text last, before them, as the revised one; the scan is
// asked for lazily, only of a passage read as a receipt (most sentences with "sent" are no such).
const afterRevised = new WeakMap<Passage, boolean>();
// The source's text and the noun a bare mention names, for each such passage.
const givingIn = new WeakMap<Passage, [string, string | undefined]>();

/** Whether the text its source last named, by the noun given or by any, before a passage, is a revised one. */
function lastNamedRevised(p: Passage, text: string, noun: string | undefined): boolean {
  const before = text.slice(Math.max(0, p.span[0] - REACH), p.span[0]);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(MENTION))
    if (noun === undefined || m[0].toLowerCase().replace(/s$/, '') === noun) last = m;
  return !!last && REVISING.test(before.slice(Math.max(0, last.index - 40), last.index));
}

/**
 * Notes, for each passage naming the text by a bare noun ("the framework"), whether its source
 * last named a text by that noun as a revised one, and which passages tell a giving unnamed.
 * Asked once per linking.
 */
export function noteTextStates(docs: LinkDocument[], passages: Passage[]): void {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  for (const p of passages) {
    const text = texts.get(p.source);
    if (text === undefined || REVISED.test(p.text)) continue;
    const bare = BARE.exec(p.text);
    // The last text named before: by the same noun for a bare one, by any for a giving unnamed.
    const noun = bare?.[1]?.toLowerCase().replace(/s$/, '');
    if (noun && lastNamedRevised(p, text, noun)) inherited.add(p);
    if (GIVING.test(p.text) && !INDEFINITE.test(p.text) && !EARLIER.test(p.text))
      givingIn.set(p, [text, noun]);
  }
}

/**
 * Whether a passage tells a text's giving without naming it, its source having last named the
 * revised text before it: a document tells of the text it last named, so "it was sent on the
 * 13th" after "the revised text" is the revised text's giving.
 */
export function givingAfterRevised(p: Passage): boolean {
  const given = givingIn.get(p);
  if (given === undefined) return false;
  const known = afterRevised.get(p) ?? lastNamedRevised(p, ...given);
  afterRevised.set(p, known);
  return known;
}

/**
 * Whether a passage speaks of the revised text (true), of the one before (false), or of a text
 * that may be either (undefined): one pointed back to, or one its source last named as revised
 * (the size or the day another source gives it may name that same text in other words).
 */
export function revisedState(p: Passage): boolean | undefined {
  if (REVISED.test(p.text)) return true;
  return POINTED.test(p.text) || inherited.has(p) ? undefined : false;
}
