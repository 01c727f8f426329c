// Which state of the negotiated text a passage speaks of: the revised one ("the updated text",
// "the text our colleagues call 'updated'") or the one before. A source that has named "an
// updated 19-point framework" and then writes "the framework was delivered on April 23" may well
// mean the updated one: a definite noun points back to the last text its source named by that
// noun, so it is not read as the text before. Two passages about a text reaching a party compare
// only where they may speak of one state of it.

import { TEXT_NOUNS } from './lexicon.ts';
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
// A sentence that tells a text's giving or getting without naming it ("It was sent to both
// delegations on the 13th", "Tanorua says it received the text on Sunday").
const GIVING =
  /\b(?:sent|sending|received|receiving|shown|transmitted|delivered|handed|given|seen|reached|arrived|went out|forwarded|shared)\b/i;
// A text named with an indefinite article is one of its own, not the one named before: "a text that
// was never shown to us", "a non-paper shown to the council in February". A copy is of the text
// named before: "a paper copy was delivered to each embassy".
const INDEFINITE =
  /\b(?:a|an|another|any)\s+(?:[\w-]+\s+){0,2}?(?:non-paper|text|draft|plan|paper|document|proposal|version|framework)\b(?!\s+cop(?:y|ies)\b)/i;
// Such sentences whose source named the text last, before them, as the revised one.
const afterRevised = new WeakSet<Passage>();

/**
 * Notes, for each passage naming the text by a bare noun ("the framework"), whether its source
 * last named a text by that noun as a revised one. Asked once per linking.
 */
export function noteTextStates(docs: LinkDocument[], passages: Passage[]): void {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  for (const p of passages) {
    const text = texts.get(p.source);
    if (text === undefined || REVISED.test(p.text)) continue;
    const bare = BARE.exec(p.text);
    const giving = GIVING.test(p.text) && !INDEFINITE.test(p.text);
    if (!bare && !giving) continue;
    const noun = bare ? bare[1]!.toLowerCase().replace(/s$/, '') : undefined;
    const before = text.slice(Math.max(0, p.span[0] - REACH), p.span[0]);
    // The last text named before: by the same noun for a bare one, by any for a giving unnamed.
    let last: RegExpExecArray | undefined;
    for (const m of before.matchAll(MENTION))
      if (noun === undefined || m[0].toLowerCase().replace(/s$/, '') === noun) last = m;
    if (!last || !REVISING.test(before.slice(Math.max(0, last.index - 40), last.index))) continue;
    if (bare) inherited.add(p);
    if (giving) afterRevised.add(p);
  }
}

/**
 * Whether a passage tells a text's giving without naming it, its source having last named the
 * revised text before it: a document tells of the text it last named, so "it was sent on the
 * 13th" after "the revised text" is the revised text's giving.
 */
export const givingAfterRevised = (p: Passage): boolean => afterRevised.has(p);

/**
 * Whether a passage speaks of the revised text (true), of the one before (false), or of a text
 * that may be either (undefined): one pointed back to, or one its source last named as revised
 * (the size or the day another source gives it may name that same text in other words).
 */
export function revisedState(p: Passage): boolean | undefined {
  if (REVISED.test(p.text)) return true;
  return POINTED.test(p.text) || inherited.has(p) ? undefined : false;
}
