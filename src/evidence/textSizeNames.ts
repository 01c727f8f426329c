// One text's size told under two of its names: "the 14-point agreement" and "a fifteen-point
// document", "the 20-point framework" and "a text of twenty points". The text under negotiation is
// a framework to one source, an agreement, a document or a draft to another; its size is one count
// however it is named. A counter-proposal, a statement or a paper (a party's or a body's own, often
// with no possessive: "the seven-point paper adopted by the Union") is another text.
import type { Quantity } from './numbers.ts';
import { sizesText } from './textParts.ts';

// The names of the text itself, as meaning.ts folds them ("framework", "plan", "text", "document" → draft).
const NAMES_OF_THE_TEXT = new Set(['draft', 'agreement', 'version', 'memorandum']);
// As written: the names a sentence calls the text it sizes by.
const TEXT_CALLED = /^(?:plan|draft|text|document|framework|agreement|version|memorandum|accord|treaty)s?$/;

/** Whether a size names its text, and by one of the text's own names: "two points" names none. */
const namedAsTheText = (q: Quantity): boolean =>
  q.which !== undefined && q.which.length > 0 && q.which.every((w) => NAMES_OF_THE_TEXT.has(w));

/**
 * Whether two counts size one text under two of its names: both of its provisions, in one unit,
 * neither a part nor a rate, and each naming the text as the text itself.
 */
export const oneSizeTwoNames = (x: Quantity, y: Quantity): boolean =>
  sizesText(x) &&
  sizesText(y) &&
  x.unit === y.unit &&
  x.part === y.part &&
  x.rate === y.rate &&
  namedAsTheText(x) &&
  namedAsTheText(y);

/** Whether each of two sets of text nouns (as written, singular) names the text itself: both may be of one text. */
export const bothNameTheText = (a: Set<string>, b: Set<string>): boolean =>
  a.size > 0 && b.size > 0 && [...a, ...b].every((n) => TEXT_CALLED.test(n));
