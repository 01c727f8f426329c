// The negotiated text as "it": "We received it on the morning of the 19th", "Bakhtaria says it was
// handed to both delegations", "they have not seen it", "we did not have it". A source names the
// text once and tells who got it in the next sentence, as often as in one; the pronoun is the text
// where its own words before it, or the sentences just before it in its paragraph (within a
// quotation as in prose), name one. textDelivery.ts reads the giving and the having around it.

import { TEXT_NOUNS } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { LinkDocument, Passage } from './passages.ts';
import type { Holding } from './textHolders.ts';
import { revisedState } from './textState.ts';
import type { Roster } from './types.ts';

const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS})\\b`, 'i');
const IT = /\bit\b/i;
// A text of any name, a party's proposal among them.
const ANY_TEXT = new RegExp(`\\b(?:${TEXT_NOUNS}|(?:counter-?)?proposals?|blueprints?|initiatives?)\\b`, 'i');
// How far back the sentences an "it" points to are looked for: two sentences of a paragraph.
const REACH = 400;
const SENTENCES_BACK = 2;

const before = new WeakMap<Passage, string>();
const framed = new WeakMap<Passage, string>();

/**
 * Notes, for each passage with an "it" and no text named before it, the sentences just before it in
 * its paragraph that name a text. Asked once per linking, before any pair is compared.
 */
export function noteTextPronouns(docs: LinkDocument[], passages: Passage[]): void {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  for (const p of passages) {
    const it = IT.exec(p.text);
    const text = texts.get(p.source);
    // A quotation that names no text is of the one its sentence names before it: "praised the
    // counter-proposal, which he described as 'a serious contribution prepared by …'".
    if (p.kind === 'quote' && text !== undefined && !ANY_TEXT.test(p.text)) {
      const lead = text
        .slice(Math.max(0, p.span[0] - REACH), p.span[0])
        .split(/[.!?]["”’]?\s+/)
        .at(-1)!;
      if (ANY_TEXT.test(lead)) framed.set(p, lead);
    }
    if (!it || text === undefined || TEXT.test(p.text.slice(0, it.index))) continue;
    const paragraph = text
      .slice(Math.max(0, p.span[0] - REACH), p.span[0])
      .split(/\n\s*\n/)
      .at(-1)!;
    const sentences = paragraph.split(/(?<=[.!?]["”’]?)\s+/).filter((x) => /\p{L}/u.test(x));
    const said = sentences.slice(-SENTENCES_BACK).join(' ');
    if (TEXT.test(said)) before.set(p, said);
  }
}

/** The words before a passage's "it" that name the text it stands for, if any. */
const namedBefore = (p: Passage): string | undefined =>
  before.get(p) ?? (p.antecedents ?? []).find((s) => TEXT.test(s));

/** Of a quotation that names no text, the words of its sentence before it that name one. */
export const quoteFrame = (p: Passage): string | undefined => framed.get(p);

/**
 * The sentences before a passage that name the text its "it" stands for, where its own words name
 * none; of a quotation naming none, the words of its sentence before it that name one.
 */
export const textOfIt = (p: Passage): string | undefined => {
  const quoted = framed.get(p);
  if (quoted) return quoted;
  const it = IT.exec(p.text);
  return it && !TEXT.test(p.text.slice(0, it.index)) ? namedBefore(p) : undefined;
};

/** Whether a passage's "it" may stand for the text: the text is named before it, in its sentence or just before. */
export const itIsText = perPassage((p): boolean => {
  const it = IT.exec(p.text);
  if (!it) return false;
  return TEXT.test(p.text.slice(0, it.index)) || namedBefore(p) !== undefined;
});

// "it was handed", "it has not been shown", "it had been sent": the text the verb's subject.
const IT_SUBJECT =
  /\bit\s+(?:(?:has|had|have|was|is|were)\s+)?(?:(?:not|never|already|also|then|now|just|only)\s+)*(?:been\s+)?$/i;
/** Whether the words before a verb make "it" its subject. */
export const itBefore = (before: string): boolean => IT_SUBJECT.test(before);

// "received it", "transmitted it to", "have not seen it": the text the verb's object.
const IT_OBJECT = /^\s+it\b/i;
/** Whether the words after a verb make "it" its object. */
export const itAfter = (after: string): boolean => IT_OBJECT.test(after);

// "they did not have it", "we have had it since Monday", "Torvania has it": the text held.
const HAVE_IT =
  /\b(?:(?:do|does|did)(?: not|n['’]t) have|(?:has|have|had)(?: not| never|n['’]t)?(?: yet)?(?: now| already)?(?: had)?|['’]ve had)\s+it\b(?!\s+(?:to|for|that|in mind)\b)/gi;
const DENIED = /(?:\bnot|\bnever|n['’]t)\b/i;
// "has it been agreed?": the auxiliary of a question, not a holding.
const AUXILIARY = /^\s+(?:been|agreed|not been)\b/i;

/** Where a passage whose "it" is the text says someone has it, or has it not: the verb's index. */
export function itHeld(p: Passage, roster: Roster): Holding[] {
  if (!itIsText(p, roster)) return [];
  const found: Holding[] = [];
  for (const m of p.text.matchAll(HAVE_IT)) {
    if (AUXILIARY.test(p.text.slice(m.index + m[0].length))) continue;
    found.push({ at: m.index, has: !DENIED.test(m[0]) });
    if (found.length >= 4) break;
  }
  return found;
}

/**
 * Which state of the text a passage speaks of (textState.ts), read where it names the text: "We
 * received it the same day" after "a revised framework of eleven points" speaks of the revised one.
 */
export const stateOfText = perPassage((p, roster): boolean | undefined => {
  if (TEXT.test(p.text) || !itIsText(p, roster)) return revisedState(p);
  const named = namedBefore(p);
  return named === undefined ? revisedState(p) : revisedState({ ...p, text: named });
});
