// A limit moved, in the words official texts and wires use beside the ones events.ts reads ("the
// deadline was moved to 20 March"): the verb before the limit ("moved the date to 20 March", "we've
// agreed to extend the period for responses to March 22nd"), a period or time-frame moved from one
// day to another ("the period for signing has been extended from 20 April to 27 April": the day it
// now has), and a limit said in the sentence before and moved by a pronoun ("The deadline was 14
// March. It was moved, a few days later, to 21 March."). Each is a deadline on the day it goes to.

import type { FoundDate } from './dates.ts';
import { WEEKDAY as DAY, MONTH } from './lexicon.ts';

const TO_DAY = `(?: (?:the )?(?:${DAY}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}|the \\d{1,2}(?:st|nd|rd|th)))`;
const MOVE =
  '(?:mov(?:e|ed|es|ing)|extend(?:s|ed|ing)?|push(?:es|ed|ing)?(?: back)?|postpon(?:e|ed|es|ing)|put back|brought forward|shift(?:s|ed|ing)?)';
// Who moves a limit, told in the active voice ("They moved it", "We have extended it"), read at
// a sentence's start.
const WHO_MOVES = '(?:they|we|he|she|the mediators|the hosts)';
const MOVED_BY_SOMEONE = `^${WHO_MOVES} (?:have |has |had |just |then |now ){0,2}${MOVE} it\\b`;
// What is moved: a limit by one of its names.
const LIMIT = '(?:deadline|date|target date|time ?limit|period|time-?frame)';

const GIVE = '(?:gave|give|gives|giving|given|granted|grants?|allowed|allows?)';
const MORE_TIME = '(?:another|an extra|a further|(?:a little |some )?more) (?:weeks?|days?|time|hours)';

/** The trigger pattern's source: the three wordings, each matched at the verb or the "to" of its day. */
export const MOVED_LIMIT_SOURCE = [
  // "moved the date to 20 March", "extend the period for responses to March 22nd".
  `\\b${MOVE}(?: again)? (?:the |its |their |this )?(?:[\\w-]+ )?${LIMIT}\\b(?= (?:[^.;]{0,120}? )?(?:to|until|till)${TO_DAY})`,
  // "the period ... has been extended from 20 April to 27 April": read at the day it goes to.
  `\\b(?:to|until)(?=${TO_DAY})(?<=\\b(?:period|time-?frame)\\b[^.;]{0,80}?\\b${MOVE}\\b[^.;]{0,40}? (?:to|until))`,
  // "gave both sides another week, to Friday 29 March", "granted the parties more time, until 2 May":
  // more time given runs to the day named, a limit moved there. Read at the day it goes to.
  `\\b(?:to|until|till)(?=${TO_DAY})(?<=\\b${GIVE} (?:[\\w'’-]+ ){0,4}?${MORE_TIME},? (?:to|until|till))`,
  // "It was moved, a few days later, to 21 March": its limit is the previous sentence's.
  `^(?:it|this) (?:was|has been|had been|is being|will be) ${MOVE}\\b(?=[^.;]{0,40}? (?:to|until|till)${TO_DAY})`,
  // "They moved it one week, from the 22nd to the 29th", "We have extended it to Friday": the same,
  // told in the active voice by whoever moved it.
  `${MOVED_BY_SOMEONE}(?=[^.;]{0,40}? (?:to|until|till)${TO_DAY})`,
].join('|');
/** Words one of which every match holds, for the trigger scan. */
export const MOVED_LIMIT_WORDS = [
  'mov',
  'extend',
  'push',
  'postpon',
  'put back',
  'brought forward',
  'shift',
  'gave',
  'give',
  'grant',
  'allow',
];

// "the date for signature is 20 March", "the new deadline is now Friday": the day the limit is said to be.
// A relative clause between may tell the day it had ("the deadline, which had been set for
// tomorrow, will now be Friday 29 March"): the day past the copula is the one it has.
const IS_THE_DAY =
  /^(?:(?:the|a|as) (?:[\w-]+ )?)?(?:date|deadline)\b[^.;,]{0,60}?(?:, (?:which|that) [^.;,]{1,60},)?\s*\b(?:is|was|will (?:now )?be|has been|had been|becomes|remains)\s+(?:now\s+|still\s+)?(?:set (?:for|at)\s+)?(?:on\s+)?$/i;

