// Who holds the text, told without a verb of giving: "we have the text", "both delegations have
// the draft in hand", "the draft has been with both delegations since 4 March", "all parties
// received the draft on 4 March"; and who does not: "no one has shown us the document",
// "nobody has sent us any text", "we learned of the plan from the press" (a text learnt of from
// the media was not handed over). Ministries, envoys and posts tell a text's reaching a party in
// these words as often as in "transmitted to"; textDelivery.ts reads the verbs of giving.

import { TEXT_NOUNS } from './lexicon.ts';
import { allMatches } from './regex.ts';

/** Where a holder stands in a sentence, and whether it holds the text. */
export interface Holding {
  /** Index of the verb: the holder is its subject (read by the caller) unless `who` says. */
  at: number;
  has: boolean;
  /** The holders, where the words name them after the verb ("with both delegations", "us"). */
  who?: string;
}

// "We have the text", "Torvania has the revised draft in hand", "we do not have the document";
// not "have the text of Article 6" (a part), "have a plan to" (an intention).
const HAVE = new RegExp(
  String.raw`\b(?:(?:do|does|did)(?: not|n['’]t) have|(?:has|have|had)(?: not| never|n['’]t)?(?: yet)?(?: now| already)?(?: had)?)\s+(?:the|this|a|any|our|their)\s+(?:[\w-]+\s+){0,2}?(?:${TEXT_NOUNS})\b(?!\s+(?:to|for|of (?:article|clause|point|paragraph|annex)s?)\b)`,
  'gi',
);
// "The draft has been with both delegations since 4 March", "the text is now with Kessel".
const WITH = new RegExp(
  String.raw`\b(?:${TEXT_NOUNS})\s+(?:has been|have been|is|are|was|were)(?: now| already)? with\s+`,
  'gi',
);
// "No one has shown us the document", "nobody sent us any text": the one named after the verb.
const NO_ONE =
  /\b(?:no one|no-one|nobody)\s+(?:has |had |have )?(?:yet )?(?:shown|showed|given|gave|sent|handed|passed|provided)\s+(us|them|it|\p{Lu}[\p{L}-]+)\b/giu;
// "We learned of the plan from the press", "first heard about the document in the media".
const FROM_PRESS =
  /\b(?:learn(?:ed|t)|heard|found out)\s+(?:(?:of|about)\s+)?(?:it|the|this|that)\b[^.;:!?]{0,40}?\b(?:from|in|through)\s+(?:the\s+)?(?:press|media|newspapers?|news(?:papers)?|reports?|leaks?|internet|social media)\b/gi;
const DENIED = /(?:\bnot|\bnever|n['’]t)\b/i;
// A hostile run repeating one phrase is read no further than a sentence's worth.
const READ = 4;

// Cheap: a sentence with none of these words tells no holding in them.
const CUE = /\b(?:have|has|had|with|no one|no-one|nobody|learn(?:ed|t)|heard|found out)\b/i;

/** The holdings a sentence that names the text tells in these words. */
export function holdings(text: string): Holding[] {
  if (!CUE.test(text)) return [];
  const found: Holding[] = [];
  for (const m of allMatches(HAVE, text).slice(0, READ)) found.push({ at: m.index, has: !DENIED.test(m[0]) });
  for (const m of allMatches(WITH, text).slice(0, READ))
    found.push({
      at: m.index,
      has: true,
      who: text.slice(m.index + m[0].length, m.index + m[0].length + 60),
    });
  for (const m of allMatches(NO_ONE, text).slice(0, READ))
    found.push({ at: m.index, has: false, who: m[1]! });
  for (const m of allMatches(FROM_PRESS, text).slice(0, READ)) found.push({ at: m.index, has: false });
  return found;
}
