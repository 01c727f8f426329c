// Event claims: sentences that report a meeting, call, talks, summit, visit, statement or
// deadline, with the date that governs the event's own words, the place and the roster
// participants. A sentence may report two events ("arrived in Ossel ... and will hold
// consultations"): each trigger of another kind is an event of its own. News needs a date
// or a place to call something an event; official genres report events without them, and
// what a readout reports as done happened the day it is dated.
import { addedClauses } from './addedClauses.ts';
import { datedAfterItsParties, modifierDays } from './callWording.ts';
import { coordinatedEvents } from './coordinatedEvents.ts';
import { filedDayEnd } from './datelineDates.ts';
import { withoutDatelineDay, withoutDatelineDayBefore } from './datelineLeadDay.ts';
import { dateWordsAt, type FoundDate, findEventDates, isFutureTense, mayHoldDate } from './dates.ts';
import {
  AGREEMENT,
  COUNTED,
  DAY,
  FROM_SIGNING,
  neededTriggers,
  TRIGGERS,
  triggerHits,
  WHEN,
} from './eventTriggers.ts';
import { withoutSinceAnchors } from './firstSince.ts';
import type { Genre } from './genre.ts';
import { handedInPerson } from './handedInPerson.ts';
import {
  HANDED_TEXT,
  HANDING,
  handedOnItsDay,
  handsAText,
  MADE_PUBLIC,
  NEEDS_ITS_DAY,
  publishesAText,
} from './handedTexts.ts';
import { MONTH, NOT_NAME_WORDS } from './lexicon.ts';
import { LIMIT_NAME_HINT, namedLimits } from './limitNames.ts';
import { withoutSettingDays } from './limitSetDays.ts';
import { limitStepDays, mayTellLimitSteps } from './limitSteps.ts';
import { dayNamedAsTheLimit, limitMovedStands } from './limitsMoved.ts';
import { movedLimitDay, movedLimits } from './movedLimits.ts';
import { hitsWithin, type NameHit } from './names.ts';
import { isNextOccasion } from './nextOccasion.ts';
import { spans } from './numbers.ts';
import { pronounOccasion } from './occasionPronoun.ts';
import { linkedTitles } from './pageLinks.ts';
import { dayOfPart, partDays } from './partDays.ts';
import { writesMonthFirst } from './published.ts';
import { recalledAt, recalledByPlace, recalledRoundsDay } from './recalledRounds.ts';
import { allMatches } from './regex.ts';
import { reportDueDay } from './reportDue.ts';
import { isRemark, onChannel, remarkDay } from './reportedRemarks.ts';
import { rescheduledTo } from './rescheduled.ts';
import { signingTarget } from './signingTargets.ts';
import { tenseAt } from './tense.ts';
import { stampBeside } from './timelineStamps.ts';
import type { EventClaimKind, EventData, Span, SuggestedClaim } from './types.ts';
import { namedAsTopic, noneIsPlanned, notYetHeld } from './unheldEvents.ts';

export { triggerScan, triggerWords } from './eventTriggers.ts';

