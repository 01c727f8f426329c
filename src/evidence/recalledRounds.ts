// A round of talks recalled by where and when it sat: "following the talks in Eskvik last
// weekend", "since the round at Kerrow Lodge last month". It is named to place another act in time,
// yet with its own place and time it is an occasion the text reports, one that happened, which other
// sources tell in their own words. Named by its place alone ("after the talks in Ossel") it stays a
// reference: such a phrase mostly dates a text, and the round it recalls is told elsewhere.
import { MONTH, WEEKDAY } from './lexicon.ts';

const RECALLED_BEFORE =
  /\b(?:after|following|since|follow-up to)\s+the\s+(?:(?:first|second|third|fourth|last|latest|previous|recent)\s+)?$/i;
const ROUND_WORD = /^(?:talks|negotiations|discussions|round)$/i;
// "in Eskvik last weekend", "at Kerrow Lodge last month": a name, not a month or a weekday, then
// a time said in the past right after it.
const PLACE_AND_TIME = new RegExp(
  `^(?: of (?:talks|negotiations))? (?:in|at) (?:the )?(?!(?:${MONTH}|${WEEKDAY})\\b)[A-Z\u00C0-\u00DE][\\w'’-]*(?: [A-Z\u00C0-\u00DE][\\w'’-]*){0,2} (?:last|over the|at the|earlier this|late last) (?:weekend|week|month)\\b`,
);

/** Whether the round word `word`, between `before` and `after`, recalls a round by its place and time. */
export const recalledByPlace = (before: string, word: string, after: string): boolean =>
  ROUND_WORD.test(word) && RECALLED_BEFORE.test(before) && PLACE_AND_TIME.test(after);

/** Whether the trigger word at `at` in `sentence` recalls a round by its place and time. */
export function recalledAt(sentence: string, at: number): boolean {
  // The word first: most triggers are no round, and need no slice of the sentence.
  const word = /^\w*/.exec(sentence.slice(at, at + 16))![0];
  return (
    ROUND_WORD.test(word) &&
    recalledByPlace(sentence.slice(Math.max(0, at - 60), at), word, sentence.slice(at + word.length))
  );
}

// A day is the recalled round's own only when it follows the round within its phrase, before any
// comma: "after the talks in Eskvik last weekend", not "after the talks in Eskvik last week, sent on 9 May".
const OWN_PHRASE = /^[^,;:.]{0,60}$/;

/** Whether the day written at `day` belongs to the round recalled at `at`. */
export const recalledRoundsDay = (sentence: string, at: number, day: number): boolean =>
  day > at && OWN_PHRASE.test(sentence.slice(at, day));
