// Calls as wires and briefings word them, beside the "spoke with X" of events.ts: two sides who
// "spoke" with no one else named ("Kostal and Varin spoke on Tuesday", "The leaders last spoke on
// 12 January"), a call named by its day ("the March 4 call"), the leaders' conversation ("the
// conversation of the Presidents on 4 March", "their first direct conversation in a year"), and a
// leader's video or evening address, which is a statement. Each pattern comes with the trigger
// words the event pass scans for, and a test of the words around it that the case-blind pattern
// cannot make.

import { WEEKDAY as DAY, DAY_OF_MONTH, MONTH, WEEKDAY_NAME } from './lexicon.ts';
import type { EventClaimKind } from './types.ts';

/** Whether the match at `at` of a trigger pattern names the event: the words around it decide. */
export type Accept = (sentence: string, at: number, word: string) => boolean;

// What may stand between "spoke" and the end of its clause when the two sides spoke to each
// other: when ("on Tuesday", "overnight", "late on Monday") and how ("by phone", "for an hour").
const WHEN_SPOKEN = `(?:(?:late |early )?(?:on )?(?:${DAY}|the \\d{1,2}(?:st|nd|rd|th)?|${DAY_OF_MONTH})(?: (?:morning|afternoon|evening|night))?|today|yesterday|tonight|overnight|earlier|this (?:morning|afternoon|evening|week)|last (?:night|week|month)|in (?:early |late |mid-)?${MONTH})`;
const HOW_SPOKEN =
  '(?:again|briefly|twice|at length|(?:by|over the) (?:tele)?phone|by video(?: ?link)?|for (?:about |nearly |almost |more than |over |some |around |roughly |just )?(?:an?|one|two|three|half an|\\d+) (?:hours?|minutes?)|for the first time)';
// The clause ends, or goes on to what was said ("about the exchange") or to another verb: not "to
// reporters", "at the conference", "of progress", which name an audience, an occasion or a topic.
const CLAUSE_GOES_ON =
  '(?=\\s*(?:[.,;:!?)"”’]|$)| (?:and|but|about|amid|since|in (?:their|what|a|an))\\b| [—–-] )';
const SPOKE_TO_EACH_OTHER = new RegExp(
  `\\b(?:spoke|spoken|speak|talked)(?:,? (?:${WHEN_SPOKEN}|${HOW_SPOKEN})){0,3}${CLAUSE_GOES_ON}`,
  'gi',
);

// The two sides as the subject: two names ("Kostal and Varin", "President Kostal and her
// Torvanian counterpart", "Oleg Varin and I"), or the pair by a plural ("the two leaders", "both
// presidents", "the leaders"). Read on the words before the verb, past its auxiliaries.
const NAME = "[A-Z\u00C0-\u00DE][\\w'’.-]*";
const NAMED_PAIR = new RegExp(
  `(?:\\b${NAME}|\\b(?:[Hh]e|[Ss]he|HE|SHE)) (?:and|AND|&) (?:(?:the|his|her|their|THE|HIS|HER|THEIR) )?(?:${NAME}(?: ${NAME}){0,3}|(?:[\\w-]+ )?(?:counterparts?|COUNTERPARTS?)|I)$`,
);
// The pair's offices may be said of both countries: "the leaders of the two countries", "the
// defence ministers of both sides".
const PAIR_NOUN =
  /\b(?:(?:the|both) (?:two |three )?(?:leaders|presidents|prime ministers|premiers|chancellors|heads of state|(?:foreign|defen[cs]e) ministers|counterparts)(?: of (?:the (?:two|three)|both) (?:countries|sides|nations|states|governments))?|the (?:two|three) (?:men|women|sides|ministers|envoys)|the pair)$/i;
const AUXILIARY =
  /^(?:last|also|again|briefly|previously|first|then|had|have|has|will|would|already|recently|finally|later|not|never|are|were|due|expected|set|scheduled|to|plan|reportedly)$/i;

// Or two officers by their offices, one of each side: "your commodore and the Torvanian admiral",
// "our minister and her counterpart".
const OFFICE_WORD =
  '(?:minister|president|premier|chancellor|envoy|ambassador|admiral|commodore|general|commander|negotiator|counterpart|foreign secretary)';
const OFFICERS_PAIR = new RegExp(
  `\\b(?:[Mm]y|[Yy]our|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]he) ${OFFICE_WORD} and (?:my|your|our|his|her|their|the) (?:[A-Z\u00C0-\u00DE][\\w'’-]* )?${OFFICE_WORD}$`,
);

