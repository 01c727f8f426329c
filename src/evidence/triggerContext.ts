// Trigger context: what the words around an event trigger tell of it — background or supposed
// events, someone received or welcomed, an agreement named, a name or place after the trigger.
// Split out of events.ts; moved verbatim.

import { AGREEMENT } from './accordNames.ts';
import { datedAfterItsParties } from './callWording.ts';
import { DAY, WHEN } from './eventTriggers.ts';
import type { Genre } from './genre.ts';
import { HANDED_TEXT } from './handedTexts.ts';
import { CALENDAR_WORD, MONTH, WEEKDAY, WEEKDAY_NAME } from './lexicon.ts';
import { allMatches } from './regex.ts';
import type { EventClaimKind } from './types.ts';

export const PLACE = /\b(?:[Ii]n|[Aa]t) ((?:the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/gu;
// A place named in a sentence: "in Fjellby", "at the Villa Esterel".
export const PLACE_NAMED = /\b(?:in|at) (?:the )?\p{Lu}/u;

export const SIGN_WORD = /^(?:(?:counter)?sign|put \w+ signature)/i;
// "will sign first on 29 March", "will sign first, on 5 April": the order of signing may stand
// between the verb and its day.
export const SIGNS_WHERE = /^ (?:(?:first|last|second|together),? )?(?:(?:in|at) \p{Lu}|on )/u;
export const SIGN_WORD_ANYWHERE = /\b(?:sign(?:ing|ed|s)?|signature)\b/i;
export const SIGNING = /^(?:(?:counter)?sign|initial|put \w+ signature)/i;
export const RECEPTION = /^(?:received|receives|welcomed|welcomes|greeted|hosted|hosts)\b/i;
export const LIMIT_HINT =
  /\b(?:by|later than|until|before) (?:the \d|the (?:twenty |thirty )?[a-z-]+(?:st|nd|rd|th)\b|the (?:end|beginning|start|middle|first half|second half)\b|tomorrow|mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|midnight|noon|thanksgiving|christmas|new year|(?:early|mid|late)[- ]|next (?:week|month))|\bdue in\b|\b(?:must|shall|should|to) (?:be )?[^.;]{1,60}? in (?:the (?:first|second) half|the (?:beginning|start|middle) of|(?:early|mid|late)[- ])/i;
// "had not met since", "never visited": a trigger denied is no event.
export const DENIED =
  /\b(?:not|never|no)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$|\b(?:not|never|n't)\s+(?:yet\s+)?(?:attend|join|take part in|participate in|go to|travel to|come to)\w*\s+(?:the\s+|a\s+|any\s+|its\s+|their\s+)?(?:\S+\s+){0,2}$/i;
// "until the second round", "at the close of the first round": an event named only to place
// another in time. A visit "for consultations" is one event, the visit.
// What a clause is "ahead of" is an event to come; told in its own right ("ahead of the second
// round of talks in Casset", "ahead of the meeting between the Prime Minister and President
// Talvik", "ahead of the talks in Ostiva next week"), the text reports it, as one to come.
export const AHEAD_OF = /\bahead of (?:the |a |an |its |their |this |next )?(?:[^\s,.;]+ ){0,6}$/i;
const ITS_OWN_NUMBER =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\S+\s+){0,2}$/i;
const ITS_OWN_AFTER = new RegExp(
  String.raw`^(?: of talks| of negotiations)?(?: (?:in|at|between|with) (?:the )?[A-Z\u00C0-\u00DE]| (?:next|this) (?:week|month)| on (?:${WEEKDAY_NAME}|\d))`,
);
export const aheadOfItsOwn = (before: string, after: string) =>
  AHEAD_OF.test(before) && (ITS_OWN_NUMBER.test(before) || ITS_OWN_AFTER.test(after));
const BACKGROUND =
  /\b(?:(?:until|till|pending|ahead of|(?:at |of |since |from )?the (?:close|conclusion|end|start|opening) of)(?: the| a| its| their| this)?|(?:following|(?<!(?:days?|weeks?|hours?) )(?:after|before)|during) (?:the|its|their|his|her|[A-Z\u00C0-\u00DE][\w-]*['’]s?)(?! (?:day|week|month)\b))(?: [^\s,.;]+){0,6}\s$/i;
// "the date for the conclusion of negotiations is extended to 29 March": the words after "the
// conclusion of" run on to a verb of their own, whose clause the trigger is in, not the event named.
const OWN_VERB_BETWEEN = /\b(?:is|are|was|were|has|have|had|will|would|shall|can|must)\b/i;
export function background(before: string): boolean {
  const m = BACKGROUND.exec(before);
  return m !== null && !OWN_VERB_BETWEEN.test(m[0].replace(/^\S+\s+\S+/, ''));
}
// "ahead of the 30 April deadline", "at the end of the first round, which opened on 18 March":
// an event named to place another in time is still reported when the text gives it its own day.
// "after the Tuesday call", "ahead of Friday's vote": a weekday said as the event's own modifier
// ("the 4 March telephone call": the medium between them).
// Read on the words up to and with the trigger, which may hold the day itself ("Tuesday call").
const OWN_DAY_BEFORE = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\b${DAY}(?:['’]s)?)\\s+(?:(?:tele)?phone\\s+|video\\s+)?(?:\\S+\\s*)?$`,
  'i',
);
// "after their presidents spoke by phone on Tuesday": the day said right after it is its own.
const OWN_DAY_AFTER = new RegExp(
  `^(?:(?: of talks)?,? (?:which|that) (?:had )?(?:opened|began|started|ended|closed|was held|took place|expired|falls) (?:on|in) (?:the )?|,? on (?:the )?)${WHEN}`,
  'i',
);
// "after the first round of talks closed in Lorne": an event told with its own verb is reported.
const OWN_VERB_AFTER =
  /^[^,.;]{0,50}?\b(?:ended|closed|opened|began|concluded|finished|started|(?:was|were) held|held|hosted|chaired|took place)\b/i;
// "after her first call with Tasgar's prime minister": an event told with whom it was is reported.
const COUNTERPART = /^\s*(?:the\s+|his\s+|her\s+|their\s+)?[A-Z\u00C0-\u00DE]/;
// Not "talks between Lessia and Qadorn": who holds a round of talks names the round, not one sitting.
const withCounterpart = (before: string, after: string) =>
  (/\bwith\s*$/i.test(before) && COUNTERPART.test(after)) ||
  /^\s+with\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Z\u00C0-\u00DE]/.test(after);
// "after their presidents spoke by phone earlier this week", "after the talks last week": a day or a
// period said within a few words after it, before any comma, is the event's own.
const OWN_TIME_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:and|but|while|when|which|that)\b)[\w'’-]+){0,3}?\s+(?:yesterday|last night|(?:earlier|late|last) (?:this )?(?:week|month)|(?:at|over) the weekend|on ${WEEKDAY})\b`,
  'i',
);
// "after the talks in Osterby on 2 and 3 March", "following the meeting in Brinvik, Eskermark, on
// April 22": an occasion told by its place and its own day is one the text reports, not a time
// named in passing. Without its day ("after the talks in Osterby") it stays a reference.
const OWN_PLACE_AFTER = new RegExp(
  `^(?: of talks| of negotiations)?,? (?:in|at) (?:the )?(?!${MONTH}\\b|${DAY}\\b)[A-Z\u00C0-\u00DE][\\w'’-]+(?:,? [A-Z\u00C0-\u00DE][\\w'’-]+){0,2},? (?:on|from) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?(?: and |-|–| to ))?${WHEN}`,
  'i',
);
// The place's capital, which the case-blind pattern cannot see.
const CAPITAL_PLACE = /^(?: of talks| of negotiations)?,? (?:in|at) (?:the )?[A-Z\u00C0-\u00DE]/;
const PLACED_AFTER = /\b(?:after|following|since)\s+the\s+(?:[\w'’-]+\s+){0,2}\S+$/i;
export const datesItself = (before: string, after: string) =>
  (OWN_PLACE_AFTER.test(after) && CAPITAL_PLACE.test(after) && PLACED_AFTER.test(before)) ||
  OWN_DAY_BEFORE.test(before) ||
  OWN_DAY_AFTER.test(after) ||
  OWN_TIME_AFTER.test(after) ||
  OWN_VERB_AFTER.test(after) ||
  withCounterpart(before, after) ||
  datedAfterItsParties(after);
// "within ten days of this statement", "point 4 of the statement": the document naming itself or
// a text it refers to, not an event.
export const SELF_REFERENCE =
  /\b(?:of|in|under|to|by|before|after|during|at|since) (?:this|these|the present|the above|that)\s+$|\bpoint \d+ of (?:the|this)\s+$/i;
// "issued the following statement", "The following is the text of a joint statement by ...", "I welcome
// you to the government press conference": a release or a transcript naming itself, the text that
// follows or the occasion it records, not an event it reports.
export const ITSELF_BEFORE =
  /\b(?:the following|the text of (?:a|the)|(?:welcome|welcoming) (?:you )?(?:all )?to (?:the|this|today['’]s|our))\s+(?:[\w-]+\s+){0,3}$/i;
// "full commitment to the Veyrin statement", "in line with the joint communiqué": a statement
// named as a text to keep to, not as the event of its making, unless the text tells that making
// ("according to the joint statement the sides issued on Friday").
export const AS_A_TEXT =
  /\b(?:commitment to|committed to|adherence to|according to|in line with|in accordance with|pursuant to|under|set out in|points? [\d, and]+ of|text of|terms of|implementation of)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
export const TEXT_MADE =
  /^[^,.;]{0,40}?\b(?:issued|adopted|released|published|signed|agreed|made)\b|^,? (?:of|dated|on) \d/i;
// "The meeting was called to order at 10.05 a.m.", "The sitting rose at 1 p.m.": a record's note of
// its own hours, not a report of the sitting, which its header names.
export const PROCEDURAL_NOTE =
  /^(?:meeting|sitting|session) (?:was )?(?:called to order|rose|suspended|resumed|adjourned|closed|opened)\b(?: [\w.]+){0,2}? at \d/i;
// A sitting's record is known by the line that names the sitting ("9731st meeting", "Held at Corbel,
// on Thursday"). A line that names the talks or the record ("Verbatim record of the 214th meeting")
// gives way to the next that names the sitting, in the header or in the chair's words ("I open the
// first plenary session", "We meet today"), not in a speaker's "we hosted it".
export const BODY_THAT_SITS =
  /\b(?:committee|subcommittee|council|assembly|commission|conference|parliament|senate|board|panel|tribunal)\b/i;
const SITTING_WORD = /^(?:meet|session|sitting|plenary|held|convened)/i;
const SITTING_NAMED = /\b(?:meetings?|sessions?|sitting|plenary)\b|^(?:held|convened) /i;
const RECORD_NAMED = /\b(?:record|journal|minutes|transcript|summary|verbatim|proceedings)\b/i;
export function namesItsSitting(header: string, triggered: string): boolean {
  return SITTING_WORD.test(triggered) && !(SITTING_NAMED.test(header) && !RECORD_NAMED.test(header));
}
// "the importance of meeting every commitment": "meeting" as a verb with its object.
export const MEETING_AS_VERB =
  /^meeting (?:every|all|each|any|its|their|his|her|our|these|those|the (?:\w+ )?(?:deadlines?|targets?|commitments?|obligations?|requirements?|conditions?|needs?|goals?|demands?))\b/i;
export const HOST_AS_NOUN = /\b(?:an?|the|as|its|our|their|his|her|by)\s+(?:[\w-]+\s+)?$/i;
// "Kostal ruled out talks", "refused to meet", "called for a summit": an event refused or asked for
// is not held. "If the talks fail", "should the talks collapse": an event only supposed.
export const NOT_HELD =
  /\b(?:ruled? out|rules out|ruling out|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|unwilling to|call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|reject(?:s|ed|ing)? calls? for)\s+(?:(?:an?|the|new|direct|fresh|further|immediate|urgent|any)\s+){0,2}$/i;
// Whether the clause a trigger stands in (from the last comma, semicolon or colon before it) is
// supposed. Found by index, not by a pattern anchored at the end: that scanned the sentence's
// start again from every position, and a long sentence took seconds.
export function supposed(before: string): boolean {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut >= 0
    ? /\b(?:if|unless)\b/i.test(before.slice(cut + 1))
    : /\b(?:if|unless)\b|^(?:should|were)\b/i.test(before);
}
// "will make a short statement and then take your questions": the briefing announcing itself.
export const BRIEFING_ITSELF =
  /^[^.;]{0,60}?\band (?:then )?(?:take|answer) (?:your |some |a few )?questions\b/i;
// "a statement on the Sorrance talks", "her report on the Veyrin talks": talks as the subject of
// what is said or written, not reported.
export const TOPIC_OF =
  /\b(?:statement|report|briefing|remarks|questions?|comments?|update|debate) (?:on|about|regarding) (?:the |these |those )?(?:[A-Z\u00C0-\u00DE][\w-]* )?$/i;
// "has always met its obligations", "meets every target": met as fulfilled, with what it fulfils.
export const MET_AS_VERB =
  /^(?:met|meets?) (?:(?:every|all|each|any|its|their|his|her|our|these|those|the|in full)\s+)?(?:[\w-]+\s+){0,2}?(?:obligations?|commitments?|targets?|deadlines?|requirements?|conditions?|needs|goals?|demands?|expectations?|criteria|standards?|quotas?)\b/i;
// "the deadline cannot be met", "those demands were met in full": the same, in the passive.
export const MET_AS_PASSIVE =
  /\b(?:obligations?|commitments?|targets?|deadlines?|requirements?|conditions?|needs|goals?|demands?|expectations?|criteria|standards?|quotas?)\b[^.;:!?]{0,40}?\b(?:be|been|being|is|are|was|were)(?: not| never| fully| all)?\s+$/i;
// "the basis for further negotiations", "the conditions for direct talks", "a source close to the
// negotiations": talks named as a process, something to build on or be near, not a sitting.
export const PROCESS_NOUN = /^(?:talks|negotiations|discussions|consultations)$/i;
export const PROCESS_FRAME =
  /\b(?:basis (?:for|of)|conditions for|prospects? (?:for|of)|(?:close|closest|familiar) (?:to|with)|(?:to|and) (?:conclude|complete|finali[sz]e|wrap up))\s+(?:(?:the|these|further|direct|future|formal|extensive|substantive)\s+){0,2}$/i;
export const PURPOSE = /\bfor (?:\S+ )?$/i;
// "on Thursday, a day after the round ended": the event after "after" is the other one, a day off.
const OFFSET_WORDS = '(a|an|one|two|three|four|five|six|seven|\\d{1,2}) (day|week)s? (after|before)';
export const OFFSET_START = new RegExp(`\\b${OFFSET_WORDS}\\b`, 'i');
export const OFFSET = new RegExp(`\\b${OFFSET_WORDS}\\b[^,;]{0,80}$`, 'i');
export const OFFSET_COUNTS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
// The leaders' own meeting: a summit, or the leaders as the subject of "meet" ("The leaders agreed
// in principle to meet"), not as those who agree that a round be held.
const LEADERS_MEET =
  /\bthe (?:two )?(?:leaders|presidents|prime ministers|heads of (?:state|government))\b(?: [\w-]+){0,5} $/i;
export const leadersMeet = (sentence: string, at: number) =>
  /^summit/i.test(sentence.slice(at, at + 6)) ||
  (/^meet/i.test(sentence.slice(at, at + 4)) && LEADERS_MEET.test(sentence.slice(Math.max(0, at - 80), at)));
const NUMBERED = /\b(first|second|third|fourth|fifth|sixth) (round|session|plenary|meeting)/gi;
/** "second round": the number and noun of the event whose trigger is at `at`, if it is numbered. */
export function ordinalOf(text: string, at: number): string | undefined {
  for (const m of allMatches(NUMBERED, text))
    if (Math.abs(m.index + m[1]!.length + 1 - at) < 25) return `${m[1]} ${m[2]}`.toLowerCase();
  return undefined;
}
export const PLURAL_EVENTS = /^(?:visits|meetings|calls|conversations)\b/i;
export const SUMMED_UP = /(?:['’]s?|\b(?:the|these|those|such|his|her|their|its))\s+(?:[\w-]+\s+)?$/i;
// Parts of a day keep two meetings of one day apart: "met this morning ... will meet again this evening".
export const PART_OF_DAY = /\b(?:morning|afternoon|evening|tonight|night|dinner|lunch|breakfast)\b/i;

// Meetings, talks and summits are one kind to a reader: a sentence gives one of them at most.
export const CLASS: Record<EventClaimKind, string> = {
  meeting: 'meeting',
  talks: 'meeting',
  summit: 'meeting',
  call: 'call',
  visit: 'visit',
  statement: 'statement',
  deadline: 'deadline',
};
export const TITLE_OF_ITSELF = /^(?:(?:press|news) (?:conference|briefing)|press point|readout)\b/i;
// "The communiqué says seventeen points", "whatever the statement says": a text cited in the
// present is read as the speaker writes, not issued then. A day or an act of issuing between the
// text and its verb ("the communiqué issued yesterday says", "the statement, posted on its website
// on Monday, says", "a statement from the ministry on Tuesday states") still tells that it was issued.
const ISSUED_OR_DATED =
  /\b(?:issued|released|published|adopted|signed|sent|posted|put out|circulated|distributed|made public|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const CITED_TEXT =
  /^(?:joint )?(?:statement|communiqu[eé]|readout|declaration)(?!\w)([^.;:]{0,40}?)\b(?:says|reads|states|notes)\b/i;
export const citedText = (fromTrigger: string): boolean => {
  const cited = CITED_TEXT.exec(fromTrigger);
  return cited !== null && !ISSUED_OR_DATED.test(cited[1]!);
};
// A live page's "The joint statement is out", "the round has ended": done as the text is written.
// So is what the present perfect says just began, ended or was issued ("we've just finished two
// days of talks", "has started a press conference", "has issued a statement"), and what the
// present progressive says is going on ("the ministers are meeting in Kell").
// "are meeting" is now only where nothing in the clause puts the meeting later ("are meeting again
// after the summer").
export const HAPPENING_NOW = new RegExp(
  String.raw`\b(?:is|are) (?:now |currently |still )?(?:under ?way|taking place|in (?:progress|session)|out\b(?! of)|meeting\b(?! (?:of|with the press)\b)(?![^.;:!?]{0,60}?\b(?:again|next|later|after|soon|tomorrow|in the coming|this (?:week|month|year)|on ${WEEKDAY})\b)(?!\s*(?:[.,;:!?]|$)))|(?:\b(?:has|have)|['’]ve) (?:just |now )?(?:ended|closed|concluded|opened|begun|finished|started|issued|released)\b`,
  'i',
);
// "the period for the signing of the Framework has been extended to 27 April": the act a limit is for.
export const LIMIT_OF = /\b(?:date|deadline|period|time-?frame|time ?limit)\s+(?:for|of)\s+(?:the\s+)?$/i;
export const JUST_DONE = /\b(?:has|have)\s+(?:just\s+)?$/i;
export const REMARK_MADE = /^(?:said|told|announced|wrote|posted)\b/i;
// Genres whose narration is the sender's own record: what it reports as done, it reports on its date.
// A post speaks of its own moment: "Just spoke with ..." is the day it was posted.
export const DATED_BY_RECORD = new Set<Genre>([
  'readout',
  'press-release',
  'joint-statement',
  'meeting-transcript',
  'social',
]);

// News quotes people and says who said what; a text of some length taken for news with neither
// is a readout in all but its header, and reports its events the way a readout does.
const QUOTED_OR_SAID = /["“”«»]|\b(?:said|says|told|according to)\b/i;
export const ownRecord = (genre: Genre, text: string): Genre =>
  genre === 'news' && text.length > 200 && !QUOTED_OR_SAID.test(text) ? 'readout' : genre;

export interface Trigger {
  kind: EventClaimKind;
  index: number;
  /** Set apart from an event of its kind before it ("and again", "a day after"), whatever the day. */
  apart?: boolean;
  /** A journey: the place of its event is where it goes. */
  journey?: boolean;
}

// Patterns with \p{…} written inline are rebuilt with `new RegExp` on every call in the built
// engine (esbuild lowers them): the ones on hot paths are made once, here.
const CAPITAL_START = /^\p{Lu}/u;
const IN_CAPITAL = /\b(?:in|at) \p{Lu}/u;
// A title in lower case may stand before the name: "spoke with special envoy Dahl", "with foreign minister Solberg".
const NAME_AFTER =
  /^\s*(?:(?:the|his|her|their|a|an) )?(?:(?:special |foreign |prime |deputy |defen[cs]e )?(?:envoy|minister|president|chancellor|secretary|ambassador|premier) )?\p{Lu}/u;
const CAPITAL_WORD_END = /\p{Lu}\S*$/u;

// "Our team heads to Veyrin on Wednesday", "the delegation would travel to Sorrance", "our team
// is in Belhaven today": a negotiating team goes somewhere to negotiate, and its journey is the
// round of talks. A visit by name ("the delegation visited the camps") stays a visit.
const TEAM_BEFORE =
  /\b(?:team|delegations?|negotiators|negotiating teams?)\b(?:,[^,]{1,60},)?(?:\s+[\w'’-]+){0,4}\s*$/i;
const VISIT_BY_NAME = /^(?:visit|tour|trip|on a )/i;
export const teamJourney = (sentence: string, index: number) =>
  !VISIT_BY_NAME.test(sentence.slice(index, index + 8)) &&
  /\b(?:team|delegation|negotiators)/i.test(sentence.slice(Math.max(0, index - 100), index)) &&
  TEAM_BEFORE.test(sentence.slice(Math.max(0, index - 100), index));

// "received Oriel's envoy Beatrix Holm" is a meeting; "received Kostra's catch figures" is not:
// past a possessive, the object names someone (a capital or a pronoun) within a few words.
export function receivedSomeone(after: string): boolean {
  const object = after
    .split(/[,.;:]/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, 6);
  if (/^(?:him|her|them|us|me)$/i.test(object[0] ?? '')) return true;
  // "received it on Tuesday": a thing, and the capital after it is a day's.
  if (/^(?:it|nothing|none|word)$/i.test(object[0] ?? '')) return false;
  // "received a phone call from the President", "received a letter from Kostal": a call or a text,
  // read by its own pattern, not a guest.
  if (/^(?:an?|the|his|her|their)$/i.test(object[0] ?? '') && RECEIVED_THING.test(object[1] ?? ''))
    return false;
  // "received the revised Sembarran text from the mediators", "received the Union's 24 points
  // yesterday": the capital names whose text it is, and a text received is no guest. Received at a
  // place ("received the points in Marbeck"), it was handed over in person, at a sitting.
  const phrase = object.findIndex((w) => RECEIVED_TEXT_END.test(w));
  if (HANDED_TEXT.test(object.slice(0, phrase === -1 ? undefined : phrase).join(' ')))
    return PLACED_RECEIPT.test(object.slice(phrase === -1 ? object.length : phrase).join(' '));
  const rest = /['’]s$/.test(object[0] ?? '') ? object.slice(1) : object;
  return rest.some((w) => CAPITAL_START.test(w) && !CALENDAR_WORD.test(w));
}
// Where the noun phrase of what was received ends: a preposition, an adverb or a day.
const RECEIVED_TEXT_END =
  /^(?:from|of|on|in|at|by|to|via|through|only|orally|yesterday|today|this|last|earlier|before|after)$/i;
const PLACED_RECEIPT = /^(?:\S+ )?(?:[Ii]n|[Aa]t|IN|AT) \p{Lu}/u;
const RECEIVED_THING =
  /^(?:(?:tele)?phone|video|call|letter|message|note|reply|response|copy|draft|proposal|invitation)s?$/i;
// "welcomed President Varin", "greeted the delegation": a welcome is a meeting only when it
// is someone who is welcomed, not a decision or a readiness ("welcomed Halcyra's readiness").
export function welcomedSomeone(after: string): boolean {
  const words = after.trim().split(/\s+/).slice(0, 3);
  if (/^(?:him|her|them|us)\b/i.test(words[0] ?? '')) return true;
  if (/^the$/i.test(words[0] ?? ''))
    return /^(?:delegations?|envoys?|ministers?|presidents?|prime|minister|secretary|special|visiting|king|queen|chancellor|leaders?|heads?|negotiators?)\b/i.test(
      words[1] ?? '',
    );
  // "welcomed Prime Minister Maddox's commitment": a name that owns what follows is not the one welcomed.
  const name = after.trim().split(/\s+/).slice(0, 6);
  const end = name.findIndex((w) => !CAPITAL_START.test(w));
  const run = end === -1 ? name : name.slice(0, Math.max(1, end));
  return CAPITAL_START.test(words[0] ?? '') && !run.some((w) => /['’]s?$/.test(w));
}
// "Varin was welcomed in Drava by Kostal": in the passive, the one welcomed is the subject, a name
// or a person's pronoun ("the proposal was welcomed" welcomes no one).
export const PERSON_WELCOMED =
  /(?:\b(?:he|she|they|we)|\b[A-Z\u00C0-\u00DE][\w-]+)\s+(?:was|were|has been|have been|had been)\s+(?:warmly\s+)?$/;
const AGREEMENT_WORD = new RegExp(`^${AGREEMENT}$`, 'i');
export const STATEMENT_SIGNED = /\b(?:statement|declaration|communiqu[eé]|letter)s?,?\s+(?:\S+\s+){0,2}$/i;
// "signed the Gannet Bank Accord": the words between the determiner and the noun are the
// accord's name, capitalised; "signs today because the accord" signs nothing named.
export function namesAnAgreement(trigger: string): boolean {
  if (/^(?:counter)?signed$/i.test(trigger)) return true;
  // The case-blind pattern reads past the accord ("signed the Memorandum on the Armistice"): the
  // first agreement word that closes a name is the one signed.
  const words = trigger.split(' ');
  const first = words.findIndex((w, i) => i > 0 && i < words.length - 1 && AGREEMENT_WORD.test(w));
  if (first !== -1 && namesAnAgreement(words.slice(0, first + 1).join(' '))) return true;
  const name = words.slice(1, -1);
  const start = /^(?:of|the|this|an?|its|their|our|both)$/i.test(name[0] ?? '')
    ? name[0] === 'of'
      ? 1
      : 0
    : 0;
  return name
    .slice(start)
    .filter((w) => !/^(?:the|this|an?|its|their|our|both)$/i.test(w))
    .every((w) => CAPITAL_START.test(w));
}
// The patterns are case-blind, so the capital that makes "spoke today with President Varin" a
// call, "continue to Drava" a visit and "is in Kessel today" a visit is checked here.
const NEEDS_NAME_AFTER =
  /^(?:continues?(?: on)? to|(?:depart\w*|leaves|leaving) for|brief\w* the|conversations? between|(?:spoke|spoken|speaks|speak|talked)\b.*\b(?:with|to)|receive)$/i;
// "will be received in Korvask", "is expected in Drava today": a guest's journey, to a place named.
const NEEDS_NAME_INSIDE = /^(?:am|is|are|was|were|will be|['’]ll be|(?:received|expected) (?:in|at))\b/i;
export function namesSomeoneOrSomewhere(trigger: string, after: string): boolean {
  if (NEEDS_NAME_INSIDE.test(trigger)) return IN_CAPITAL.test(trigger);
  if (NEEDS_NAME_AFTER.test(trigger)) return NAME_AFTER.test(after) || CAPITAL_WORD_END.test(trigger);
  return true;
}
export const SOMEONE_BEFORE =
  /(?:\b(?:I|we|We|he|He|she|She|they|They|team|delegations?|negotiators|envoy|minister|president)|\b\p{Lu}[\p{L}.-]*),?\s+$/u;
export const AUXILIARY_END =
  /\b(?:(?:will|has|have|had|is|are|was|were)\s+)?(?:be|been|being|is|are|was|were)\s+$/i;
// "Al-Noor Conference Palace": a venue named a conference.
export const VENUE_AFTER = /^ (?:Palace|Centre|Center|Hall|Room|Building|Chamber)\b/;
// "the conference presidency", "the presidency of the Climate Conference": the office that runs a
// conference, which drafts and circulates texts between its sittings, not a sitting itself.
export const OFFICE_AFTER =
  /^ (?:presidency|presidencies|secretariat|bureau|organi[sz]ers?|spokes(?:man|woman|person))\b/i;
export const OFFICE_BEFORE = /\b(?:presidency|secretariat|bureau|organi[sz]ers?) of the (?:[\w-]+ ){0,4}$/i;
export const WHAT_WAS = /\bwhat\s+(?:was|were|is|are|has been|had been|we|they|you)\s+$/i;
export const DETERMINED = /\b(?:the|an?|its|this|that|their|our)\s+$/i;
export const SUPPOSED_TEXT = /^(?:an?|any) (?:[\w-]+ ){1,2}initial\w*ed\b.*\b(?:would|could|might)\b/i;
export const VISIT_BUSINESS = /\b(?:and|to) (?:met|meet|brief)/i;
// "The meeting was also attended by the Foreign Minister": who else sat at the one just reported.
export const ATTENDED_BY = /^\w+ (?:was|were|had been) (?:also )?(?:attended|joined) by\b/i;
// "Will there be a second round?", "Is the President going to meet the Prime Minister in Drava?": a
// question with no day of its own asks whether an event is to be, and reports none. A signing asked
// about ("Will you attend the signing?") is the one the text already knows of.
const ASKED = /\?\s*$/;
const SIGNING_NAMED = /\b(?:sign(?:s|ed|ing)?|initial(?:s|led|ed|ling|ing))\b/i;
/** Whether the sentence only asks about an event it gives no day, not a signing. */
export const onlyAsked = (sentence: string): boolean => ASKED.test(sentence) && !SIGNING_NAMED.test(sentence);
// A new clause may report another event of the same kind: "..., and the next round is set for ...".
export const NEW_CLAUSE = /(?:,\s+(?:and|while|but|whereas)|;)\s/i;
