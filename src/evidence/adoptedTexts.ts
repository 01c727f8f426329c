// A bloc, a government or its ministers adopting a text, or deciding, on a day or in a place of its
// own is their sitting: "the proposal adopted by the League in Tizmirt last week", "the nine-point
// paper adopted in Dunraven this morning", "Last Wednesday the League adopted a proposal of its
// own", "The Five adopt a ten-point counter-proposal in Dunraven", "as Aragosa decided on Tuesday".
// A "council" or "cabinet" that adopts is read by the body's own pattern (events.ts); a stance
// adopted ("adopted a harder line") is no text, and a text adopted in a year only ("the Principles
// adopted in Ntalaba in 2029") is history, not an occasion the document reports. A statement or a
// communiqué adopted is the statement's own event, and an adoption to come ("will adopt the
// resolution today") is announced, not reported.
import type { Accept } from './callWording.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

const ADOPTION = /\badopt(?:s|ed)?\b|\bdecided\b/gi;

const DAY = WEEKDAY_NAME;
const MONTH = MONTH_NAME;
// When, said right beside the verb: "on Monday", "last week", "this morning", "on 14 May".
const WHEN = `(?:today|yesterday|(?:earlier )?this (?:morning|afternoon|evening|week)|last (?:night|week|${DAY})|on (?:${DAY}|the \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})|${DAY})\\b`;
// Where: a town by its capital, not a month, nor a place of long ago ("in Ntalaba in 2029").
const WHERE = `in (?!${MONTH}\\b)[A-Z\\u00C0-\\u00DE][\\w'’-]+\\b(?!,? (?:in|of) \\d{4})`;
const TEXT =
  '(?:(?:counter-?)?proposals?|counter|papers?|plans?|texts?|conclusions|resolutions?|positions?|framework|decisions?|mandates?|roadmap|documents?|principles|package|funds?)';
// Who adopts, named after "by": "by the Marjan League", "by the Security Council of the Assembly of Nations".
const BY_WHOM = `(?: by (?:the )?[A-Z\\u00C0-\\u00DE][\\w'’-]*(?: (?:of (?:the )?)?[A-Z\\u00C0-\\u00DE][\\w'’-]*){0,5})?`;
// A body by what it is, or the sitting itself: "by the ministerial council", "at an extraordinary
// ministerial council", "at its summit".
const BODY = '(?:council|assembly|cabinet|summit|meeting|session|sitting|conference)';
const BY_THE_BODY = `(?: by the (?:[\\w'’-]+ ){0,3}${BODY}\\b| at (?:an?|the|its|their) (?:[\\w'’-]+ ){0,3}${BODY}\\b)`;
// "paper adopted in Kessel", "was adopted in Kessel on Monday", "adopted by the Union in Fjellby",
// "adopted at a special council of ministers on 9 June".
const ADOPTED_AT = new RegExp(`^(${BY_THE_BODY}|${BY_WHOM}),? (?:${WHERE}|${WHEN})`);
// A name in who adopted: "by the Security Council", "at the Lindau summit" (not "by the ministerial council").
const NAME = /[A-Z\u00C0-\u00DE]/;
// The text adopted, named before: "the nine-point paper", "the counter-proposal which the ministers".
const TEXT_BEFORE = new RegExp(
  `\\b${TEXT}(?:,? (?:which|that))?(?: (?:was|were|has been|had been|is|are))?(?: [\\w'’-]+){0,7}?,? $`,
  'i',
);
// The active verb with its text, and where or when: "adopt a ten-point counter-proposal in Dunraven",
// "a plan on Monday", "a proposal on water sharing in Dunraven" (the day is tried before a topic,
// and a topic is taken only with the place or day after it), "a $200 million fund on 14 May".
const ADOPTS_TEXT = new RegExp(
  `^ (?:a|an|the|its|their)(?: [\\w$'’.-]+){0,3}? ${TEXT}\\b(?: of (?:its|their) own)?(?:,?( (?:${WHERE}|${WHEN}))| on [^,.;]{1,40}?,?( (?:${WHERE}|${WHEN})))?`,
);
// "Last Wednesday the Marjan League adopted": when, before the subject that adopts.
const WHEN_BEFORE = new RegExp(
  `(?:${WHEN}),?\\s+(?:the\\s+)?[A-Z\\u00C0-\\u00DE][\\w'’-]*(?:\\s+[A-Z\\u00C0-\\u00DE][\\w'’-]*){0,4}\\s+$`,
  'i',
);
// "The Group today adopted a plan": the verb's own day, right before it, after a name.
const TODAY_BEFORE = /[A-Z\u00C0-\u00DE][\w'’-]*\s+(?:today|yesterday)\s+$/;
const ON_ITS_DAY = new RegExp(`^ ${WHEN}`);
// "as Aragosa decided on Tuesday": a party or a body by its name decides, not "it" or "we".
const NAME_BEFORE = /\b[A-Z\u00C0-\u00DE][\w'’-]+\s+$/;
const PRONOUN = /^(?:It|We|They|He|She|I|This|That|The)$/;

const QUESTION_TURN = /^(?:Q|Question)\s*[-–—:.]/;
// "will adopt", "is expected to adopt", "to decide": an adoption still to come.
const TO_COME = /\b(?:will|would|shall|to|may|might|could|should|['’]ll)\s+$/i;

const adopted: Accept = (sentence, at, word) => {
  const before = sentence.slice(Math.max(0, at - 100), at);
  const after = sentence.slice(at + word.length);
  if (TO_COME.test(before)) return false;
  if (/^decided$/i.test(word)) {
    const subject = NAME_BEFORE.exec(before)?.[0].trim();
    return subject !== undefined && !PRONOUN.test(subject) && ON_ITS_DAY.test(after);
  }
  // "Q - The Pact adopted a counter-proposal last Thursday. What does it contain?": a question
  // recalls the adoption its answer then reports.
  if (QUESTION_TURN.test(sentence)) return false;
  if (/^adopted$/i.test(word) && TEXT_BEFORE.test(before) && ADOPTED_AT.test(after)) return true;
  const active = ADOPTS_TEXT.exec(after);
  return (
    active !== null &&
    ((active[1] ?? active[2]) !== undefined || WHEN_BEFORE.test(before) || TODAY_BEFORE.test(before))
  );
};

/** The trigger of a text adopted, or a decision taken, at a sitting of its own (see above). */
export const ADOPTION_WORDING: [EventClaimKind, RegExp, string[], Accept][] = [
  ['meeting', ADOPTION, ['adopted', 'adopts', 'adopt ', 'decided'], adopted],
];

/**
 * Where the text adopted at `at` names who adopted it, by a name after "by" or "at" ("the
 * resolution, adopted by the Security Council on Monday"): that body sat, not the parties the
 * sentence names around it ("Arvenia welcomed the resolution … and urged Torvania"). The span is
 * the sentence's; undefined for any other adoption, or a body told only by its kind.
 */
export function namedAdopter(sentence: string, at: number): [number, number] | undefined {
  if (!/^adopted\b/i.test(sentence.slice(at, at + 8))) return undefined;
  const by = ADOPTED_AT.exec(sentence.slice(at + 7))?.[1];
  return by && NAME.test(by) ? [at + 7, at + 7 + by.length] : undefined;
}
