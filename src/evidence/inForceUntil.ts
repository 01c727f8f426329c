// An arrangement in force until a day is a limit on that day, as wires, briefings and joint
// statements put a truce, a standstill or a mandate: "the ceasefire runs until 2 May", "the
// standstill should now run till the 9th of June", "the pause runs to May 6", "the sides will extend
// the ceasefire on the river until 6 May". Only an arrangement is held to a day: a ferry or a road
// that runs until one, a stay or an office's hours extended until one, and an occasion that lasts
// until one ("the talks are due to run until Wednesday") are none, nor a text's length or a year.
import type { Accept } from './callWording.ts';
import { DAY_OF_MONTH, MONTH, WEEKDAY } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

const DAY = `(?:the )?(?:${DAY_OF_MONTH}|\\d{1,2}(?:st|nd|rd|th) of ${MONTH})`;
// "until Friday", but not "to Friday's": a weekday only after "until" and not as a possessive.
const UNTIL_DAY = `(?:(?:until|till) (?:${DAY}|(?:next )?${WEEKDAY}\\b(?!['’]))|to ${DAY}\\b)`;
const IN_FORCE_VERB = new RegExp(
  `\\b(?:runs?|ran|running)\\b(?= (?:now |only )?${UNTIL_DAY})|\\bextend(?:s|ed|ing)?\\b(?=[^.;]{1,60}? (?:until|till) ${DAY}\\b)`,
  'gi',
);

// What is held to a day: the arrangement that runs, or that is extended.
const ARRANGEMENT =
  /\b(?:cease-?fires?|truces?|pauses?|standstills?|moratori(?:um|a)|suspensions?|halts?|freezes?|mandates?|deadlines?|grace period|arrangements?|deals?|agreements?|accords?|ultimatums?|window|embargo(?:es)?)\b/i;
// What lasts until a day without being held to it: an occasion, whose end is its own.
const OCCASION =
  /\b(?:talks|negotiations|round|session|sitting|meeting|summit|conference|consultations|visit|trip|tour|hearing|plenary|debate|exercise|festival|exhibition|campaign)s?\b/i;
// A clause set between commas ("the meeting, which opened on Monday, runs …") is no subject.
const BETWEEN_COMMAS = /,[^,.;:]*,/g;

// "The truce, which runs until 21 March": a relative clause's subject is the clause before it.
const RELATIVE = /^\s*(?:which|that|and)\b/i;
// "It will now run until 13 April": the pronoun's arrangement is told in a sentence before, out of reach.
const PRONOUN =
  /^\s*(?:it|this|that)\s+(?:(?:will|would|should|shall|now|only|still|then|is|was|set|due|to)\s+)*$/i;

const arrangementHeld: Accept = (sentence, at, word) => {
  let held: string;
  if (/^extend/i.test(word)) {
    // The object of "extend", up to its day, or after it ("extended until 13 April a standstill").
    const rest = sentence.slice(at, at + 80);
    held = rest.slice(0, / (?:until|till) /i.exec(rest)?.index);
    if (!/\s\S/.test(held.trim())) held = rest;
  } else {
    // The subject of "runs", in its own clause once any clause between commas is set aside.
    const clauses = sentence
      .slice(Math.max(0, at - 120), at)
      .replace(BETWEEN_COMMAS, ' ')
      .split(/[.;:,]/);
    held = clauses.pop() ?? '';
    if (PRONOUN.test(held)) return true;
    if (RELATIVE.test(held)) held = `${clauses.pop() ?? ''} ${held}`;
  }
  return ARRANGEMENT.test(held) && !OCCASION.test(held);
};

export const IN_FORCE_UNTIL: [EventClaimKind, RegExp, string[], Accept] = [
  'deadline',
  IN_FORCE_VERB,
  ['run ', 'runs', 'ran ', 'running', 'extend'],
  arrangementHeld,
];
