// Sitting down with someone is meeting them, as briefings and wires put it: "sat down with the
// Torvanian envoy at Lake Verrin", "tomorrow the minister sits down with the Arvenians in
// Osterby", "the delegations have sat face to face". With delegations, sides or a people it is a
// round of talks; an interview ("sat down with reporters", "thanks for sitting down with us") is no event.
import type { Accept } from './callWording.ts';
import type { EventClaimKind } from './types.ts';

const SIT =
  /\b(?:sat|sit|sits|sitting)(?: down(?= (?:with|together|in|at|for|on|again|yesterday|today|tomorrow|this|last)\b)| face[- ]to[- ]face| across (?:the|a) table| at (?:the|one|a) (?:same |negotiating )?table)(?! (?:down )?(?:with )?(?:me|us|you|reporters|journalists|the press|the media|our (?:correspondent|reporter)s?)\b)/gi;

// An interview or a show is the occasion of the clause: "sat down with the envoy for an interview".
const INTERVIEW = /^[^.;]{0,60}\b(?:interview|podcast|programme|program|show|exclusive)\b/i;
// Who sits with a round's parties: delegations, sides, negotiators, or a people named in the plural
// ("with the Arvenians"); or two sides as the subject ("the two sides sat down").
const PARTIES_AFTER =
  /^ (?:down )?(?:[\w-]+ ){0,2}(?:with|together)(?: (?:the|both|their|its|his|her))?(?: [\w'’-]+){0,3}? (?:delegations?|sides|parties|negotiators|negotiating teams?|[A-Z\u00C0-\u00DE][a-z]+(?:ians|ans|ese|ers|is|ish))\b/;
const PARTIES_BEFORE =
  /\b(?:delegations|sides|parties|negotiators|negotiating teams)\b(?:\s+[\w'’-]+){0,4}\s+(?:have |had |will |would |to )?$/i;

// "When I first sat across the table from him": the start of a process recalled, no occasion.
const FIRST_BEFORE = /\b(?:first|ever|often|always|never|usually)\s+$/i;
const interview: Accept = (sentence, at, word) =>
  !INTERVIEW.test(sentence.slice(at + word.length)) &&
  !FIRST_BEFORE.test(sentence.slice(Math.max(0, at - 20), at));
const withParties = (sentence: string, at: number, word: string) => {
  const rest = sentence.slice(at + word.length);
  const whole = word.includes('down') ? ` down${rest}` : rest;
  return PARTIES_AFTER.test(whole) || PARTIES_BEFORE.test(sentence.slice(Math.max(0, at - 80), at));
};

// The words every match holds ("sitting of", a record's header, is another trigger's).
const SIT_WORDS = ['sat', 'sit ', 'sits', 'sitting down', 'sitting face', 'sitting across', 'sitting at'];

/** The two trigger rows: the talks first (one word, one event), then a meeting of people. */
export const SIT_DOWN: [EventClaimKind, RegExp, string[], Accept][] = [
  ['talks', SIT, SIT_WORDS, (s, at, w) => interview(s, at, w) && withParties(s, at, w)],
  ['meeting', SIT, SIT_WORDS, (s, at, w) => interview(s, at, w) && !withParties(s, at, w)],
];
