// Limits named by their noun and their day, as wires and briefings put them beside "deadline":
// "the President's March 22 ultimatum", "the initial target of 20 March", "the date of April 30",
// "the target was the 20th", "the deadline, extended by Norland last week to April 2". Each is
// a deadline on the day it names; a noun without a day beside it ("an ultimatum") is none.
import type { Accept } from './callWording.ts';
import { DAY_OF_MONTH } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

// A day of a month, or its ordinal alone ("the 22nd").
const DAY_OR_ORDINAL = `(?:${DAY_OF_MONTH}|(?:the )?\\d{1,2}(?:st|nd|rd|th)\\b)`;

// "the March 22 ultimatum", "an ultimatum that runs out on 22 March", "an ultimatum to 22 March".
// Not "issued an ultimatum on 3 March": "on" alone tells the day it was given, not its limit.
const ULTIMATUM = new RegExp(
  `\\bultimatums?\\b(?<=${DAY_OR_ORDINAL}(?:['’]s)? ultimatums?)|\\bultimatums?\\b(?=[^.;]{0,40}?\\b(?:by|until|till|to|of|(?:expires|expired|expiring|runs out|ran out|ends|ended|lapses|lapsed)(?: on)?) (?:the )?${DAY_OR_ORDINAL})`,
  'gi',
);
// "the initial target of 20 March", "the date of April 30", "the target was the 20th", "the new
// target is now 2 April": a limit's noun with its day after a copula or "of".
const TARGET_OF = new RegExp(
  `\\b(?:target|date|deadline)\\b(?<=\\b(?:the|its|their|our|an?) (?:(?:initial|original|first|new|revised|current|agreed|official|latest|earlier|previous|old) )?(?:target|date|deadline))(?= (?:of|was|is|is now|was then|had been|has become|became|will be|remains) (?:the )?${DAY_OR_ORDINAL}\\b)`,
  'gi',
);
// "the deadline, extended by Norland last week to April 2": the move's agent and its day of
// telling stand between the verb and the new day.
const EXTENDED_BY = new RegExp(
  `\\b(?:extended|moved|pushed back|postponed|put back|brought forward|shifted)(?<=\\b(?:deadline|date|target|ultimatum)\\b[^.;]{0,60}) by [^.;]{1,40}? (?:to|until|till) (?:the )?${DAY_OR_ORDINAL}`,
  'gi',
);

// A limit in a question that supposes it ("Is the Department planning around the 22nd?") is the
// asker's: the engine reads it, the others read it as told. Nothing to decline here yet.
const any: Accept = () => true;

export const LIMIT_NOUNS: [EventClaimKind, RegExp, string[], Accept][] = [
  ['deadline', ULTIMATUM, ['ultimatum'], any],
  ['deadline', TARGET_OF, ['target', 'date', 'deadline'], any],
  [
    'deadline',
    EXTENDED_BY,
    ['extend', 'mov', 'push', 'postpon', 'put back', 'brought forward', 'shift'],
    any,
  ],
];