const MOVED_AT = new RegExp(`^${MOVE}\\b`, 'i');
// The limit read at its noun, the move's verb before it: "pushed back the deadline for … to March 28".
const LIMIT_AT = new RegExp(`^${LIMIT}\\b`, 'i');
const MOVED_BEFORE = new RegExp(`\\b${MOVE}(?: again)? (?:the |its |their |this )?(?:[\\w-]+ )?$`, 'i');
// The limit the subject of its move: "the deadline was moved, first to the 29th".
const MOVED_AFTER = new RegExp(
  `^(?:deadline|date|time ?limit)\\b[^.;,]{0,50}?\\b(?:was|were|has been|have been|had been|is|are|will be) ${MOVE}\\b`,
  'i',
);
// "They moved it ... to": the active move by a pronoun, read at the sentence's start.
const MOVED_BY_WHOM = new RegExp(MOVED_BY_SOMEONE, 'i');
const TO_BEFORE = /\b(?:to|until|till)\s+(?:the\s+)?$/i;

/**
 * The day a limit is said to be, where the nearest day is not it: past the copula of "the date for
 * signature is 20 March", and the day a limit is moved to ("extended the period from 20 April to 27
 * April"), not the one it had.
 */
export function dayNamedAsTheLimit(sentence: string, dates: FoundDate[], at: number): FoundDate | undefined {
  const moved =
    MOVED_AT.test(sentence.slice(at, at + 20)) ||
    (LIMIT_AT.test(sentence.slice(at, at + 20)) &&
      MOVED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) ||
    MOVED_AFTER.test(sentence.slice(at, at + 80)) ||
    (at === 0 && MOVED_BY_WHOM.test(sentence));
  const day = dates.find(
    (d) =>
      !d.vague &&
      d.index > at &&
      (moved
        ? d.index - at < 200 && TO_BEFORE.test(sentence.slice(Math.max(at, d.index - 10), d.index))
        : IS_THE_DAY.test(sentence.slice(at, d.index))),
  );
  return moved && day ? lastStep(sentence, dates, day) : day;
}

// A move told in steps: "moved, first to the 29th and then, for us, to the 1st of April".
export const THEN_TO =
  /^,?\s+(?:and\s+)?(?:then|later|again|subsequently)\b[^.;]{0,30}?\b(?:to|until)\s+(?:the\s+)?$/i;

/** The day a limit moved in steps ends on: the last of the days each "then to" adds. */
function lastStep(sentence: string, dates: FoundDate[], first: FoundDate): FoundDate {
  let day = first;
  // Walked from the first day on, and only while the steps go on: a sentence may hold thousands.
  for (let i = dates.indexOf(first) + 1; i < dates.length; i++) {
    const next = dates[i]!;
    if (next.vague) continue;
    if (!THEN_TO.test(sentence.slice(day.index + day.text.length, next.index))) break;
    day = next;
  }
  return day;
}

const BY_PRONOUN = new RegExp(`^(?:it|this)\\b|^${WHO_MOVES} [^.;]{0,30}\\bit\\b`, 'i');
const LIMIT_SAID = /\b(?:deadline|(?:target )?date|time ?limit|ultimatum|period|time-?frame)\b/i;

/**
 * Whether the moved limit at `at` stands: one moved by a pronoun needs a limit named in the sentence
 * before ("It was moved to 21 March" after "The date for the initialling was 14 March"); "It was
 * moved to 21 March" after "The meeting was in Fjellby" is the meeting's, which rescheduled.ts reads.
 */
export const limitMovedStands = (sentence: string, at: number, previous: string): boolean =>
  at !== 0 || !BY_PRONOUN.test(sentence) || LIMIT_SAID.test(previous);
