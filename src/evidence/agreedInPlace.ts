// A text told by where and when it was agreed: "the draft agreed in Fjellby on 15 March", "the
// annex negotiated in Drava last week", "the list was agreed by both delegations in Kessel on the
// 7th". News, transcripts and posts name a round of talks by what it settled: the place and day of
// the agreeing are the round's. Only with a day: "as agreed in Kessel" recalls an outcome, on no
// day the text gives it. A trigger pattern of eventTriggers.ts.
import type { Accept } from './callWording.ts';
import { NOT_NAME_WORDS, TEXT_NOUNS, WEEKDAY } from './lexicon.ts';
import { DAY_SOURCE } from './signingOnDay.ts';

// Who agreed it, between the verb and the place: "by the parties", "between the two delegations".
const BY_WHOM = "(?: (?:by|between) [\\w'’ -]{1,50}?)?";
// The place, one to three words, and a country after a comma: "in Kessel, Norland,". No word of
// it is "in" nor holds a digit: "the truce agreed in Kessel in 2029 on 3 March" is no place.
const WORD = "(?!in\\b)[A-Za-z\\u00C0-\\u024F'’-]+";
const PLACE = `${WORD}(?: ${WORD}){0,2}(?:, ${WORD}(?: ${WORD})?,)?`;
const WHEN = `(?:on (?:the )?(?=${DAY_SOURCE})|last (?:week|month|${WEEKDAY})\\b|(?:earlier )?this (?:week|month)\\b)`;
const VERB = '(?:agreed|negotiated|finali[sz]ed)';

export const AGREED_IN_PLACE = new RegExp(`\\b${VERB}(?=${BY_WHOM} in ${PLACE} ${WHEN})`, 'gi');
export const AGREED_WORDS = ['agreed', 'negotiated', 'finalised', 'finalized'];
// The same span read again from the verb, with who agreed and the place captured: the trigger
// pattern is case-blind, and the place's capitals are checked here.
const PARTS = new RegExp(`${VERB}(${BY_WHOM}) in (${PLACE}) ${WHEN}`, 'iy');

// A place is a name in capitals ("Kessel", "the Hague", "Port Vell") that no word opens which
// opens no name (lexicon.ts: a month, a weekday, "Parliament"), and neither a clause of a text, a
// body at home nor a language ("negotiated in English").
const NAME =
  /^\p{Lu}[\p{L}'’-]*(?: (?:of |de |la |le |del )?\p{Lu}[\p{L}'’-]*)*(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?,)?$/u;
const NO_PLACE =
  /^(?:article|annex|section|paragraph|point|chapter|cabinet|senate|congress|assembly|english|french|german|russian|arabic|dutch|greek|latin|\p{L}+(?:ish|ese|ian))$/iu;
const isPlace = (place: string): boolean => {
  const name = place.replace(/^the (?=\p{Lu})/u, '');
  const first = name.split(/[ ,]/)[0]!;
  return NAME.test(name) && !NO_PLACE.test(first) && !NOT_NAME_WORDS.has(first.toLowerCase());
};

// What was agreed makes the agreeing a round of talks only if it is a text ("the draft agreed in
// Kessel"), or if the negotiating sides agreed it ("agreed by both delegations", "between Drava
// and Kessel", "the two sides agreed in"). A budget, a price or sanctions settled somewhere are a
// decision or a purchase, not talks.
const TEXT_AGREED = new RegExp(
  `\\b(?:${TEXT_NOUNS}|annex(?:es)?|wording|clauses?)(?: (?:that|which))?(?: (?:was|were|is|are|had been|has been|have been|as))?(?: (?:first|finally|only|jointly|then|later))? $`,
  'i',
);
const SIDES = /\b(?:parties|sides|delegations|delegates|negotiators|heads of delegation|envoys|mediators)\b/i;
const SIDES_BEFORE = /\b(?:the|both|all) (?:two |three |four )?(?:parties|sides|delegations|negotiators) $/i;
const TWO_NAMED = /^ (?:by|between) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? and (?:the )?\p{Lu}/u;

// "The deadline for replies agreed in Kessel on 4 March is 31 March": a limit agreed is the
// limit's event, and the day beside it may be the limit's.
const LIMIT_AGREED =
  /\b(?:deadlines?|dates?|targets?|(?:time )?limits?|cut-offs?|timetables?)(?: (?:for|of) [\w'’ -]{1,30}?)?\s+(?:(?:was|were|had been|has been|as)\s+)?$/i;

/** Whether what the verb at `at` agreed, in a place by name, was a text or agreed by the sides. */
export const acceptAgreedInPlace: Accept = (sentence, at) => {
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (LIMIT_AGREED.test(before)) return false;
  PARTS.lastIndex = at;
  const m = PARTS.exec(sentence);
  if (!m || !isPlace(m[2]!)) return false;
  const byWhom = m[1]!;
  return (
    TEXT_AGREED.test(before) || SIDES_BEFORE.test(before) || SIDES.test(byWhom) || TWO_NAMED.test(byWhom)
  );
};