const PLACE = /\b(?:[Ii]n|[Aa]t) ((?:the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/gu;
// A place named in a sentence: "in Fjellby", "at the Villa Esterel".
const PLACE_NAMED = /\b(?:in|at) (?:the )?\p{Lu}/u;

const SIGN_WORD = /^(?:(?:counter)?sign|put \w+ signature)/i;
// "will sign first on 29 March", "will sign first, on 5 April": the order of signing may stand
// between the verb and its day.
const SIGNS_WHERE = /^ (?:(?:first|last|second|together),? )?(?:(?:in|at) \p{Lu}|on )/u;
const SIGN_WORD_ANYWHERE = /\b(?:sign(?:ing|ed|s)?|signature)\b/i;
const SIGNING = /^(?:(?:counter)?sign|initial|put \w+ signature)/i;
const RECEPTION = /^(?:received|receives|welcomed|welcomes|greeted|hosted|hosts)\b/i;
const LIMIT_HINT =
  /\b(?:by|later than|until|before) (?:the \d|the (?:twenty |thirty )?[a-z-]+(?:st|nd|rd|th)\b|the (?:end|beginning|start|middle|first half|second half)\b|tomorrow|mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|midnight|noon|thanksgiving|christmas|new year|(?:early|mid|late)[- ]|next (?:week|month))|\bdue in\b|\b(?:must|shall|should|to) (?:be )?[^.;]{1,60}? in (?:the (?:first|second) half|the (?:beginning|start|middle) of|(?:early|mid|late)[- ])/i;
// "had not met since", "never visited": a trigger denied is no event.
const DENIED =
  /\b(?:not|never|no)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$|\b(?:not|never|n't)\s+(?:yet\s+)?(?:attend|join|take part in|participate in|go to|travel to|come to)\w*\s+(?:the\s+|a\s+|any\s+|its\s+|their\s+)?(?:\S+\s+){0,2}$/i;
// "until the second round", "at the close of the first round": an event named only to place
// another in time. A visit "for consultations" is one event, the visit.
// What a clause is "ahead of" is an event to come; told in its own right ("ahead of the second
// round of talks in Casset", "ahead of the meeting between the Prime Minister and President
// Talvik", "ahead of the talks in Ostiva next week"), the text reports it, as one to come.
const AHEAD_OF = /\bahead of (?:the |a |an |its |their |this |next )?(?:[^\s,.;]+ ){0,6}$/i;
const ITS_OWN_NUMBER =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\S+\s+){0,2}$/i;
const ITS_OWN_AFTER =
  /^(?: of talks| of negotiations)?(?: (?:in|at|between|with) (?:the )?[A-Z\u00C0-\u00DE]| (?:next|this) (?:week|month)| on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d))/;
const aheadOfItsOwn = (before: string, after: string) =>
  AHEAD_OF.test(before) && (ITS_OWN_NUMBER.test(before) || ITS_OWN_AFTER.test(after));
const BACKGROUND =
  /\b(?:(?:until|till|pending|ahead of|(?:at |of |since |from )?the (?:close|conclusion|end|start|opening) of)(?: the| a| its| their| this)?|(?:following|(?<!(?:days?|weeks?|hours?) )(?:after|before)|during) (?:the|its|their|his|her|[A-Z\u00C0-\u00DE][\w-]*['’]s?)(?! (?:day|week|month)\b))(?: [^\s,.;]+){0,6}\s$/i;
// "the date for the conclusion of negotiations is extended to 29 March": the words after "the
// conclusion of" run on to a verb of their own, whose clause the trigger is in, not the event named.
const OWN_VERB_BETWEEN = /\b(?:is|are|was|were|has|have|had|will|would|shall|can|must)\b/i;
function background(before: string): boolean {
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
const OWN_TIME_AFTER =
  /^(?:\s+(?!(?:and|but|while|when|which|that)\b)[\w'’-]+){0,3}?\s+(?:yesterday|last night|(?:earlier|late|last) (?:this )?(?:week|month)|(?:at|over) the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
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
const datesItself = (before: string, after: string) =>
  (OWN_PLACE_AFTER.test(after) && CAPITAL_PLACE.test(after) && PLACED_AFTER.test(before)) ||
  OWN_DAY_BEFORE.test(before) ||
  OWN_DAY_AFTER.test(after) ||
  OWN_TIME_AFTER.test(after) ||
  OWN_VERB_AFTER.test(after) ||
  withCounterpart(before, after) ||
  datedAfterItsParties(after);
// "within ten days of this statement", "point 4 of the statement": the document naming itself or
// a text it refers to, not an event.
const SELF_REFERENCE =
  /\b(?:of|in|under|to|by|before|after|during|at|since) (?:this|these|the present|the above|that)\s+$|\bpoint \d+ of (?:the|this)\s+$/i;
// "issued the following statement", "The following is the text of a joint statement by ...", "I welcome
// you to the government press conference": a release or a transcript naming itself, the text that
// follows or the occasion it records, not an event it reports.
const ITSELF_BEFORE =
  /\b(?:the following|the text of (?:a|the)|(?:welcome|welcoming) (?:you )?(?:all )?to (?:the|this|today['’]s|our))\s+(?:[\w-]+\s+){0,3}$/i;
// "full commitment to the Veyrin statement", "in line with the joint communiqué": a statement
// named as a text to keep to, not as the event of its making, unless the text tells that making
// ("according to the joint statement the sides issued on Friday").
const AS_A_TEXT =
  /\b(?:commitment to|committed to|adherence to|according to|in line with|in accordance with|pursuant to|under|set out in|points? [\d, and]+ of|text of|terms of|implementation of)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const TEXT_MADE =
  /^[^,.;]{0,40}?\b(?:issued|adopted|released|published|signed|agreed|made)\b|^,? (?:of|dated|on) \d/i;
// "The meeting was called to order at 10.05 a.m.", "The sitting rose at 1 p.m.": a record's note of
// its own hours, not a report of the sitting, which its header names.
const PROCEDURAL_NOTE =
  /^(?:meeting|sitting|session) (?:was )?(?:called to order|rose|suspended|resumed|adjourned|closed|opened)\b(?: [\w.]+){0,2}? at \d/i;
// A sitting's record is known by the line that names the sitting ("9731st meeting", "Held at Corbel,
// on Thursday"). A line that names the talks or the record ("Verbatim record of the 214th meeting")
// gives way to the next that names the sitting, in the header or in the chair's words ("I open the
// first plenary session", "We meet today"), not in a speaker's "we hosted it".
const BODY_THAT_SITS =
  /\b(?:committee|subcommittee|council|assembly|commission|conference|parliament|senate|board|panel|tribunal)\b/i;
const SITTING_WORD = /^(?:meet|session|sitting|plenary|held|convened)/i;
const SITTING_NAMED = /\b(?:meetings?|sessions?|sitting|plenary)\b|^(?:held|convened) /i;
const RECORD_NAMED = /\b(?:record|journal|minutes|transcript|summary|verbatim|proceedings)\b/i;
function namesItsSitting(header: string, triggered: string): boolean {
  return SITTING_WORD.test(triggered) && !(SITTING_NAMED.test(header) && !RECORD_NAMED.test(header));
}
// "the importance of meeting every commitment": "meeting" as a verb with its object.
const MEETING_AS_VERB =
  /^meeting (?:every|all|each|any|its|their|his|her|our|these|those|the (?:\w+ )?(?:deadlines?|targets?|commitments?|obligations?|requirements?|conditions?|needs?|goals?|demands?))\b/i;
const HOST_AS_NOUN = /\b(?:an?|the|as|its|our|their|his|her|by)\s+(?:[\w-]+\s+)?$/i;
// "Kostal ruled out talks", "refused to meet", "called for a summit": an event refused or asked for
// is not held. "If the talks fail", "should the talks collapse": an event only supposed.
const NOT_HELD =
  /\b(?:ruled? out|rules out|ruling out|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|unwilling to|call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|reject(?:s|ed|ing)? calls? for)\s+(?:(?:an?|the|new|direct|fresh|further|immediate|urgent|any)\s+){0,2}$/i;
// Whether the clause a trigger stands in (from the last comma, semicolon or colon before it) is
// supposed. Found by index, not by a pattern anchored at the end: that scanned the sentence's
// start again from every position, and a long sentence took seconds.
function supposed(before: string): boolean {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut >= 0
    ? /\b(?:if|unless)\b/i.test(before.slice(cut + 1))
    : /\b(?:if|unless)\b|^(?:should|were)\b/i.test(before);
}
// "will make a short statement and then take your questions": the briefing announcing itself.
const BRIEFING_ITSELF = /^[^.;]{0,60}?\band (?:then )?(?:take|answer) (?:your |some |a few )?questions\b/i;
// "a statement on the Sorrance talks", "her report on the Veyrin talks": talks as the subject of
// what is said or written, not reported.
const TOPIC_OF =
  /\b(?:statement|report|briefing|remarks|questions?|comments?|update|debate) (?:on|about|regarding) (?:the |these |those )?(?:[A-Z\u00C0-\u00DE][\w-]* )?$/i;
// "has always met its obligations", "meets every target": met as fulfilled, with what it fulfils.
const MET_AS_VERB =
  /^(?:met|meets?) (?:(?:every|all|each|any|its|their|his|her|our|these|those|the|in full)\s+)?(?:[\w-]+\s+){0,2}?(?:obligations?|commitments?|targets?|deadlines?|requirements?|conditions?|needs|goals?|demands?|expectations?|criteria|standards?|quotas?)\b/i;
// "the deadline cannot be met", "those demands were met in full": the same, in the passive.
const MET_AS_PASSIVE =
  /\b(?:obligations?|commitments?|targets?|deadlines?|requirements?|conditions?|needs|goals?|demands?|expectations?|criteria|standards?|quotas?)\b[^.;:!?]{0,40}?\b(?:be|been|being|is|are|was|were)(?: not| never| fully| all)?\s+$/i;
// "the basis for further negotiations", "the conditions for direct talks", "a source close to the
// negotiations": talks named as a process, something to build on or be near, not a sitting.
const PROCESS_NOUN = /^(?:talks|negotiations|discussions|consultations)$/i;
const PROCESS_FRAME =
  /\b(?:basis (?:for|of)|conditions for|prospects? (?:for|of)|(?:close|closest|familiar) (?:to|with)|(?:to|and) (?:conclude|complete|finali[sz]e|wrap up))\s+(?:(?:the|these|further|direct|future|formal|extensive|substantive)\s+){0,2}$/i;
const PURPOSE = /\bfor (?:\S+ )?$/i;
// "on Thursday, a day after the round ended": the event after "after" is the other one, a day off.
const OFFSET_WORDS = '(a|an|one|two|three|four|five|six|seven|\\d{1,2}) (day|week)s? (after|before)';
const OFFSET_START = new RegExp(`\\b${OFFSET_WORDS}\\b`, 'i');
const OFFSET = new RegExp(`\\b${OFFSET_WORDS}\\b[^,;]{0,80}$`, 'i');
const OFFSET_COUNTS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
// The leaders' own meeting: a summit, or the leaders as the subject of "meet" ("The leaders agreed
// in principle to meet"), not as those who agree that a round be held.
const LEADERS_MEET =
  /\bthe (?:two )?(?:leaders|presidents|prime ministers|heads of (?:state|government))\b(?: [\w-]+){0,5} $/i;
const leadersMeet = (sentence: string, at: number) =>
  /^summit/i.test(sentence.slice(at, at + 6)) ||
  (/^meet/i.test(sentence.slice(at, at + 4)) && LEADERS_MEET.test(sentence.slice(Math.max(0, at - 80), at)));
const NUMBERED = /\b(first|second|third|fourth|fifth|sixth) (round|session|plenary|meeting)/gi;
/** "second round": the number and noun of the event whose trigger is at `at`, if it is numbered. */
function ordinalOf(text: string, at: number): string | undefined {
  for (const m of allMatches(NUMBERED, text))
    if (Math.abs(m.index + m[1]!.length + 1 - at) < 25) return `${m[1]} ${m[2]}`.toLowerCase();
  return undefined;
}
const PLURAL_EVENTS = /^(?:visits|meetings|calls|conversations)\b/i;
const SUMMED_UP = /(?:['’]s?|\b(?:the|these|those|such|his|her|their|its))\s+(?:[\w-]+\s+)?$/i;
// Parts of a day keep two meetings of one day apart: "met this morning ... will meet again this evening".
const PART_OF_DAY = /\b(?:morning|afternoon|evening|tonight|night|dinner|lunch|breakfast)\b/i;

// Meetings, talks and summits are one kind to a reader: a sentence gives one of them at most.
const CLASS: Record<EventClaimKind, string> = {
  meeting: 'meeting',
  talks: 'meeting',
  summit: 'meeting',
  call: 'call',
  visit: 'visit',
  statement: 'statement',
  deadline: 'deadline',
};
const TITLE_OF_ITSELF = /^(?:(?:press|news) (?:conference|briefing)|press point|readout)\b/i;
// "The communiqué says seventeen points", "whatever the statement says": a text cited in the
// present is read as the speaker writes, not issued then. A day or an act of issuing between the
// text and its verb ("the communiqué issued yesterday says", "the statement, posted on its website
// on Monday, says", "a statement from the ministry on Tuesday states") still tells that it was issued.
const ISSUED_OR_DATED =
  /\b(?:issued|released|published|adopted|signed|sent|posted|put out|circulated|distributed|made public|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const CITED_TEXT =
  /^(?:joint )?(?:statement|communiqu[eé]|readout|declaration)(?!\w)([^.;:]{0,40}?)\b(?:says|reads|states|notes)\b/i;
const citedText = (fromTrigger: string): boolean => {
  const cited = CITED_TEXT.exec(fromTrigger);
  return cited !== null && !ISSUED_OR_DATED.test(cited[1]!);
};
// A live page's "The joint statement is out", "the round has ended": done as the text is written.
// So is what the present perfect says just began, ended or was issued ("we've just finished two
// days of talks", "has started a press conference", "has issued a statement"), and what the
// present progressive says is going on ("the ministers are meeting in Kell").
// "are meeting" is now only where nothing in the clause puts the meeting later ("are meeting again
// after the summer").
const HAPPENING_NOW =
  /\b(?:is|are) (?:now |currently |still )?(?:under ?way|taking place|in (?:progress|session)|out\b(?! of)|meeting\b(?! (?:of|with the press)\b)(?![^.;:!?]{0,60}?\b(?:again|next|later|after|soon|tomorrow|in the coming|this (?:week|month|year)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?!\s*(?:[.,;:!?]|$)))|(?:\b(?:has|have)|['’]ve) (?:just |now )?(?:ended|closed|concluded|opened|begun|finished|started|issued|released)\b/i;
// "the period for the signing of the Framework has been extended to 27 April": the act a limit is for.
const LIMIT_OF = /\b(?:date|deadline|period|time-?frame|time ?limit)\s+(?:for|of)\s+(?:the\s+)?$/i;
const JUST_DONE = /\b(?:has|have)\s+(?:just\s+)?$/i;
const REMARK_MADE = /^(?:said|told|announced|wrote|posted)\b/i;
// Genres whose narration is the sender's own record: what it reports as done, it reports on its date.
// A post speaks of its own moment: "Just spoke with ..." is the day it was posted.
const DATED_BY_RECORD = new Set<Genre>([
  'readout',
  'press-release',
  'joint-statement',
  'meeting-transcript',
  'social',
]);

// News quotes people and says who said what; a text of some length taken for news with neither
// is a readout in all but its header, and reports its events the way a readout does.
const QUOTED_OR_SAID = /["“”«»]|\b(?:said|says|told|according to)\b/i;
const ownRecord = (genre: Genre, text: string): Genre =>
  genre === 'news' && text.length > 200 && !QUOTED_OR_SAID.test(text) ? 'readout' : genre;

interface Trigger {
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
const teamJourney = (sentence: string, index: number) =>
  !VISIT_BY_NAME.test(sentence.slice(index, index + 8)) &&
  /\b(?:team|delegation|negotiators)/i.test(sentence.slice(Math.max(0, index - 100), index)) &&
  TEAM_BEFORE.test(sentence.slice(Math.max(0, index - 100), index));

// "received Oriel's envoy Beatrix Holm" is a meeting; "received Kostra's catch figures" is not:
// past a possessive, the object names someone (a capital or a pronoun) within a few words.
function receivedSomeone(after: string): boolean {
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
const CALENDAR_WORD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// "welcomed President Varin", "greeted the delegation": a welcome is a meeting only when it
// is someone who is welcomed, not a decision or a readiness ("welcomed Halcyra's readiness").
function welcomedSomeone(after: string): boolean {
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
const PERSON_WELCOMED =
  /(?:\b(?:he|she|they|we)|\b[A-Z\u00C0-\u00DE][\w-]+)\s+(?:was|were|has been|have been|had been)\s+(?:warmly\s+)?$/;
const AGREEMENT_WORD = new RegExp(`^${AGREEMENT}$`, 'i');
const STATEMENT_SIGNED = /\b(?:statement|declaration|communiqu[eé]|letter)s?,?\s+(?:\S+\s+){0,2}$/i;
// "signed the Gannet Bank Accord": the words between the determiner and the noun are the
// accord's name, capitalised; "signs today because the accord" signs nothing named.
function namesAnAgreement(trigger: string): boolean {
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
function namesSomeoneOrSomewhere(trigger: string, after: string): boolean {
  if (NEEDS_NAME_INSIDE.test(trigger)) return IN_CAPITAL.test(trigger);
  if (NEEDS_NAME_AFTER.test(trigger)) return NAME_AFTER.test(after) || CAPITAL_WORD_END.test(trigger);
  return true;
}
const SOMEONE_BEFORE =
  /(?:\b(?:I|we|We|he|He|she|She|they|They|team|delegations?|negotiators|envoy|minister|president)|\b\p{Lu}[\p{L}.-]*),?\s+$/u;
const AUXILIARY_END = /\b(?:(?:will|has|have|had|is|are|was|were)\s+)?(?:be|been|being|is|are|was|were)\s+$/i;
// "Al-Noor Conference Palace": a venue named a conference.
const VENUE_AFTER = /^ (?:Palace|Centre|Center|Hall|Room|Building|Chamber)\b/;
const WHAT_WAS = /\bwhat\s+(?:was|were|is|are|has been|had been|we|they|you)\s+$/i;
const DETERMINED = /\b(?:the|an?|its|this|that|their|our)\s+$/i;
const SUPPOSED_TEXT = /^(?:an?|any) (?:[\w-]+ ){1,2}initial\w*ed\b.*\b(?:would|could|might)\b/i;
const VISIT_BUSINESS = /\b(?:and|to) (?:met|meet|brief)/i;
// "The meeting was also attended by the Foreign Minister": who else sat at the one just reported.
const ATTENDED_BY = /^\w+ (?:was|were|had been) (?:also )?(?:attended|joined) by\b/i;
// A new clause may report another event of the same kind: "..., and the next round is set for ...".
const NEW_CLAUSE = /(?:,\s+(?:and|while|but|whereas)|;)\s/i;

/**
 * The triggers of a sentence, one per class, in the order they appear; a second of one class
 * only after "and again" ("met on Monday morning, and again over dinner").
 */
interface Candidate {
  kind: EventClaimKind;
  index: number;
  word: string;
}

/**
 * Every trigger word of a sentence that names an event, in pattern order: the regex pass, run once.
 * `said` is the sentence with its quotations unmasked: a spokesman's quoted "no such plans" says so.
 */
function candidates(
  sentence: string,
  said = sentence,
  asked: Uint8Array | undefined | null = null,
): Candidate[] {
  // The word scan is the cheap pass: a sentence that holds no trigger word runs no pattern. The
  // patterns a window needs come from its text's one pass (`asked`, none when it holds no word).
  const needed = asked === null ? neededTriggers(sentence) : asked;
  if (!needed) return [];
  const found: Candidate[] = [];
  for (let i = 0; i < TRIGGERS.length; i++) {
    if (needed[i] !== 1) continue;
    const [kind, pattern, , accepts] = TRIGGERS[i]!;
    for (const m of allMatches(pattern, sentence)) {
      if (accepts && !accepts(sentence, m.index, m[0])) continue;
      // The word as plain lower case: the tests of which word matched are string comparisons.
      const word = m[0].toLowerCase();
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      // The cheap word tests first: the anchored patterns backtrack on every trigger.
      if (/\b(?:not|never|no)\b|n't/i.test(before) && DENIED.test(before)) continue;
      if (
        /\b(?:until|till|pending|ahead|following|after|before|during|close|conclusion|end|start|opening)\b/i.test(
          before,
        ) &&
        background(before) &&
        !datesItself(`${before}${m[0]}`, sentence.slice(m.index + m[0].length)) &&
        !aheadOfItsOwn(before, sentence.slice(m.index + m[0].length)) &&
        !recalledByPlace(before, m[0], sentence.slice(m.index + m[0].length))
      )
        continue;
      const near = before.slice(-40);
      if (/(?:this|these|present|above|that|the)\s+$/i.test(near) && SELF_REFERENCE.test(near)) continue;
      if (kind === 'statement' && /\b(?:following|text of|welcom)/i.test(near) && ITSELF_BEFORE.test(near))
        continue;
      if (word === 'meeting' && MEETING_AS_VERB.test(sentence.slice(m.index))) continue;
      // "Al-Noor Conference Palace", "the Congress Centre": a venue's name, not a meeting.
      if (word === 'conference' && VENUE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      if (PROCEDURAL_NOTE.test(sentence.slice(m.index))) continue;
      // "will act as an impartial host", "interpreted by the host": the host named, not hosting.
      if ((word === 'host' || word === 'hosts') && HOST_AS_NOUN.test(near)) continue;
      if (/\b(?:rul|refus|declin|unwilling|call|demand|reject)/i.test(near) && NOT_HELD.test(near)) continue;
      // "There are no plans for a meeting", "a visit is not on the agenda": no event is reported.
      if (noneIsPlanned(said, m.index, m[0])) continue;
      if (/\b(?:if|unless|should|were)\b/i.test(before) && supposed(sentence.slice(0, m.index))) continue;
      if (kind === 'statement' && BRIEFING_ITSELF.test(sentence.slice(m.index + m[0].length))) continue;
      if (PROCESS_NOUN.test(m[0]) && /\b(?:on|about|regarding)\b/i.test(near) && TOPIC_OF.test(near))
        continue;
      if (
        kind === 'statement' &&
        /\b(?:to|with|under|in|of)\s+(?:the|this|that|its|their)\s/i.test(near) &&
        AS_A_TEXT.test(near) &&
        !TEXT_MADE.test(sentence.slice(m.index + m[0].length))
      )
        continue;
      if (
        (word === 'meet' || word === 'meets' || word === 'met') &&
        (MET_AS_VERB.test(sentence.slice(m.index)) || MET_AS_PASSIVE.test(sentence.slice(0, m.index)))
      )
        continue;
      if (
        PROCESS_NOUN.test(m[0]) &&
        /\b(?:basis|conditions|prospect|close|familiar|conclude|complete|finali|wrap)/i.test(near) &&
        PROCESS_FRAME.test(near)
      )
        continue;
      const after = sentence.slice(m.index + m[0].length);
      if (!namesSomeoneOrSomewhere(m[0].trim(), after)) continue;
      if (word.startsWith('receiv') && kind !== 'visit' && !receivedSomeone(after)) continue;
      // In the passive the one received is the subject: "the proposal was received in Kessel" is no guest.
      if (
        word === 'received' &&
        AUXILIARY_END.test(before) &&
        !SOMEONE_BEFORE.test(before.replace(AUXILIARY_END, ''))
      )
        continue;
      // "A reply is expected in April": a month is no place to be received or expected in.
      // Nor is a text or the weather a guest: "The proposal was received in Kessel with dismay".
      if (
        kind === 'visit' &&
        (word.startsWith('received ') || word.startsWith('expected ')) &&
        (CALENDAR_WORD.test(m[0].split(' ')[2] ?? '') ||
          !SOMEONE_BEFORE.test(before.replace(AUXILIARY_END, '')))
      )
        continue;
      // "the written proposals received from Obravia", "the revised text received by the delegation":
      // what was received is a text, handed over, not a guest.
      if (word === 'received' && /^\s+(?:from|by)\b/i.test(after) && HANDED_TEXT.test(near.slice(-30)))
        continue;
      if (
        (word.startsWith('welcom') || word.startsWith('greet')) &&
        !welcomedSomeone(after) &&
        !PERSON_WELCOMED.test(before)
      )
        continue;
      // "ready to sign in Port Eldin on 6 April": the bare verb signs where a place's capital, or a
      // day, follows; not "sign in good faith", nor a question ("Will the Prime Minister sign in Qadira?").
      if (kind === 'meeting' && word === 'sign' && (!SIGNS_WHERE.test(after) || /\?\s*$/.test(sentence)))
        continue;
      if (
        kind === 'meeting' &&
        (word.startsWith('sign') || word.startsWith('countersign')) &&
        !namesAnAgreement(m[0])
      )
        continue;
      // "the joint statement signed on Friday": the statement's record, which its own pattern reads.
      if (
        kind === 'meeting' &&
        (word === 'signed' || word === 'countersigned') &&
        STATEMENT_SIGNED.test(before)
      )
        continue;
      // "the initialled text" describes a text; "a deal initialled there would ..." supposes one.
      if (
        word.startsWith('initial') &&
        /^initial\w*ed$/i.test(m[0]) &&
        (DETERMINED.test(near) || SUPPOSED_TEXT.test(sentence))
      )
        continue;
      // "that is not what was initialled": what was signed is the text, not the occasion.
      if ((word.startsWith('sign') || word.startsWith('initial')) && WHAT_WAS.test(near)) continue;
      if (HANDING.test(m[0]) && !handsAText(before, after)) continue;
      if (MADE_PUBLIC.test(m[0]) && !publishesAText(m[0], before, after)) continue;
      // "Yesterday I was in Draskow", "On Monday the Minister was at Kell Ford", a timeline's "the next
      // day Carrow is in Mostyn": someone was there,
      // not "Today the answer is in Kessel".
      if (
        kind === 'visit' &&
        /^(?:am|is|are|was|were|will be) (?:in|at) /i.test(m[0]) &&
        !SOMEONE_BEFORE.test(before)
      )
        continue;
      // One word, one event: "signed the accord" is the signing, not a statement as well.
      if (found.some((c) => c.index === m.index)) continue;
      found.push({ kind: handedInPerson(m[0], after) ? 'meeting' : kind, index: m.index, word: m[0] });
    }
  }
  return found;
}

/** The date words nearest a trigger, when they cannot be read for want of the day of writing. */
function nearestWords(sentence: string, at: number): string {
  const words = dateWordsAt(sentence);
  return (
    words.reduce((best, w) => (Math.abs(w.index - at) < Math.abs(best.index - at) ? w : best), words[0]!)
      ?.text ?? ''
  );
}

/** Where the next trigger after `at` stands, or the sentence's end. */
const nextTrigger = (found: Trigger[], at: number): number =>
  Math.min(Number.POSITIVE_INFINITY, ...found.filter((t) => t.index > at).map((t) => t.index));

/** The day written after a trigger, before any other trigger could claim it. */
function dayAfter(dates: FoundDate[], at: number): FoundDate | undefined {
  return dates.find((d) => !d.vague && d.index >= at && d.index - at < 90);
}

const RESTATED =
  /^within [^,;.]{1,30},?\s+(?:that is|i\.e\.|namely)[,\s]+(?:(?:by|on|before|no later than)\s+)?/i;

/** The day written just before a trigger: "the 30 April deadline". */
function dayJustBefore(dates: FoundDate[], at: number): FoundDate | undefined {
  return dates.find((d) => !d.vague && d.index < at && at - (d.index + d.text.length) <= 2);
}

/**
 * Whether the trigger at `early` stands in a clause closed by a semicolon (or ", while", ", but")
 * before the one at `late`, and each gives a day of its own.
 */
function clauseOfItsOwn(sentence: string, dates: FoundDate[], early: number, late: number): boolean {
  const between = sentence.slice(early, late);
  const cut = CLAUSE_BREAK.exec(between) ?? nextOccasionBreak(sentence, between, late);
  if (!cut) return false;
  const [own, theirs] = [dayAfter(dates, early), dayAfter(dates, late)];
  return own !== undefined && theirs !== undefined && own.index < early + cut.index && own.iso !== theirs.iso;
}
const CLAUSE_BREAK = /;\s|,\s+(?:while|but|whereas)\s/i;
// "Talks ended on Wednesday, with the delegations agreeing to meet again on 27 March", "met on
// Monday and agreed to meet again in April": the next occasion, told in a clause after ", with",
// ", and" or "and", is another event than the one that ended (nextOccasion.ts).
function nextOccasionBreak(sentence: string, between: string, late: number): RegExpExecArray | null {
  return isNextOccasion(sentence, late) ? NEXT_BREAK.exec(between) : null;
}
const NEXT_BREAK =
  /,\s+(?:with|and)\s|\s+and\s+(?=(?:[\w'’-]+\s+){0,4}?(?:agree|decide|plan|will|are to|were to|would))|\s+with\s+(?:an?\s+|the\s+)?(?:agreement|plan|decision|promise|pledge|commitment)s?\s/i;
// "open talks", "opens the second round": the meeting is the object of the opening.
const OPENS_IT = /^open(?:s|ed|ing)?\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * The events of a sentence's trigger words, one per class; a second of one class only after
 * "and again", in a new clause, or with a day of its own; plus the deadlines its limit words set.
 */
function triggers(sentence: string, given: Candidate[], dates: FoundDate[]): Trigger[] {
  const found: Trigger[] = [];
  // "the text presented after the round in Ossel": a round recalled beside a sitting the sentence
  // reports is only its time, and gives way to it.
  const reported = (w: Candidate) => CLASS[w.kind] === 'meeting' && !recalledAt(sentence, w.index);
  const words = given.some(reported)
    ? given.filter((w) => CLASS[w.kind] !== 'meeting' || !recalledAt(sentence, w.index))
    : given;
  for (const word of words) {
    const { index } = word;
    const journey = word.kind === 'visit';
    const kind = journey && teamJourney(sentence, index) ? 'talks' : word.kind;
    // A signing is an occasion of its own beside the talks or the briefing the sentence reports.
    const signingAt = (k: EventClaimKind, at: number) => k === 'meeting' && SIGNING.test(sentence.slice(at));
    const signing = signingAt(kind, index);
    const mine = found.findLast(
      (t) => CLASS[t.kind] === CLASS[kind] && signingAt(t.kind, t.index) === signing,
    );
    if (mine) {
      // The patterns run in their own order, not the sentence's: "Talks ended on Wednesday; the
      // President met both delegations on Thursday" finds "met" first. A trigger before it, in a
      // clause of its own that gives its own day, is another event.
      if (index < mine.index && clauseOfItsOwn(sentence, dates, index, mine.index)) {
        found.push({ kind, index, apart: true, journey });
        // "Talks ended on Wednesday, with the delegations agreeing to meet again": the next round.
        if (
          kind === 'talks' &&
          mine.kind === 'meeting' &&
          isNextOccasion(sentence, mine.index) &&
          /\b(?:delegations|sides|negotiators|negotiating teams)\b/i.test(sentence.slice(index, mine.index))
        )
          mine.kind = 'talks';
      }
      if (index <= mine.index) continue;
      const between = sentence.slice(mine.index, index);
      // "met today ... the second round, scheduled to open on 14 April": each with its own day.
      // "within 72 hours, ahead of the 30 April deadline": a day said just before its noun is its own.
      const [mineDay, ownDay] = [
        dayAfter(dates, mine.index),
        dayAfter(dates, index) ?? dayJustBefore(dates, index),
      ];
      const ownDayApart =
        mineDay !== undefined && ownDay !== undefined && mineDay.index < index && mineDay.iso !== ownDay.iso;
      // "progress since the Veyrin talks and ... the second round of talks, scheduled for 14 April":
      // a round given a number and a day of its own, after a mention with neither, is another; not
      // the round a team's journey is for ("would travel to Sorrance for a first round of talks").
      const numberedApart =
        !mine.journey &&
        ownDay !== undefined &&
        ownDay.index > index &&
        !dates.some((d) => d.index > mine.index && d.index < index) &&
        ordinalOf(sentence, index) !== undefined &&
        ordinalOf(sentence, mine.index) === undefined;
      // "met on Monday and agreed to meet again in April": the next occasion, after the day of the first.
      const nextApart =
        mineDay !== undefined &&
        mineDay.index < index &&
        NEXT_BREAK.test(between) &&
        isNextOccasion(sentence, index);
      if (
        /\band again\b/i.test(between) ||
        OFFSET_START.test(between) ||
        ownDayApart ||
        numberedApart ||
        nextApart
      )
        found.push({ kind, index, apart: true, journey });
      else if (NEW_CLAUSE.test(between)) found.push({ kind, index, journey });
      continue;
    }
    // What a visit is for is part of the visit.
    const before = sentence.slice(Math.max(0, index - 60), index);
    if (found.some((t) => t.kind === 'visit' && t.index < index) && PURPOSE.test(before)) continue;
    found.push({ kind, index, journey });
  }
  // "met Dahl on Monday and Solberg on Tuesday": a conjunct that leaves out the verb is another event.
  found.push(...coordinatedEvents(sentence, dates, found));
  for (const limit of [...limits(sentence, dates), ...namedLimits(sentence, dates)])
    if (!found.some((t) => t.kind === 'deadline' && Math.abs(t.index - limit) < 50))
      found.push({ kind: 'deadline', index: limit });
  // "the deadline ..., moving it from March 20 to March 27": one deadline, read at the day it is
  // moved to; the limit named before the move in the clause is the same limit, and gives way to it.
  // "The date, originally set for 27 March, has been moved to 3 April": a move's verb between its days too.
  const moved = movedLimits(sentence, dates);
  if (moved.length > 0) {
    const first = moved[0]!.index;
    const last = moved.at(-1)!.index;
    for (const t of found.filter(
      (t) => t.kind === 'deadline' && t.index < last && !/[;:]/.test(sentence.slice(t.index, first)),
    ))
      found.splice(found.indexOf(t), 1);
    found.push({ kind: 'deadline', index: movedLimitDay(sentence, moved)!.index, apart: true });
  }
  // "First 22 March, then the 29th, now the 31st": each step of a limit is a deadline of its own.
  const steps = limitStepDays(sentence, dates);
  if (steps.length > 0) {
    for (const t of found.filter((t) => t.kind === 'deadline')) found.splice(found.indexOf(t), 1);
    for (const day of steps) found.push({ kind: 'deadline', index: day.index, apart: true });
  }
  // "calls on the parties to initial the framework on 21 March": a signing told as a target, with
  // its day in its clause, is the limit (signingTargets.ts).
  for (const t of found.filter(
    (t) => (t.kind === 'meeting' || t.kind === 'statement') && SIGNING.test(sentence.slice(t.index)),
  )) {
    const from = signingTarget(sentence, t.index);
    const day = from === undefined ? undefined : dayAfter(dates, from);
    if (from === undefined || !day || NEW_CLAUSE.test(sentence.slice(from, day.index))) continue;
    found.splice(found.indexOf(t), 1);
    if (!found.some((d) => d.kind === 'deadline' && Math.abs(d.index - from) < 50))
      found.push({ kind: 'deadline', index: from });
  }
  // "The accord is to be signed no later than 30 November", "the date for the signature of the
  // Accord": the signing is the deadline's.
  const signing = found.find(
    (t) =>
      (t.kind === 'statement' || t.kind === 'meeting') &&
      SIGNING.test(sentence.slice(t.index)) &&
      found.some(
        (d) =>
          d.kind === 'deadline' &&
          // "initialled the text on 14 March, and the date for signature is 20 March": another clause.
          !NEW_CLAUSE.test(sentence.slice(Math.min(d.index, t.index), Math.max(d.index, t.index))) &&
          (LIMIT_OF.test(sentence.slice(Math.max(0, t.index - 30), t.index)) ||
            (d.index > t.index
              ? d.index - t.index < 40
              : t.index - d.index < 40 && /^(?:the|a|as) (?:\w+ )?date\b/i.test(sentence.slice(d.index)))),
      ),
  );
  if (signing) found.splice(found.indexOf(signing), 1);
  // "received the Special Envoy, who is on a working visit to Lindmar": the host's reception is
  // the visit told from the host's side, one event.
  const visit = found.find(
    (t) =>
      t.kind === 'visit' &&
      /,\s+who (?:is|was|are|were) $/i.test(sentence.slice(Math.max(0, t.index - 20), t.index)),
  );
  const reception =
    visit &&
    found.find(
      (t) => t.kind === 'meeting' && t.index < visit.index && RECEPTION.test(sentence.slice(t.index)),
    );
  if (reception) found.splice(found.indexOf(reception), 1);
  // "traveled to Brisk today and met with Prime Minister Maddox", "to travel to Irrek on Thursday to
  // brief the cabinet": whom a visitor meets on the journey, in the same clause, is the visit's business.
  const journey = found.find((t) => t.kind === 'visit');
  const business =
    journey &&
    found.find(
      (t) =>
        t.kind === 'meeting' &&
        t.index > journey.index &&
        VISIT_BUSINESS.test(sentence.slice(Math.max(0, t.index - 5), t.index + 6)) &&
        !/[,;:]/.test(sentence.slice(journey.index, t.index)),
    );
  if (business) found.splice(found.indexOf(business), 1);
  // "Yesterday I was in Draskow, where I handed the revised text to the Minister": a text handed
  // over where the visitor went is the visit's business too.
  const handedThere =
    journey &&
    found.find(
      (t) =>
        (t.kind === 'statement' || t.kind === 'meeting') &&
        t.index > journey.index &&
        HANDING.test(sentence.slice(t.index)) &&
        /,\s+where\s+(?:\S+\s+){0,3}$/i.test(sentence.slice(journey.index, t.index)),
    );
  if (handedThere) found.splice(found.indexOf(handedThere), 1);
  // "The round will open on the first of December", "negotiators will open talks in Fjellby on
  // March 19": what opens is the meeting, not a deadline.
  const opening = found.find((t) => t.kind === 'deadline' && /^open/i.test(sentence.slice(t.index)));
  const opened = (t: Trigger) =>
    t.index < opening!.index || OPENS_IT.test(sentence.slice(opening!.index, t.index));
  if (opening && found.some((t) => CLASS[t.kind] === 'meeting' && opened(t)))
    found.splice(found.indexOf(opening), 1);
  // "will meet for the first time within 72 hours", "hold its first session within ten days":
  // the span dates the meeting it follows, and sets no limit of its own.
  const span = found.find(
    (t) =>
      t.kind === 'deadline' &&
      /^within/i.test(sentence.slice(t.index)) &&
      found.some(
        (m) =>
          CLASS[m.kind] === 'meeting' &&
          m.index < t.index &&
          !/[,;]/.test(sentence.slice(m.index, t.index)) &&
          t.index - m.index < 50,
      ),
  );
  if (span) found.splice(found.indexOf(span), 1);
  // "within 30 days, that is by 19 February": the day written restates the span, one limit.
  for (const t of [...found]) {
    const said = t.kind === 'deadline' && RESTATED.exec(sentence.slice(t.index));
    const day = said && dates.find((d) => !d.vague && d.index === t.index + said[0].length);
    if (!day) continue;
    // One limit, dated by the day: a limit word read on that day ("by 19 February") is the same one.
    for (const o of found.filter(
      (o) => o !== t && o.kind === 'deadline' && o.index > t.index && o.index <= day.index,
    ))
      found.splice(found.indexOf(o), 1);
    t.index = day.index;
  }
  return found.sort((a, b) => a.index - b.index);
}

// "no later than 30 November", "by tomorrow", "have until Friday": a day set as a limit. "Before"
// sets one only in a plan or an obligation ("must be signed before the 20th").
// "by midnight on Friday", "no later than noon on 20 March": the hour of a limit before its day.
const LIMIT_WORDS =
  /\b(?:by|no later than|not later than|(?:has|have|had|given|granted|needs?|needed) until|(?:gave|give|gives|giving|given) \S+(?: \S+)? until|deadline (?:of|is|for \w+(?: \w+)? is))\s+(?:(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h|GMT|UTC)?)\s+(?:on\s+)?)?$/i;
const BEFORE = /\bbefore\s+$/i;
// A verb of a journey or a sitting: its forms, not any word it opens ("a landmark accord", "meets
// all the conditions", "the convention", "the department", "the holdout party" are owed before a
// day as any act is), and a return to a place, not of a thing ("copies must be returned before").
const HAPPENS_BEFORE =
  /\b(?:arriv\w*|meet(?!s?\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:conditions|demands|requirements|criteria|obligations|terms|targets?)\b)\w*|met|held|hold(?:s|ing)?|visit\w*|travel\w*|return(?:s|ed|ing)?(?=\s+(?:to|home|from|here|there)\b)|resum\w*|conven(?:e|es|ed|ing)|land(?:s|ed|ing)?|fl(?:y|ies|ying|ew|own)|leav(?:e|es|ing)|depart(?:s|ed|ing|ure)?)\b[^,;]{0,30}\bbefore\s+$/i;
// "The ceasefire must be agreed in the first half of April": what must be done in a period is due
// by its end; what is done or held in it ("the talks will resume in early April") is not a limit.
const IN_PERIOD =
  /\b(?:must|shall|should|has to|have to|needs? to|(?:is|are) (?:due )?to be)\s+(?:be\s+)?(?:(?!meet|met|held|hold|visit|resume|convene|travel|talk)[\w-]+\s+){1,6}in\s+$|\b(?:review|report|decision|answer|reply|response|ratification|signature|signing|vote|payment|withdrawal|pull-?back|text|proposal|draft|assessment)s?\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:is|are|was|were)\s+(?:now\s+)?due\s+in\s+$/i;
// "a ceasefire would be signed before 1 April", "our goal remains a text signed before", "requests the
// Commission to report before", "decides to undertake a mission before": an act owed, or aimed at, by a day.
const OBLIGED =
  /\b(?:must|should|shall|has to|have to|needs? to|is to|are to|to be|will|would|planned|expect(?:s|ed)?|required|(?:goal|aim|objective|target) (?:is|remains|was)|(?:requests?|invites?|urges?|decides?|decided|agreed|agrees) (?:[\w'’-]+ ){0,4}to)\b/i;

/** Offsets of the limit words of `sentence` that set a day as a deadline. */
function limits(sentence: string, dates: FoundDate[]): number[] {
  const found: number[] = [];
  for (const d of dates) {
    // "by mid-April", "no later than June 2031": a period sets a limit as a day does. Not "within
    // ten days" (a span, read as the deadline's own trigger) nor a week or month with no period.
    if (d.vague && !d.period) continue;
    // "in early April" is read with its "in".
    const inLead = /^in\s+/i.exec(d.text)?.[0] ?? '';
    if (d.vague && IN_PERIOD.test(sentence.slice(Math.max(0, d.index - 100), d.index) + inLead)) {
      found.push(d.index);
      continue;
    }
    // A weekday is read with the word before it ("until Friday"): that word is the limit's.
    const lead = /^(?:by|until|before)\s+/i.exec(d.text)?.[0] ?? '';
    const before = sentence.slice(Math.max(0, d.index - 40), d.index) + lead;
    // "would arrive in Fjellby before Friday": a journey or a sitting before a day is when it happens.
    const m =
      LIMIT_WORDS.exec(before) ??
      (OBLIGED.test(sentence) && !HAPPENS_BEFORE.test(before) ? BEFORE.exec(before) : null);
    if (m) found.push(d.index - before.length + m.index);
  }
  return found;
}

// A visit's place is where it goes: "will travel to Fjellby", "visited Drava".
const DESTINATION = /^\S*(?:\s+to)?\s+((?:the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/u;

// Words that open a clause of its own between a place and the occasion: ", signaling …", "; …".
const PLACE_CLAUSE_BREAK =
  /[;—–]|,\s+(?:signal+ing|while|whereas|but|although|though|which|who|as|after|since|when)\b/i;

function place(sentence: string, visit?: Trigger, at?: number): string | undefined {
  const to = visit && DESTINATION.exec(sentence.slice(visit.index));
  if (to && !NOT_NAME_WORDS.has(to[1]!.split(' ')[0]!.toLowerCase())) return to[1]!.replace(/^the /, '');
  const places: { name: string; index: number }[] = [];
  for (const m of allMatches(PLACE, sentence)) {
    const name = m[1]!.replace(/^the /, '').replace(/['’]s$/, '');
    if (NOT_NAME_WORDS.has(name.split(' ')[0]!.toLowerCase())) continue;
    if (placeOfTelling(sentence, m.index, m.index + m[0].length)) continue;
    places.push({ name, index: m.index });
  }
  // "… following his talks in Kyiv, signaling …, met in Anchorage in August for a summit": a place
  // a clause break keeps from the occasion is another occasion's, where one stands in the occasion's own clause.
  if (
    at !== undefined &&
    places.length > 1 &&
    PLACE_CLAUSE_BREAK.test(sentence.slice(places[0]!.index, at))
  ) {
    const own = places.findLast((p) => p.index < at && !PLACE_CLAUSE_BREAK.test(sentence.slice(p.index, at)));
    if (own) return own.name;
  }
  return places[0]?.name;
}

// "told reporters in Drava that the signing …", "said at a briefing in Kessel that …": where the
// words were said, not where what they report takes place.
const TELLING_BEFORE =
  /\b(?:told|tells|said|says|announced|stated|declared|confirmed|insisted|stressed|noted|added)\b[^,;:.]{0,40}$/i;
const THAT_AFTER = /^,? (?:on \p{Lu}\p{Ll}+,? |(?:earlier )?(?:today|yesterday|on \w+),? )?that\b/u;

function placeOfTelling(sentence: string, start: number, end: number): boolean {
  return (
    THAT_AFTER.test(sentence.slice(end, end + 30)) &&
    TELLING_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))
  );
}

/** The last day of a period counted from a signing the text dated before ("within 72 hours of signature"). */
function countedFromSigning(
  sentence: string,
  at: number,
  counted: RegExpExecArray,
  signedOn: string | undefined,
): FoundDate | undefined {
  if (!signedOn || !FROM_SIGNING.test(sentence.slice(at + counted[0].length))) return undefined;
  const period = counted[1]!;
  const n = Number(/\d+/.exec(period)?.[0] ?? spans(`within ${period}`)[0]?.days ?? Number.NaN);
  if (Number.isNaN(n)) return undefined;
  const unit = /(hour|day|week|month|year)s?$/i.exec(period)![1]!.toLowerCase();
  const days =
    unit === 'hour' ? Math.round(n / 24) : n * ({ day: 1, week: 7, month: 30, year: 365 }[unit] ?? 1);
  const [y, m, d] = signedOn.split('-').map(Number);
  const iso = new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
  return { iso, text: counted[0], index: at };
}

/** The day of an event placed "a day after" another that the sentence dates: that day, moved back. */
function offsetDate(sentence: string, dates: FoundDate[], trigger: Trigger): FoundDate | undefined {
  const m = OFFSET.exec(sentence.slice(0, trigger.index));
  if (!m) return undefined;
  const base = dates.filter((d) => d.index < m.index).at(-1);
  if (!base) return undefined;
  const count = /^\d/.test(m[1]!) ? Number(m[1]) : Math.max(1, OFFSET_COUNTS.indexOf(m[1]!.toLowerCase()));
  const days = count * (m[2]!.toLowerCase() === 'week' ? 7 : 1) * (m[3]!.toLowerCase() === 'after' ? -1 : 1);
  const [y, mo, d] = base.iso.split('-').map(Number);
  const day = new Date(Date.UTC(y!, mo! - 1, d! + days));
  return { iso: day.toISOString().slice(0, 10), text: m[0].split(' ').slice(0, 3).join(' '), index: m.index };
}

/**
 * "At midnight on the 19th", "from midnight tonight": the limit falls as the day ends, so its day
 * is the next one; "at midnight on 19/20 January" already names it.
 */
function atMidnight(sentence: string, trigger: Trigger, date: FoundDate | undefined): FoundDate | undefined {
  if (!date || date.vague || !/^(?:at|from) midnight/i.test(sentence.slice(trigger.index))) return date;
  if (/\d\s*\/\s*$/.test(sentence.slice(Math.max(0, date.index - 4), date.index))) return date;
  const [y, m, d] = date.iso.split('-').map(Number);
  return { ...date, iso: new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10) };
}

/** The date that governs a trigger: the nearest one, after it before before it. */
const YEAR_ONLY = /^(?:in )?(?:(?:last|previous|the previous) year|\d{4})$/i;
const TIME_CLAUSE = /^(?: (?:morning|afternoon|evening|night))?, when [^,;]*$/i;
const NEXT_CONJUNCT = /\band (?:the|a|an|its|their|his|her)\b/i;
function governing(
  sentence: string,
  dates: FoundDate[],
  trigger: Trigger,
  others: Trigger[],
): FoundDate | undefined {
  if (dates.length === 0) return undefined;
  // A date nearer another trigger belongs to that one. A date before the trigger and a new noun
  // phrase joined by "and" is the earlier phrase's: "discussed the framework presented on Thursday
  // and the meeting planned for Sunday".
  const distance = (d: FoundDate, t: Trigger) =>
    d.index >= t.index
      ? d.index - t.index
      : (t.index - d.index) *
        (NEXT_CONJUNCT.test(sentence.slice(d.index + d.text.length, t.index)) ? 4 : 1.5);
  // "the text is initialled, signing is due by 31 March": beside a signing, a limit's day is the
  // day the next step is due, not the signing's.
  if (
    trigger.kind === 'meeting' &&
    SIGNING.test(sentence.slice(trigger.index)) &&
    dates.every((d) =>
      others.some(
        (o) =>
          o.kind === 'deadline' &&
          distance(d, o) < distance(d, trigger) &&
          // "initialled it on 14 March, and the date for signature is 20 March": a day before the
          // limit's clause is not the limit's.
          !(d.index < o.index && NEW_CLAUSE.test(sentence.slice(d.index, o.index))),
      ),
    )
  )
    return undefined;
  // "The meeting focused on the negotiations, which the parties have undertaken to conclude by the
  // end of the month": a lone day nearer a limit word than the trigger is the limit's.
  if (dates.length === 1)
    return trigger.kind !== 'deadline' &&
      !dates[0]!.vague &&
      others.some((o) => o.kind === 'deadline' && distance(dates[0]!, o) < distance(dates[0]!, trigger))
      ? undefined
      : dates[0];
  // "Yesterday morning, when the second round opened, ...": a time and the clause that tells
  // what happened then, set beside it, are one time; a date past that clause is another's.
  const told = dates.findLast(
    (d) =>
      d.index < trigger.index && TIME_CLAUSE.test(sentence.slice(d.index + d.text.length, trigger.index)),
  );
  if (told) return told;
  const mine = dates.filter((d) =>
    others.every((o) => o === trigger || distance(d, trigger) <= distance(d, o)),
  );
  const pool = mine.length > 0 ? mine : dates;
  // "A draft leaked on 3 March; talks in Ostiva from 11 to 13 March cut it": a semicolon closes a
  // clause, and where the trigger's own clause gives a day, that day is its own.
  const apart = (d: FoundDate) =>
    sentence.slice(Math.min(d.index, trigger.index), Math.max(d.index, trigger.index)).includes(';');
  const own = pool.filter((d) => !apart(d));
  return (own.length > 0 ? own : pool).reduce((best, d) =>
    distance(d, trigger) < distance(best, trigger) ? d : best,
  );
}

// "At the conclusion of the meeting,", "After the end of the call,": the event a clause's opening names.
const AT_CLOSE_OF =
  /^(?:at|after|following|on) the (?:conclusion|end|close) of the (meeting|talks|round|session|summit|call|visit)\b[^.;]*$/i;
const CLOSED_CLASS = (noun: string) => (/^(?:call|visit)$/i.test(noun) ? noun.toLowerCase() : 'meeting');

// No sentence of prose runs longer: a text with no stops (a pasted table, a run of dates) is read
// a window at a time, cut at a clause break where one stands, so that what is read per trigger
// and per date stays within a window, not the whole text once per trigger.
const SENTENCE_REACH = 1500;
const WINDOW_CUT = /[;,]\s|\s/g;

/** `span` itself, or the windows of at most SENTENCE_REACH characters an overlong one is read in. */
export function readingWindows(text: string, span: Span): Span[] {
  if (span[1] - span[0] <= SENTENCE_REACH) return [span];
  const windows: Span[] = [];
  let from = span[0];
  while (span[1] - from > SENTENCE_REACH) {
    const piece = text.slice(from, from + SENTENCE_REACH);
    // The last clause break in the window's second half, else its last space, else a hard cut.
    let cut = -1;
    let space = -1;
    for (const m of allMatches(WINDOW_CUT, piece)) {
      if (m.index < SENTENCE_REACH / 2) continue;
      if (m[0].length > 1) cut = m.index + 1;
      else space = m.index;
    }
    const to = from + (cut !== -1 ? cut : space !== -1 ? space : SENTENCE_REACH);
    windows.push([from, to]);
    from = to;
  }
  windows.push([from, span[1]]);
  return windows;
}

export interface EventInput {
  text: string;
  masked: string;
  sentences: Span[];
  hits: NameHit[];
  published: string | undefined;
  /** The day the document was received: the year of a day it writes without one, when it has no date. */
  received?: string | undefined;
  genre?: Genre;
}

/** Event claims of a clean text; one per kind and date in the document. */
export function extractEvents({
  text,
  masked,
  sentences,
  hits,
  published: documentDay,
  received,
  genre: given = 'news',
}: EventInput): SuggestedClaim[] {
  const genre = ownRecord(given, text);
  const parts = partDays(text, () => writesMonthFirst(text));
  const claims: Extract<SuggestedClaim, { kind: 'event' }>[] = [];
  // The last day the text gave: "the following day" counts from it.
  let anchor: string | undefined;
  const seen = new Map<string, Extract<SuggestedClaim, { kind: 'event' }>>();
  const people = new Map<SuggestedClaim, Set<string>>();
  const occasions = new Map<SuggestedClaim, string>();
  const leaderMeetings = new Set<SuggestedClaim>();
  // The day the text says the accord was signed: a period "of signature" counts from it.
  let signedOn: string | undefined;
  // The last day the text set as the limit for signing: a signing to come is held on it.
  let signingDue: string | undefined;
  // An official document's headline names the event its body reports again, in full. The
  // headline is among the unpunctuated lines above the body: a release often opens with a
  // kicker, the sender and a dateline before it. A line ending in a colon opens the body ("The
  // Council adopted the following conclusions at its meeting on 18 March:"): it introduces, as
  // no title does.
  const bodyStart = sentences.find(([s, e]) => /[.!?:]$/.test(text.slice(s, e)))?.[0] ?? text.length;
  const titles = new Set(sentences.filter(([s]) => s < bodyStart));
  // A news headline is not dated by the paper's day, but it too names the event its body reports.
  const headlines = genre === 'news' ? new Set<Span>() : titles;
  // "Related: Statement of the Ministry on ...", a page's list of related links: other pages' events.
  const links = linkedTitles(text);
  // Every trigger word of the text, found once: each window asks which it holds.
  const wordsAt = triggerHits(masked);
  for (const span of sentences.flatMap((s) =>
    readingWindows(masked, s).flatMap((w) => addedClauses(masked, w)),
  )) {
    const [start, end] = span;
    if (links.some(([s, e]) => start >= s && start < e)) continue;
    const published = dayOfPart(parts, start) ?? documentDay;
    // The sentence before: a limit it names is the one "It was moved to 21 March" moves.
    const previous = masked.slice(Math.max(0, start - 200), start);
    const sentence = masked.slice(start, end);
    // Dates cost the most: read only where a trigger, or a limit word that makes one, stands.
    const words = candidates(sentence, text.slice(start, end), neededTriggers(sentence, wordsAt, start));
    // "On the next round of talks / It will take place in Fjellby on 20 March."
    const told = /^[^\n]{0,45}\b(?:It|This|That) /.test(sentence)
      ? pronounOccasion(sentence, previous)
      : undefined;
    if (
      words.length === 0 &&
      !told &&
      !LIMIT_HINT.test(sentence) &&
      !mayTellLimitSteps(sentence) &&
      !LIMIT_NAME_HINT.test(sentence)
    )
      continue;
    // "The call, the first since 12 January": the day a gap is measured from is another event's.
    // "The deadline, first set on 1 February": the day a limit was set is not a day it falls due.
    const saidDays: FoundDate[] = [];
    const dates = withoutDatelineDay(
      sentence,
      withoutSettingDays(
        sentence,
        withoutSinceAnchors(sentence, findEventDates(sentence, published, anchor, saidDays, received)),
      ),
    );
    // With no day of writing (a wire story dated "March 7", no year), "on Monday" cannot be read,
    // but it still places the event in time: reported, on no known day.
    const placed = !published && dates.length === 0 && mayHoldDate(sentence);
    // A transcript's title "Press conference by ..." names the document, not an event in it.
    const found = triggers(sentence, words, dates).filter(
      (t) =>
        (!headlines.has(span) || !TITLE_OF_ITSELF.test(sentence.slice(t.index))) &&
        (t.kind !== 'statement' || !citedText(sentence.slice(t.index, t.index + 90))) &&
        (t.kind !== 'deadline' || limitMovedStands(sentence, t.index, previous)),
    );
    if (found.length === 0 && told && (dates.length > 0 || PLACE_NAMED.test(sentence)))
      found.push({ kind: told, index: sentence.search(/\b(?:It|This|That) /) });
    if (found.length === 0) continue;
    anchor = dates.findLast((d) => !d.vague)?.iso ?? anchor;
    const where = place(
      sentence,
      found.find((t) => t.journey),
      found[0]!.index,
    );
    const named = hitsWithin(hits, span).filter((h) => !h.inQuote && h.id);
    const participants = [...new Set(named.map((h) => h.id!))];
    const persons = [...new Set(named.filter((h) => h.kind === 'person').map((h) => h.id!))];
    const speaksAhead = isFutureTense(sentence);
    // "Experts met after the 4 March call": a day that modifies one trigger's noun is not another's.
    const modifiers = modifierDays(sentence, dates, found);
    const filed = speaksAhead ? filedDayEnd(sentence) : 0;
    for (const trigger of found) {
      // "DRAVA, March 4 (Reuters) - the next round would be held in Fjellby": the day the story was
      // filed is no day of an occasion still to come.
      const days = withoutDatelineDayBefore(
        sentence,
        filed > 0 && tenseAt(sentence, trigger.index) === 'future'
          ? dates.filter((d) => d.index >= filed)
          : dates,
        trigger.index,
      );
      // "expected a report on the talks later today": the report's day, not the talks'.
      const dueReport = reportDueDay(sentence, trigger.index);
      // "within ten (10) days of signature": a limit counted from an act on no day the text gives.
      const counted = trigger.kind === 'deadline' ? COUNTED.exec(sentence.slice(trigger.index)) : null;
      const near = counted
        ? undefined
        : ((trigger.kind === 'deadline' ? dayNamedAsTheLimit(sentence, days, trigger.index) : undefined) ??
          atMidnight(
            sentence,
            trigger,
            offsetDate(sentence, days, trigger) ??
              governing(
                sentence,
                days.filter(
                  (d) =>
                    (modifiers.get(d.index) ?? trigger.index) === trigger.index &&
                    !dueReport(d.index) &&
                    // A chronology entry's day is when a limit was moved or set, not when it falls due.
                    (trigger.kind !== 'deadline' || !stampBeside(sentence, d, dates)),
                ),
                trigger,
                found,
              ),
          ));
      // "will hold its first session within 72 hours of signature": a meeting dated by such a period.
      const period =
        counted ??
        (near?.vague && near.index > trigger.index ? COUNTED.exec(sentence.slice(near.index)) : null);
      const periodAt = counted ? trigger.index : (near?.index ?? 0);
      // "said on Friday that the talks resume on Monday": a remark is dated by its own day only.
      const remark = trigger.kind === 'statement' && isRemark(sentence.slice(trigger.index));
      const channel = remark && onChannel(sentence.slice(trigger.index, trigger.index + 80));
      // "after the talks in Eskvik": a round recalled by its place, on no day the sentence gives it.
      const recalled = recalledAt(sentence, trigger.index);
      const dated = remark
        ? remarkDay(
            saidDays,
            dates,
            sentence.slice(trigger.index, trigger.index + 80),
            trigger.index,
            sentence,
          )
        : (period && countedFromSigning(sentence, periodAt, period, signedOn)) ||
          (trigger.kind !== 'deadline'
            ? rescheduledTo(sentence, dates, trigger.index, nextTrigger(found, trigger.index))
            : undefined) ||
          near;
      const date =
        dated && (!recalled || recalledRoundsDay(sentence, trigger.index, dated.index)) ? dated : undefined;
      // "met on Monday and will meet again on Friday": each event has the tense of its own
      // clause or of its date's ("the round, which will open on Monday").
      // "agreed to stay in close contact ahead of the second round": what a clause is ahead of is
      // still to come, whatever that clause's tense.
      // "told parliament the government would contribute": a remark made is past, whatever it foretells.
      const future =
        (!(remark && REMARK_MADE.test(sentence.slice(trigger.index, trigger.index + 12))) &&
          speaksAhead &&
          (tenseAt(sentence, trigger.index) === 'future' ||
            (date !== undefined && tenseAt(sentence, date.index) === 'future'))) ||
        AHEAD_OF.test(sentence.slice(Math.max(0, trigger.index - 60), trigger.index));
      if (trigger.kind === 'deadline' && !date && !placed && !counted) continue;
      if (remark && !date && !channel) continue;
      if (NEEDS_ITS_DAY.test(sentence.slice(trigger.index)) && !handedOnItsDay(date, trigger.index)) continue;
      // "The Special Envoy's visits will focus on ...": events summed up in the plural, on no day,
      // are those the text reports one by one, or none in particular.
      if (
        !date &&
        PLURAL_EVENTS.test(sentence.slice(trigger.index, trigger.index + 14)) &&
        SUMMED_UP.test(sentence.slice(Math.max(0, trigger.index - 40), trigger.index))
      )
        continue;
      // "last year the Council approved", "an accord signed in 1998": history the text recalls.
      if (!future && date?.vague && YEAR_ONLY.test(date.text)) continue;
      // "The signing ceremony is under way": what is happening as the text is written is on its day.
      // "has posted on X": a remark in the perfect, with no day of its own, is one just made.
      const now =
        !date &&
        !future &&
        (remark
          ? JUST_DONE.test(sentence.slice(Math.max(0, trigger.index - 12), trigger.index))
          : HAPPENING_NOW.test(sentence));
      // "At the conclusion of the meeting, the negotiators initialled the text": done on the day of
      // the event the clause names, which the text reported before.
      const closing = !date && !future ? AT_CLOSE_OF.exec(sentence.slice(0, trigger.index)) : null;
      const heldOn = closing
        ? claims.findLast((c) => c.data.date && CLASS[c.data.eventKind] === CLOSED_CLASS(closing[1]!))?.data
            .date
        : undefined;
      if (genre === 'news' && !date && !where && !placed && !counted && !now && !heldOn && !channel) continue;
      // An official document's headline names the event it records: the day it is dated.
      // Not what it names as offered, refused, called off or still to be fixed ("proposed a meeting").
      // A remark is dated by its own day, never by the record's.
      const recorded =
        ((DATED_BY_RECORD.has(genre) && !remark) || headlines.has(span) || now) &&
        !recalled &&
        !notYetHeld(sentence, trigger.index) &&
        !namedAsTopic(sentence, trigger.index);
      // "Next month", "last week": placed in time, but on no day of its own.
      // "The date for signature is moved to 10 April. The signing will take place in Ostiva": a
      // signing to come, on no day of its own, is on the day the text set for it.
      const due =
        !date && future && CLASS[trigger.kind] === 'meeting' && SIGNING.test(sentence.slice(trigger.index))
          ? signingDue
          : undefined;
      // A limit set by a period falls on the day the period names, if it names one ("by mid-April").
      const point = trigger.kind === 'deadline' ? date?.period?.point : undefined;
      const iso = date
        ? date.vague
          ? point
          : date.iso
        : (heldOn ?? due ?? (!future && published && recorded && !counted ? published : undefined));
      // Undated and nowhere, with nobody named: "the next round", too vague to record. A meeting
      // of the leaders is one of a kind however vaguely it is set ("the leaders agreed to meet").
      const leaders = leadersMeet(sentence, trigger.index);
      if (!iso && !date && !where && !placed && !counted && !channel && participants.length === 0 && !leaders)
        continue;
      // Two meetings of one day are two when the text sets them apart by the part of the day.
      const part = PART_OF_DAY.exec(sentence.slice(trigger.index))?.[0].toLowerCase() ?? '';
      // A signing is its own occasion, not the session of talks held that day.
      const occasion = `${CLASS[trigger.kind]}${SIGNING.test(sentence.slice(trigger.index)) ? ':signing' : ''}`;
      // With no day of writing, two reports of one occasion said on the same words ("yesterday")
      // are one event; an occasion on other words ("April 2") is another.
      const unread = placed ? `~${nearestWords(sentence, trigger.index)}` : undefined;
      const key = `${occasion}|${iso ?? unread ?? `${start}`}|${part}${trigger.apart ? `|${trigger.index}` : ''}`;
      // "The talks were held in a constructive atmosphere": with no time or place of its own, an
      // event of a kind the text already reported, in the same tense, is that one again.
      const tense = future ? 'future' : 'past';
      // "The leaders agreed that the first round would be held at Castel Brune": a round known by
      // its number is the one the text already reported under that number, wherever it is said to sit.
      const numbered = date || trigger.apart ? undefined : ordinalOf(sentence, trigger.index);
      const merged =
        seen.get(key) ??
        (numbered
          ? claims.findLast((c) => occasions.get(c) === occasion && c.text.toLowerCase().includes(numbered))
          : undefined) ??
        // A limit counted from an act ("seven days after signature") is its own, not the last one said.
        (date || trigger.apart || where || placed || counted || channel
          ? undefined
          : claims.findLast(
              (c) =>
                occasions.get(c) === occasion &&
                c.data.tense === tense &&
                // The leaders' meeting is not the delegations' round.
                leaderMeetings.has(c) === leaders,
            ));
      // Each naming someone the other does not: two meetings of one day with different people.
      const others = merged && people.get(merged);
      // Not so for a signing: whoever else signs the accord that day signs at the one ceremony.
      const distinct =
        others !== undefined &&
        !occasion.endsWith(':signing') &&
        !ATTENDED_BY.test(sentence.slice(trigger.index)) &&
        persons.some((id) => !others.has(id)) &&
        [...others].some((id) => !persons.includes(id));
      if (merged && !distinct) {
        for (const id of persons) others?.add(id);
        for (const id of participants)
          if (!merged.data.participants.includes(id)) merged.data.participants.push(id);
        if (
          headlines.has(merged.span) &&
          (genre !== 'meeting-transcript' || namesItsSitting(merged.text, sentence.slice(trigger.index)))
        ) {
          // A title said twice (a page's breadcrumb, then its headline: "News › Meetings", then
          // "The President received the Special Envoy") is still a title: the body's report takes
          // the place of either. Not a clause of a communiqué's opening ("The Council, meeting in
          // Ottavel on 19 March,"), nor a record's lines, which name their sitting in turn.
          const titleLine =
            headlines.has(span) && genre !== 'meeting-transcript' && !/[,;:.!?]\s*$/.test(sentence);
          merged.span = titleLine ? span : [start, end];
          merged.text = text.slice(start, end);
        }
        continue;
      }
      // Optional keys set one by one, in order: conditional spreads cost several times more.
      const data: EventData = { eventKind: trigger.kind } as EventData;
      if (iso) data.date = iso;
      if (date && (!date.vague || point)) data.dateText = date.text;
      if (date?.period) data.period = [date.period.from, date.period.to];
      if (where) data.place = where;
      data.participants = participants;
      data.tense = future ? 'future' : 'past';
      const claim: Extract<SuggestedClaim, { kind: 'event' }> = {
        kind: 'event',
        text: text.slice(start, end),
        span: [start, end],
        data,
      };
      if (titles.has(span)) claim.span = span;
      if (!merged) seen.set(key, claim);
      if (trigger.kind === 'deadline' && iso && SIGN_WORD_ANYWHERE.test(sentence)) signingDue = iso;
      if (
        SIGN_WORD.test(sentence.slice(trigger.index)) &&
        CLASS[trigger.kind] === 'meeting' &&
        iso &&
        !future
      )
        signedOn = iso;
      people.set(claim, new Set(persons));
      occasions.set(claim, occasion);
      if (leaders) leaderMeetings.add(claim);
      // The headline names the event the body reports, whatever day the headline was given by
      // the record ("JOINT STATEMENT on the first round of talks" over "held talks from 17 to 19
      // March"): the body's report takes the headline's place. A meeting's record is titled by
      // its own sitting, on the record's day: a sitting of another day is another.
      const title = titles.has(span)
        ? undefined
        : claims.find(
            (c) =>
              titles.has(c.span) &&
              occasions.get(c) === occasion &&
              ((!c.data.dateText && genre !== 'meeting-transcript') || c.data.date === claim.data.date),
          );
      if (title) {
        for (const id of title.data.participants)
          if (!claim.data.participants.includes(id)) claim.data.participants.push(id);
        for (const id of people.get(title) ?? []) people.get(claim)!.add(id);
        claims[claims.indexOf(title)] = claim;
        for (const [k, c] of seen) if (c === title) seen.set(k, claim);
        continue;
      }
      claims.push(claim);
    }
  }
  const sitting =
    genre === 'meeting-transcript' &&
    documentDay &&
    !claims.some((c) => c.data.date === documentDay && CLASS[c.data.eventKind] === 'meeting')
      ? [...titles].findLast(([s, e]) => BODY_THAT_SITS.test(text.slice(s, e)))
      : undefined;
  // "Standing Committee on Foreign Affairs and Trade" over a transcript of evidence: a record whose
  // header names the body, not the sitting, records a sitting of that body on the day it is dated.
  if (sitting)
    claims.unshift({
      kind: 'event',
      text: text.slice(sitting[0], sitting[1]),
      span: sitting,
      data: { eventKind: 'meeting', date: documentDay!, participants: [], tense: 'past' },
    });
  return claims;
}
