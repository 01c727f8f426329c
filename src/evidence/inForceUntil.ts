// An arrangement in force until a day is a limit on that day, as wires, briefings and joint
// statements put a truce, a standstill or a mandate: "the ceasefire runs until 2 May", "the
// standstill should now run till the 9th of June", "the pause runs to May 6", "the sides will extend
// the ceasefire on the river until 6 May". Not an event that lasts until a day ("the talks are due to run
// until Wednesday"), nor a text's length or a year ("ran to twenty points", "running until 2065").
import type { Accept } from './callWording.ts';
import { DAY_OF_MONTH, MONTH, WEEKDAY } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

const UNTIL_DAY = `(?:until|till|to|through) (?:the )?(?:${DAY_OF_MONTH}|\\d{1,2}(?:st|nd|rd|th) of ${MONTH}|(?:next )?${WEEKDAY})\\b`;
const RUNS_UNTIL = new RegExp(
  `\\b(?:runs?|ran|running)\\b(?= (?:now |only )?${UNTIL_DAY})|\\bextend(?:s|ed|ing)?\\b(?=[^.;]{1,60}? (?:until|till) (?:the )?(?:${DAY_OF_MONTH}|\\d{1,2}(?:st|nd|rd|th) of ${MONTH})\\b)`,
  'gi',
);

// What lasts until a day without being held to it: an occasion, whose end is its own.
const OCCASION =
  /\b(?:talks|negotiations|round|session|sitting|meeting|summit|conference|consultations|visit|trip|tour|hearing|plenary|debate|exercise|festival|exhibition|campaign)s?\b/i;

const arrangementHeld: Accept = (sentence, at, word) => {
  // The subject of "runs", in its own clause; the object of "extend", up to its day.
  const clause = /^extend/i.test(word)
    ? (sentence.slice(at).split(/ (?:until|till) /i)[0] ?? '')
    : (sentence
        .slice(Math.max(0, at - 80), at)
        .split(/[.;:,]/)
        .pop() ?? '');
  return !OCCASION.test(clause);
};

export const IN_FORCE_UNTIL: [EventClaimKind, RegExp, string[], Accept] = [
  'deadline',
  RUNS_UNTIL,
  ['run ', 'runs', 'ran ', 'running', 'extend'],
  arrangementHeld,
];
