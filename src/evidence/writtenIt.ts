// A text said written as "it": "We wrote it because the plan ignores the villages", after "Our
// paper has nine points." The text written is the one "it" stands for, named in the sentences
// before (textPronoun.ts); a text the same sentence names after the pronoun is another one, set
// against it. Two authors contradict only on one text, so the pronoun's text is the one compared.

import { TEXT_NOUNS } from './lexicon.ts';
import type { Passage } from './passages.ts';
import { textOfIt } from './textPronoun.ts';

// "wrote it", "drafted it", "it was written", "it had been drawn up": "it" the verb's object or subject.
// Not a party's will: "it was prepared to sign", "it is not prepared to accept".
const IT_WRITTEN =
  /\b(?:(?:wrote|write|writes|drafted|prepared|drew up|authored|penned)\s+it\b|it\s+(?:was|were|is|has been|had been)\s+(?:not\s+|never\s+)?(?:[\p{L}-]+ly\s+)?(?:written|drafted|prepared(?!\s+to\b)|drawn up|authored|penned)\b)/iu;
const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS}|(?:counter-?)?proposals?|blueprints?|initiatives?)\\b`, 'i');

/**
 * Where a passage says who wrote "it" before it names any text, the words before it that name the
 * text "it" stands for; undefined where the pronoun is not what is written, or stands for nothing named.
 */
export function writtenItText(p: Passage): string | undefined {
  const written = IT_WRITTEN.exec(p.text);
  if (!written || TEXT.test(p.text.slice(0, written.index))) return undefined;
  return textOfIt(p);
}
