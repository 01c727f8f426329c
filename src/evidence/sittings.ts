// A body's sitting told by what happened in it on a day, without the word "meeting": "This morning
// in the Security Council our representative spoke", "put it to the Security Council on Tuesday",
// "the Foreign Affairs Council today tasked the High Representative", "the Union's foreign ministers
// on Monday asked ...", "ministers voted on Monday". A council or its ministers act together only
// when they sit; the day said beside them is the sitting's. Without a day ("the Council has long
// asked", "in the Security Council resolution") it is the body, not a sitting.

import { WEEKDAY as DAY } from './lexicon.ts';

const WHEN = `(?:today|yesterday|this (?:morning|afternoon|evening)|last (?:week|night)|on ${DAY})`;
// The acts of a body that sits to do them.
const ACTS = '(?:tasked|voted|asked|mandated|instructed|called on|requested|agreed to)';
const BODY = '(?:council|assembly|cabinet|ministers)';
// A chamber or council by name: "the Security Council", "the Parliamentary Assembly".
const CHAMBER = '(?:council|assembly|parliament|senate)';

/** The trigger pattern's source: a body acting on a day, or a chamber a day's words were said in. */
export const SITTING_SOURCE = [
  `\\b${BODY}(?=,? ${WHEN},? ${ACTS}\\b| ${ACTS}\\b[^.;]{0,12}?\\b${WHEN}\\b)`,
  `\\b(?:in|at|to|before) the (?:[\\w-]+ ){0,3}${CHAMBER}\\b(?=,? ${WHEN}\\b)|\\b(?:in|at|to|before) the (?:[\\w-]+ ){0,3}${CHAMBER}\\b(?<=\\b${WHEN},? (?:in|at|to|before) the (?:[\\w-]+ ){0,3}${CHAMBER})`,
].join('|');
/** Words one of which every match holds, for the trigger scan. */
export const SITTING_WORDS = ['council', 'assembly', 'cabinet', 'ministers', 'parliament', 'senate'];

// The chamber is named, with capitals: "the Security Council", not "the council of elders" or "the assembly line".
const NAMED_CHAMBER =
  /^(?:in|at|to|before) the (?:[A-Z][\w-]* ){0,3}(?:Council|Assembly|Parliament|Senate)\b/;

/** The test past the case-blind pattern: a chamber the words were said in is named with capitals. */
export const acceptSitting = (sentence: string, at: number): boolean => {
  const rest = sentence.slice(at, at + 80);
  return !/^(?:in|at|to|before) /i.test(rest) || NAMED_CHAMBER.test(rest);
};
