// A text told by where and when it was agreed: "the version agreed in Fjellby on 15 March", "the order
// was agreed by both heads of delegation in Kessel on the 7th", "negotiated in Drava last week". News,
// transcripts and posts name a round of talks by what it settled: the place and day of the agreeing
// are the round's. Only with a day: "as agreed in Kessel" recalls an outcome, on no day the text gives
// it. A trigger pattern of events.ts (its words: agreed, negotiated, finalised/finalized; not "settled", whose start
// "set" is another pattern's word).
import type { Accept } from './callWording.ts';
import { MONTH, WEEKDAY } from './lexicon.ts';
import { DAY_SOURCE } from './signingOnDay.ts';

// Who agreed it, between the verb and the place: "by the parties", "between the two delegations".
const BY_WHOM = "(?: (?:by|between) [\\w'’ -]{1,50}?)?";
// The place, one to three words, and a country after a comma: "in Brinvik, Eskermark,".
const PLACE = "[\\w'’-]+(?: [\\w'’-]+){0,2}(?:, [\\w'’-]+(?: [\\w'’-]+)?,)?";
const WHEN = `(?:on (?:the )?(?=${DAY_SOURCE})|last (?:week|month|${WEEKDAY})\\b|(?:earlier )?this (?:week|month)\\b)`;

export const AGREED_IN_PLACE = new RegExp(
  `\\b(?:agreed|negotiated|finali[sz]ed)(?=${BY_WHOM} in ${PLACE} ${WHEN})`,
  'gi',
);
export const AGREED_WORDS = ['agreed', 'negotiated', 'finalised', 'finalized'];

// The place is a name, capitalised, and neither a month, a weekday, a clause of a text nor a manner
// ("agreed in March", "agreed in Article 4 on ...", "agreed in principle").
const NAMED_PLACE = new RegExp(
  `^${BY_WHOM} in (?!(?:${MONTH}|${WEEKDAY}|article|annex|section|paragraph|point|chapter|principle|writing|full|the|a|an|its|their|our|this|that)\\b)[A-Z\\u00C0-\\u00DE]`,
  'i',
);

// "The deadline agreed in Fjellby on 4 March is 31 March": a limit agreed is the limit's event, and
// the day beside it may be the limit's.
const LIMIT_AGREED =
  /\b(?:deadlines?|dates?|targets?|(?:time )?limits?|cut-offs?|timetables?)\s+(?:(?:was|were|had been|has been|as)\s+)?$/i;

/**
 * Whether the place after "agreed" is a name, its first letter a capital (the pattern is
 * case-blind), and what was agreed no limit.
 */
export const acceptAgreedInPlace: Accept = (sentence, at, word) => {
  if (LIMIT_AGREED.test(sentence.slice(Math.max(0, at - 30), at))) return false;
  const after = sentence.slice(at + word.length, at + word.length + 80);
  const m = NAMED_PLACE.exec(after);
  return m !== null && /[A-Z\u00C0-\u00DE]/.test(after[m[0].length - 1]!);
};
