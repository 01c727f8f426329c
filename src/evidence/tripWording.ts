// Trips as briefings and wires word them beside "travel to" and "visit": someone "went to
// Lindau", "will go to Osterby next week", "is due in Lindau on Thursday" (a guest expected).
// The place is a town or a country by its capital; not a body a text goes to ("go to
// Parliament"), a month ("due in March") or a thing that goes somewhere ("the text went to").
import type { Accept } from './callWording.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

const GO =
  /\b(?:went|go|goes|going|gone|(?<=\b(?:is|are|was|were|be|been|being) )due) (?:on |back |straight )?(?:to|in) /gi;

// A capitalised word that names no place: a month, a day, a body, a pronoun that opens a clause.
const NOT_A_PLACE = new RegExp(
  String.raw`^(?:${MONTH_NAME}|${WEEKDAY_NAME}|Parliament|Congress|Senate|Court|Council|Cabinet|Committee|Assembly|War|Press|Print|Plan|The|This|That|It|A|An)\b`,
);
const PLACE = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+/;
// Who goes: a person or a party's team, not a text, a vote or a case ("the text will go to"), a
// thanks or a prize given ("our thanks go to Norland", "the award went to Kostal"), nor an occasion
// held somewhere ("the next round is due in Fjellby": the talks' own pattern reads it).
const THING_BEFORE =
  /\b(?:it|this|that|text|draft|document|framework|plan|proposal|matter|case|bill|question|issue|file|money|aid|funds?|vote|decision|deal|agreement|accord|letter|request|thanks|gratitude|appreciation|credit|praise|thoughts|prayers|condolences|sympathies|prize|award|medal|honou?r|title|seat|contract|talks|round|meeting|summit|session|conference|negotiations|signing|ceremony)\s+(?:(?:will|would|shall|could|can|may|might|must|should|then|now|also|first|later|later on|has|have|had|is|are|was|were|be|been|not)\s+){0,3}$/i;
// "go to" in its other senses: "go to war", "went to great lengths", "going to the polls".
const GOING_TO_VERB = /\bgoing to\s+$/i;

// "Next we'll go to Isaac Fenwick": a moderator turning to a questioner.
const TURN_BEFORE = /\b(?:next|now|then|let['’]s|let me|I['’]ll|we['’]ll)\s+$/i;

const VAGUE_PERIOD = new RegExp(
  String.raw`^,? (?:in|by) (?:early|mid|late|the (?:first|second|last|coming)|the (?:spring|summer|autumn|fall|winter)|${MONTH_NAME}\b)`,
  'i',
);

const trip: Accept = (sentence, at, word) => {
  // A question asks whether someone will go; it reports no trip ("Will you go to Lindau?").
  if (/\?\s*$/.test(sentence)) return false;
  const after = sentence.slice(at + word.length);
  const place = PLACE.exec(after)?.[0];
  if (!place || NOT_A_PLACE.test(after)) return false;
  // "due in Drava in early April": expected within a period, which tells no day of a trip.
  if (/^due/i.test(word) && VAGUE_PERIOD.test(after.slice(place.length))) return false;
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (THING_BEFORE.test(before) || TURN_BEFORE.test(before)) return false;
  // "is due in Lindau": a guest expected; "due" alone before a town is no trip of a text.
  if (/^due/i.test(word) && !/\b(?:is|are|was|were|be)\s+$/i.test(before)) return false;
  return !GOING_TO_VERB.test(`${before}${word}`.replace(/ to $/, ' to '));
};

export const TRIP_WORDING: [EventClaimKind, RegExp, string[], Accept][] = [
  ['visit', GO, ['went', 'go', 'due'], trip],
];