function twoSidesBefore(sentence: string, at: number): boolean {
  const words = sentence
    .slice(Math.max(0, at - 100), at)
    .trimEnd()
    .split(' ');
  while (words.length > 0 && AUXILIARY.test(words.at(-1)!)) words.pop();
  const subject = words.join(' ').replace(/,$/, '');
  return NAMED_PAIR.test(subject) || PAIR_NOUN.test(subject) || OFFICERS_PAIR.test(subject);
}

// "the March 4 call", "the 4 March telephone conversation": a call named by its day.
const CALL_OF_A_DAY = new RegExp(
  `\\b(?:call|conversation)s?\\b(?<=${DAY_OF_MONTH} (?:(?:tele)?phone |video )?(?:call|conversation)s?)(?! (?:for|upon|to)\\b)`,
  'gi',
);

// "their first direct conversation", "the conversation of the Presidents", "the conversation on
// 4 March": a conversation the text tells as the parties' own, with whom or when.
const CONVERSATION = /\bconversations?\b/gi;
const ADJECTIVE =
  '(?:first|last|latest|previous|second|third|direct|recent|lengthy|long|hour-long|frank|private|personal|(?:tele)?phone|video)';
const THEIRS = new RegExp(
  `\\b(?:their|the (?:two )?(?:leaders|presidents)['’])\\s+(?:${ADJECTIVE}\\s+){0,3}$`,
  'i',
);
const DETERMINED = new RegExp(`\\b(?:the|a|this|that)\\s+(?:${ADJECTIVE}\\s+){0,3}$`, 'i');
const WITH_WHOM =
  /^ (?:of|between|with) (?:(?:the|two|both) )*(?:[A-Z\u00C0-\u00DE]|(?:leaders|presidents)\b)/;
const ON_ITS_DAY = new RegExp(
  `^,? (?:held )?on (?:the )?(?:${DAY}|${DAY_OF_MONTH}|\\d{1,2}(?:st|nd|rd|th)?\\b)`,
  'i',
);

function partiesConversation(sentence: string, at: number, word: string): boolean {
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (THEIRS.test(before)) return true;
  const after = sentence.slice(at + word.length);
  return DETERMINED.test(before) && (WITH_WHOM.test(after) || ON_ITS_DAY.test(after));
}

