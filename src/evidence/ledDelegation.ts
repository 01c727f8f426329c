// Leading a delegation somewhere is taking part in a round of talks, as ministers tell it to a
// chamber or a post does: "I led our delegation in Kessel from Monday to Wednesday", "Foreign
// Minister Kostal led her country's delegation at Lake Verrin on Monday", "led the delegation on
// 6 March". The round is when, and where, the delegation was led; leading one to a place is a
// trip (tripWording.ts), and who leads a delegation on no day is its head, no occasion ("she has
// led the delegation since 2029", delegationHeads.ts).
import type { Accept } from './callWording.ts';
import { DAY_OF_MONTH, WEEKDAY } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

// "led our delegation", "led his country's delegation", "led the Arvenian negotiating delegation".
const LED =
  /\bled (?:(?:the|our|my|his|her|their|your|its|a|an|[\w'’-]+['’]s?) )?(?:[\w'’-]+ ){0,2}delegations?\b/gi;
// Then the round's day, or its place, with its capital, and its day within the clause: "led the
// delegation in Fjellby for three days" tells where the head was as often as which round it was.
// The place is words in capitals ("in Kessel", "at Lake Verrin"); a delegation led at a games, a
// funeral or an opening ceremony ("at the Kessel Olympics opening ceremony on Friday") was at an
// occasion, no round (talks held there are told by their own word).
const PLACE_AFTER = /^ (?:in|at) (?:the )?[A-Z\u00C0-\u00DE][^,;:.!?]*/;
const OCCASION =
  /^ (?:in|at) (?:the )?(?:(?!(?:on|from|between|for|to|until|and)\b)[\w'’-]+ ){0,3}(?:ceremon(?:y|ies)|funerals?|games|olympics|festivals?|parades?|match(?:es)?|tournaments?|championships?|cup|concerts?|celebrations?|commemorations?|memorials?|weddings?|inaugurations?|coronations?|exhibitions?|fairs?|expos?|marathons?|races?|jubilee|gala|banquet|dinner|reception)\b/i;
// A month with a year is no day ("from March 2029"): a day of the month is one or two digits, whole.
const DAY = `(?:${WEEKDAY}|${DAY_OF_MONTH}|\\d{1,2}(?:st|nd|rd|th)?)\\b`;
const DAY_AFTER = new RegExp(`^ (?:on|from) (?:the )?${DAY}`, 'i');
const DAY_IN_CLAUSE = new RegExp(
  `\\b(?:(?:on|from|between) (?:the )?${DAY}|yesterday|last week|this week)`,
  'i',
);

const ledSomewhere: Accept = (sentence, at, word) => {
  const after = sentence.slice(at + word.length, at + word.length + 80);
  if (DAY_AFTER.test(after)) return true;
  const where = PLACE_AFTER.exec(after);
  return where !== null && DAY_IN_CLAUSE.test(where[0]) && !OCCASION.test(where[0]);
};

export const LED_DELEGATION: [EventClaimKind, RegExp, string[], Accept] = [
  'talks',
  LED,
  ['led '],
  ledSomewhere,
];
