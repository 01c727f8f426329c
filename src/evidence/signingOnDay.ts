// A signing told by its day alone, without the accord's name or a verb of holding: "a signing on
// June 24", "the signing, now expected on July 1", "the signing is now the first of April", "has
// proposed 1 October for the signing", "moved, the replies to 20 September, the signing to 1
// October". Wires, briefings and posts name a planned signing this way; it is the signing (a
// meeting). The day must follow the word or frame it: "signing on behalf of", "signing on to the
// declaration" and "the signing of three protocols" name none. A trigger pattern of events.ts
// (its word: 'sign').

import { WEEKDAY } from './lexicon.ts';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const ORD = '\\d{1,2}(?:st|nd|rd|th)?';
const ORD_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie|thirtie)th|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))';
// A day: "June 24", "24 June", "the 28th", "the first of July", "Friday".
export const DAY_SOURCE = `(?:(?:next |this )?${WEEKDAY}\\b|${ORD} ${MONTH}(?!\\w)|${MONTH} ${ORD}\\b|the ${ORD}\\b(?! (?:century|round|session|meeting|anniversary))|(?:the )?(?:${ORD}|${ORD_WORD}) of ${MONTH}(?!\\w))`;

// Before the day: what holds the signing to it.
const ON_DAY = `on (?:the )?(?=${DAY_SOURCE})`;
const HELD_FOR = `,? (?:(?:is|was|will be|would be|has been) )?(?:(?:now|still|then|provisionally|tentatively) )?(?:expected|planned|scheduled|set|due|pencil(?:l)?ed in|slated|foreseen|fixed)(?: (?:on|for))? (?:the )?(?=${DAY_SOURCE})`;
const IS_DAY = ` (?:is|was|will be) (?:now |still |then )?(?:on )?(?=${DAY_SOURCE})`;
const PROPOSED_FOR = `(?:proposed|suggested|set|fixed|named|chosen|chose|picked|offered) (?:the )?${DAY_SOURCE} (?:as the date )?for (?:the |a )?signing`;
const MOVED_LIST =
  '\\b(?:moved|postponed|pushed back|put back|delayed|shifted)\\b[^.;]{0,80}, (?:the )?signing';

// The day it had, only where the sentence goes on to the one it has ("The signing, originally
// planned for 24 March, is now expected on 30 March"): alone, "The signing was first pencilled in
// for 30 May" is the signing's past, which a later sentence moves.
const HAD_THEN_HAS = `,? (?:(?:is|was|had been) )?(?:originally|initially|first) (?:expected|planned|scheduled|set|pencil(?:l)?ed in|slated|foreseen)(?: (?:on|for))? (?:the )?${DAY_SOURCE}[^.;]{0,40}?\\b(?:now|moved|postponed|pushed back|put back|delayed|instead)\\b`;
// Not a signing of an old plan ("The original timetable foresaw ... a signing on 24 September"),
// nor one told as the target, which is the limit (signingTargets.ts).
const NOT_HELD =
  '(?<!\\b(?:original|initial|old|earlier|first|previous) (?:timetable|plan|schedule|calendar)\\b[^.;]{0,80})(?<!\\btarget (?:was|is|would be|will be) (?:a |the )?)';

export const SIGNING_ON_DAY = new RegExp(
  `${NOT_HELD}\\bsigning(?= (?:${ON_DAY})|${HELD_FOR}|${HAD_THEN_HAS}|${IS_DAY})|\\bsigning\\b(?<=${PROPOSED_FOR})|\\bsigning(?<=${MOVED_LIST})(?= to (?:the )?${DAY_SOURCE})`,
  'gi',
);