// "in her nightly video address", "a televised address on Tuesday evening": a leader's address
// to the public is a statement, as "an address to the nation" is.
const ADDRESS =
  /\b(?:(?:nightly|evening|weekly|daily|annual|new year['’]s|televised|recorded|radio|online|video)\s+){1,2}address(?:es)?\b/gi;

/**
 * The call and statement patterns of this module, as events.ts lists its own: kind, pattern,
 * the trigger words every match holds, and the test of the words around the match.
 */
// "The Special Envoy called the President of Torvania today", "Minister Lind called me on
// Monday": the verb with a person for its object is a telephone call. Read with its case: the
// object is a pronoun, an office with its capital, or a name of two words in capitals. Speech
// and British prose say it "rang" or "had rung" someone ("the Admiral rang me yesterday"): the
// same call, told as people tell it, and not the bell that rang nor the shots that rang out.
const OFFICE =
  '(?:(?:Special|Foreign|Prime|Deputy|Defen[cs]e|First|Vice|Interior) )?(?:Envoy|Minister|President|Chancellor|Secretary|Ambassador|Premier|King|Emir|Sultan)';
const CALLED_SOMEONE = new RegExp(
  `\\b(?:[Cc]alled|[Cc]alls|[Rr]ang|[Rr]ung)(?= (?:me|him|her|us)\\b| (?:the )?${OFFICE}\\b| [A-Z\u00C0-\u00DE][\\w'’-]+ [A-Z\u00C0-\u00DE][\\w'’-]+)`,
  'g',
);
// The verb that names or judges is no call: "called him a liar", "called the President
// irresponsible", "called President Dahl's plan naive" (its object followed by what it is called),
// "the so-called Kessel format", "a report called Northern Waters" (a thing named). A call's object
// is followed by what follows a call: its day, on/to/at/in/by/about, and, or a stop.
const CALLED_OBJECT =
  /^\w+ (?:(?:me|him|her|us|them)\b|(?:the )?[A-Z\u00C0-\u00DE][\w'’-]*(?: (?:of (?:the )?)?[A-Z\u00C0-\u00DE][\w'’-]*)*)/;
const AS_A_CALL_ENDS = new RegExp(
  String.raw`^(?:\s*$|\s*[,.;:!?)"'’”—–]|\s+(?:on|to|at|in|by|about|and|from|after|before|during|over|again|back|twice|yesterday|today|tonight|earlier|late|last|this|${WEEKDAY_NAME}|\d)\b)`,
);
// A thing named just before the verb: "a plan called", "the group, called".
const THING_NAMED =
  /\b(?:report|plan|programme|program|project|initiative|group|ship|vessel|boat|format|document|paper|book|film|operation|scheme|proposal|framework|process|platform|forum|body|committee|movement|party|campaign|company|firm|network|organi[sz]ation|village|town|city|region|area|island|river|place|treaty|accord|text|law|bill|mission|exercise|unit|app|website|channel|newspaper|magazine)s?,?\s*$/i;
// "Rang" and "rung" name a call far less often than "called": bells, gongs, cheers and shots ring,
// and a festival is rung in. Someone rang a person on the line only when the object is a pronoun or
// an office ("rang me", "had rung the Foreign Minister"), never two capitals alone ("bells rang
// Easter Sunday"), and not when what rang is a sound or the verb is passive ("the gong was rung").
const RANG_PERSON = new RegExp(`^\\w+ (?:(?:me|him|her|us|them)\\b|(?:the )?${OFFICE}\\b)`);
const SOUND_RANG =
  /\b(?:bells?|gongs?|chimes?|cheers?|shots?|gunshots?|gunfire|alarms?|sirens?|applause|laughter|voices?|(?:was|were|is|are|be|been|being))(?: (?:had|have|has|once|again|out|loudly|then|also|just)){0,2}\s*$/i;
// A day or a feast is never the person called: "called Easter Sunday", "rang Christmas Day". Only a
// feast's own word may stand before the weekday ("Palm Sunday", "Good Friday"), never a name: "Dahl
// called Kostal Sunday" is a call on that day.
const DAY_OBJECT = new RegExp(
  String.raw`^\w+ (?:the )?(?:(?:Easter|Palm|Good|Holy|Maundy|Orthodox|Ash|Whit|Trinity|Low|Black|Super) )?(?:${WEEKDAY_NAME}|Easter|Christmas|Eid|Passover|Hanukkah|Diwali|New Year)\b`,
);
const rangSomeone = (before: string, rest: string): boolean =>
  RANG_PERSON.test(rest) && !SOUND_RANG.test(before);
const calledOnTheLine: Accept = (sentence, at, word) => {
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (/[\w-]$/.test(sentence.slice(0, at)) || THING_NAMED.test(before)) return false;
  const rest = sentence.slice(at, at + 160);
  if (DAY_OBJECT.test(rest)) return false;
  if (/^r[au]ng$/i.test(word) && !rangSomeone(before, rest)) return false;
  const object = CALLED_OBJECT.exec(rest);
  return object !== null && AS_A_CALL_ENDS.test(rest.slice(object[0].length));
};

export const CALL_WORDING: [EventClaimKind, RegExp, string[], Accept?][] = [
  ['call', SPOKE_TO_EACH_OTHER, ['spoke', 'speak', 'talked'], twoSidesBefore],
  ['call', CALLED_SOMEONE, ['call', 'rang', 'rung'], calledOnTheLine],
  ['call', CALL_OF_A_DAY, ['call', 'conversation']],
  ['call', CONVERSATION, ['conversation'], partiesConversation],
  ['statement', ADDRESS, ['address']],
];

// "during the telephone conversation of the Presidents on 4 March": a call told with whom it was
// and then its day is reported, not named only to place another event in time.
const PARTIES_THEN_DAY = new RegExp(
  `^ (?:of|between|with) [^,.;]{1,50}? on (?:the )?(?:${DAY}|${DAY_OF_MONTH})`,
  'i',
);

/** Whether the words after an event named in passing give who held it and then its own day. */
export const datedAfterItsParties = (after: string): boolean => PARTIES_THEN_DAY.test(after);

// "Experts met after the 4 March call", "ahead of Tuesday's phone call": a day written as the
// modifier of another event's noun is that event's day, not the day of the rest of the sentence.
const MODIFIER_GAP = /^((?:['’]s)?\s+)(?:(?:tele)?phone\s+|video\s+)?/;

/**
 * The days of a sentence written as the modifier of a trigger's noun, each with that trigger's
 * offset: read once a sentence, so that each trigger leaves out the days of the others.
 */
export function modifierDays(
  sentence: string,
  dates: { index: number; text: string }[],
  triggers: { index: number }[],
): Map<number, number> {
  const at = new Set(triggers.map((t) => t.index));
  const owned = new Map<number, number>();
  for (const d of dates) {
    const end = d.index + d.text.length;
    // The trigger is the noun ("call") or the medium before it ("telephone call").
    const gap = MODIFIER_GAP.exec(sentence.slice(end, end + 20));
    const noun = gap ? end + gap[0].length : -1;
    const medium = gap ? end + gap[1]!.length : -1;
    const trigger = at.has(noun) ? noun : at.has(medium) ? medium : undefined;
    if (trigger !== undefined) owned.set(d.index, trigger);
  }
  return owned;
}
