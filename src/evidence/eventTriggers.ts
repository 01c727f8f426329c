// Event triggers: the patterns (TRIGGERS) that find a meeting, call, talks, summit, visit,
// statement or deadline in a sentence, and the word scan that tells which of them a window needs run.

import { AGREEMENT } from './accordNames.ts';
import { ADOPTION_WORDING } from './adoptedTexts.ts';
import { AGREED_IN_PLACE, AGREED_WORDS, acceptAgreedInPlace } from './agreedInPlace.ts';
import { BACK_AT_TABLE } from './backAtTable.ts';
import { type Accept, CALL_WORDING } from './callWording.ts';
import { IN_FORCE_UNTIL } from './inForceUntil.ts';
import { LED_DELEGATION } from './ledDelegation.ts';
import { DAY_OF_MONTH, MONTH, WEEKDAY } from './lexicon.ts';
import { LIMIT_NOUNS } from './limitNouns.ts';
import { MOVED_LIMIT_SOURCE, MOVED_LIMIT_WORDS } from './limitsMoved.ts';
import { FROM_ANOTHER_EVENT, HOLIDAY_SOURCE } from './quickDates.ts';
import { allMatches } from './regex.ts';
import { REPLIES_ON_DAY, REPLIES_WORDS } from './repliesOnDay.ts';
import { acceptRemark, REMARK_SOURCE, REMARK_WORDS } from './reportedRemarks.ts';
import { SIGNING_MOVED } from './rescheduled.ts';
import { type WordHits, wordFinder } from './sentenceIndex.ts';
import { OF_SIGNING, SIGNING_DATE } from './signingDate.ts';
import { SIGNING_ON_DAY } from './signingOnDay.ts';
import { SIT_DOWN } from './sitDown.ts';
import { acceptSitting, SITTING_SOURCE, SITTING_WORDS } from './sittings.ts';
import { TRIP_WORDING } from './tripWording.ts';
import type { EventClaimKind } from './types.ts';

export const DAY = WEEKDAY;
const ORDINAL =
  '(?:\\d{1,2}(?:st|nd|rd|th)?|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)|thirtieth)';
export const WHEN = `(?:(?:next )?${DAY}|the end of|\\d{1,2} ${MONTH}|${MONTH} \\d{1,2}|the ${ORDINAL} of ${MONTH}|${HOLIDAY_SOURCE})`;
// A day of a month as a limit's modifier: "the 15 March target", "June 3".
const COUNT = '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)';
// A period as treaties and laws write it: "thirty (30) days", "ninety days", "twenty-one days".
const PERIOD_COUNT = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|eleven|twelve|fifteen|${COUNT})(?: \\(\\d{1,3}\\))?`;
const PERIOD = `${PERIOD_COUNT} (?:hours?|days?|weeks?|months?|years?)`;
// Acts a legal text counts a period from: "within 30 days of signature", "ninety days from entry into force".
const ACT =
  "(?:(?:the |its |their )?(?:[\\w’']+ )?(?:signature|signing|entry into force|ratification|notification|receipt|adoption))";
export const COUNTED = new RegExp(
  `^(?:within (?:the next )?)?(${PERIOD})(?=${FROM_ANOTHER_EVENT.source.slice(1)})`,
  'i',
);
// "within 72 hours of signature" in a text that reports the signing: counted from the day it gives.
export const FROM_SIGNING =
  /^ (?:of|from|after|following) (?:the |its )?(?:[\w’']+ )?(?:signature|signing)\b/i;
// The trigger patterns are case-blind but not unicode: under /iu V8 folds case through the
// Unicode tables and these ran three to four times slower. A capital in them is written
// [A-Z\u00C0-\u00DE], which case-blind matches any Latin letter, as \p{Lu} did under /iu;
// where a capital matters, it is checked outside these patterns.
// What follows a signing said without the accord's name, and makes it one: a place or a day.
const SIGNED_WHERE_OR_WHEN = '(?:in|at|on|the day|the next|yesterday|today|this|last)\\b';
// The signing as an occasion one attends, goes or sends someone to: "will attend the signing",
// "going to Drava for the signing", "an observer at the signing". Read from its word back. Not the
// time one needs for it, nor the signing as the name of its date, order or table.
const ATTENDED_SIGNING =
  '\\bsigning\\b(?<=\\b(?:attend(?:s|ed|ing)?|at|to|for) the signing)(?<!\\b(?:date|deadline|target|time|period|limit|day) (?:to|for) the signing)(?! (?:date|deadline|target|order|day|table|pen|text|process|stage)s?\\b)';
// What the parties owe by a limit, and the copula that makes it due: "Written replies were first due
// on 22 March", "responses are now due by Friday", "Replies had been due on Friday". Not "the
// delegation is due on Monday" (a guest expected) nor "due to" (a cause).
const DELIVERABLE =
  '(?:repl(?:y|ies)|responses?|answers?|comments|submissions?|(?:counter-?)?proposals?|reports?|payments?|lists?)';
const DUE =
  '(?:(?:is|are|was|were|had been|have been|has been|will be)(?: (?:now|first|originally|initially|still|also))?|now) due';
// The day may follow "due" bare, as notes, posts and briefings write it: "Answers are due Friday, 28
// March", "the replies are due — May 26th", "with answers now due on 22 March".
const DUE_DAY = `(?: (?:on|by|no later than|before) | (?=${WHEN})|\\s*[—–-]\\s*(?=${WHEN}))`;
// Each pattern comes with words one of which every match holds (lower case): one scan for them all
// says which patterns a sentence needs; running all ten cost more than the rest of the event pass.
// A deadline is also the day a body is set to start working: "the centre is to become operational
// on 1 June", "the corridor will open on 7 November" (not "became": that is a report). A signature
// owed by or before a day, or before an event on it ("its signature before the summit on 20 March"),
// is the limit; a signature on a day is the signing (signingDate.ts).
export const TRIGGERS: [EventClaimKind, RegExp, string[], Accept?][] = [
  [
    'deadline',
    new RegExp(
      `\\bdeadlines?\\b|\\b(?:at|from) midnight(?= (?:on|tonight|tomorrow)\\b)|\\bextended (?:to|until) (?:the )?${WHEN}|\\bby ${WHEN}|\\bwithin (?:the next )?${PERIOD}\\b|\\b${PERIOD} (?:of|from|after|following) ${ACT}|\\b(?:the|a|as) (?:target date (?:(?:originally |initially |first )?(?:foreseen|set|planned|fixed|scheduled) )?(?:for|of) (?:the )?(?:signing|signature|initial(?:l)?ing)|(?:target |new |agreed |original )?date (?:(?:originally |initially |first )?(?:foreseen|set|planned|fixed|scheduled) )?(?:for|of) (?:the )?(?:entry into force|ratification))\\b|\\bsign\\b[^.;]{0,40}?\\b(?:by|from) (?:the )?${WHEN}|\\bsignature\\b[^.;]{0,40}?\\b(?:(?:by|(?:no|not) later than) |before (?:[\\w'’-]+ ){0,4}?(?:on )?)(?:the )?${WHEN}|\\b(?:open|opens|(?:enter|enters|entered|come|comes|came) into force|entry into force|(?:take|takes|took) effect|expires?|(?:become|becomes|be|is|are) (?:fully )?operational)\\b[^.;]{0,40}?\\b(?:on|by|from) (?:the )?${WHEN}|\\b(?:targets?|date(?!${OF_SIGNING}))\\b(?<=${DAY_OF_MONTH} (?:targets?|date))|\\bas the (?:[\\w-]+ )?(?:date(?!${OF_SIGNING})|deadline|target)\\b(?<=${DAY_OF_MONTH} as the (?:[\\w-]+ )?(?:date|deadline|target))|\\b(?:target|new|agreed|revised) (?:date|deadline) (?:is|was|of|for|will be|becomes) (?:the )?${WHEN}|\\b(?:moved|extended|adjusted|pushed back|postponed|put back|brought forward|changed|shifted)(?<=\\b(?:deadline|date|target|limit)\\b[^.;]{0,100})(?: again)?,?(?: this time)?,? (?:to|until|till) (?:the )?${WHEN}|\\b(?:sets?|setting|fixe[sd]|fix) (?:the )?${WHEN}(?=[,;]| (?:for|as)\\b)(?! as the date${OF_SIGNING}| for (?:the )?(?:signing|signature)\\b)|\\bdue(?<=\\b${DELIVERABLE}(?: [\\w'’-]+){0,4} ${DUE})(?=${DUE_DAY})`,
      'gi',
    ),
    [
      'due',
      'deadline',
      'midnight',
      'extend',
      'target',
      'date',
      'as the',
      'mov',
      'adjusted',
      'push',
      'postpon',
      'put back',
      'brought forward',
      'changed',
      'shift',
      'set',
      'fix',
      'by ',
      'within',
      'open',
      'operational',
      'sign',
      'into force',
      'effect',
      'expir',
      'ratif',
      'notif',
      'receipt',
      'adoption',
    ],
  ],
  [
    'call',
    new RegExp(
      String.raw`\b(?:(?:phone|telephone|video) (?:call|conversation|exchange|talk)s?|video ?calls?|videoconference|calls? (?:between|with)|conversations? between|(?:'s?|’s?|the|a|good|their|his|her|our|my|${WEEKDAY}) call(?!-)(?! (?:for|upon|on (?:the |all |both )?(?:parties|sides|states|countries|[a-z\u00DF-\u00FF]+ (?:to|not))))|spoke by (?:tele)?phone|held a call|picked up the phone|(?:tele)?phoned|(?:by|over the|on the) (?:tele)?phone|(?:spoke|spoken|speaks|talked|speak)(?: (?:today|yesterday|tonight|again|briefly|this \w+|on [A-Z\u00C0-\u00DE]\w+|by (?:tele)?phone)){0,2} (?:with|to)(?! (?:the )?(?:reporters|journalists|press|media|nation|audience|crowd|students|parliament)\b)(?= (?:the |his |her |their |a |an )?(?:(?:special |foreign |prime |deputy |defen[cs]e )?(?:envoy|minister|president|chancellor|secretary|ambassador|premier) )?[A-Z\u00C0-\u00DE]))\b`,
      'gi',
    ),
    ['phone', 'video', 'call', 'spoke', 'speak', 'talked', 'conversation'],
  ],
  ...CALL_WORDING,
  ['meeting', SIGNING_MOVED, ['sign']],
  ['meeting', SIGNING_ON_DAY, ['sign']],
  ['meeting', SIGNING_DATE, ['sign']],
  ['talks', AGREED_IN_PLACE, AGREED_WORDS, acceptAgreedInPlace],
  ['deadline', REPLIES_ON_DAY, REPLIES_WORDS],
  [
    'visit',
    /\b(?:visit(?:ed|s|ing)?|travel(?:s|ed|led|ing|ling)? (?:on(?:wards?)? )?to|fl(?:ew|ies|y|ying) (?:on(?:wards?)? )?to|head(?:s|ed|ing)? (?:on(?:wards?)? )?to|(?:arrived?|arrives|arriving|landed|lands?|landing) in|tour of|trip to|continues? (?:on )?to (?=[A-Z\u00C0-\u00DE])|(?:depart(?:s|ed|ing)?|leaves|leaving) for (?=[A-Z\u00C0-\u00DE])|on a (?:working|official|state) visit|(?:is|are|was|were|will be|['’]ll be) (?:now |already )?in [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+(?= (?:(?:him|her|them)sel(?:f|ves) |personally )?(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week)|(?:shortly|soon)(?! after| before)|next week|in the coming days|later this (?:week|month)|on (?:[A-Z\u00C0-\u00DE]|\d)|for (?:talks|consultations|a visit|meetings)|to (?:meet|attend|hold|take part)))\b|(?<=\b(?:be|been|being|is|are|was|were) )(?:received|expected) (?:in|at) [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+|(?:am|is|are|was|were|will be) (?:in|at) [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+(?<=\b(?:yesterday|today|tonight|tomorrow|morning|afternoon|evening|(?:last|this|next) week|(?:next|following) day|[a-z]+day|\d{1,2} [a-z]+),? (?:i|we|he|she|they|(?:the |our |my )?[\w-]+(?: (?:of )?[\w-]+)?) (?:am|is|are|was|were|will be) (?:in|at) [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+)(?![\w'-]))/gi,
    [
      'visit',
      'travel',
      'flew',
      'flies',
      'fly',
      'head',
      'arriv',
      'land',
      'tour',
      'trip',
      'continue',
      'depart',
      'leaves',
      'leaving',
      'is in ',
      'are in ',
      'was in ',
      'were in ',
      'be in ',
      'now in ',
      'already in ',
      'am in ',
      'am at ',
      'is at ',
      'are at ',
      'was at ',
      'were at ',
      'receive',
      'expected',
    ],
  ],
  ['summit', /\bsummits?\b/gi, ['summit']],
  // Signing an accord is an occasion the signatories attend together, a meeting; what a joint
  // statement is "signed by" is the statement's own record, and stays a statement.
  // Initialling a text is done only at a sitting of the delegations that settle it, whatever the
  // sentence says of the text: "initialled today the text of the Agreement", "welcomes the initialling".
  // The verb too, with its object: "will initial the text", "to initial it", "proposed that the
  // parties initial the text", "decided to initial on the 27th". The adjective is followed by its
  // noun, never by an article or a pronoun ("the initial draft" is no act); after "to" or a modal
  // a day may stand for the object.
  [
    'meeting',
    new RegExp(
      String.raw`\binitial(?:l?ed|l?ing)\b|(?<!\b(?:the|an|its|their|his|her|our) )\binitial(?= (?:it|them|the|this|that|both|its|their)\b)|(?<=\b(?:to|will|would|shall|can|could|may|might|must|should|['’]ll) )initial(?= on (?:the \d|\d|${WEEKDAY}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d))`,
      'gi',
    ),
    ['initial'],
  ],
  // Signing without the accord's name is the signing too when the text says who signs or what:
  // "signed it in Dornhall", "I signed for the Federation on Saturday", "countersigned the text",
  // "the signing ceremony will be held", "the signing in Casset", "put its signature under", "the
  // signing will take place in Kessel", "signing is now set for 29 March", "the signing goes ahead
  // on 3 April", "its signing, which is now planned for 11 May", "the accord will be signed in Kessel",
  // "Arvenia signs first on 2 April".
  [
    'meeting',
    new RegExp(
      `\\b(?:(?:counter)?sign(?:s|ed|ing)?|signature of|signing of)(?: (?:the|this|an?|its|their|our|both))?(?: [A-Z\u00C0-\u00DE][\\w-]*){0,3} ${AGREEMENT}\\b|\\bsigned\\b(?<=\\b${AGREEMENT},? (?:(?:was|were|is|has been|had been|being|(?:will|would|shall|can|could|is to|are to|is due to|are due to) be) )?signed)|\\b(?:counter)?sign(?:s|ed)? (?:it|the text)(?= ${SIGNED_WHERE_OR_WHEN})|(?<=\\w,? )(?:counter)?signed(?= (?:for|${SIGNED_WHERE_OR_WHEN}))|\\bsigning (?:ceremony|in|at)\\b|\\bsigns(?= (?:first|last|second|together),? (?:(?:in|at) [A-Z\u00C0-\u00DE]|on (?:the )?${WHEN}))|\\bsign(?= (?:(?:first|last|second|together),? )?(?:(?:in|at) [A-Z\u00C0-\u00DE]|on (?:the )?${WHEN}))|\\bsigning(?= (?:to follow|follows|will follow)\\b| (?:(?:will|would|is|was|shall|could|should|may|might|has been|had been) )?(?:(?:now|then|still|also|provisionally|tentatively) )?(?:take place|takes place|took place|be held|is held|was held|goes ahead|go ahead|went ahead|scheduled|set for|planned|expected|foreseen|fixed for|pencil(?:l)?ed in|slated)\\b(?! up\\b)| still on\\b|,? (?:which|that) (?:is|was|has been|had been|will be) (?:now )?(?:planned|scheduled|set|foreseen|fixed|pencil(?:l)?ed in|slated) (?:for|on)\\b)|${ATTENDED_SIGNING}|\\bput (?:its|their|his|her|my|our) (?:signatures?|initials) (?:under|to|on)\\b`,
      'gi',
    ),
    ['sign', ' initials'],
  ],
  // "will receive" is read from its word back ("receive(?<=…)"): a lookbehind that opens an
  // alternative is tried at every position of the sentence and took a quarter of this pattern.
  [
    'meeting',
    /\b(?:met|meets?|meetings?|gathered|received|receives|receive(?<=\b(?:to|will|would|shall|['’]ll) receive)(?= (?:the |his |her |their )?[A-Z\u00C0-\u00DE])|welcomed|welcomes|greeted|consultations|(?<!press |news )conferences?|working sessions?|sessions?|plenary|(?:re)?convene[ds]?|(?:working )?(?:dinner|lunch|breakfast)|host(?:ed|s|ing)?(?<!\bfor host(?:ed|s|ing)?)|see you (?:in|at|on)|see (?:both |the |our )?(?:delegations|negotiators|teams|you|them) (?:back|again)|get together|brief(?:s|ed|ing)? the (?=[A-Z\u00C0-\u00DE])(?!Press\b)|report(?:ed)? to the (?<=(?:reported|\b(?:will|would|shall|must|to|can|may|should|also) report) to the )(?=(?:[\w'’-]+ ){0,4}(?:committee|council|assembly|parliament)\b)|hearings?(?<=\b(?:a|the|its|further|next|public) hearings?)|^sitting of)\b/gim,
    [
      'met',
      'meet',
      'gathered',
      'receive',
      'welcome',
      'greeted',
      'consultations',
      'conference',
      'session',
      'plenary',
      'convene',
      'dinner',
      'lunch',
      'breakfast',
      'host',
      'see ',
      'get together',
      'brief',
      'report',
      'hearing',
      'sitting of',
    ],
  ],
  // A body that decides or hears sits to do it: "its council approved", "the Council heard briefings", "the decision of the Union
  // Council, taken on 2 April", "at its council on April 2" report the body's session.
  [
    'meeting',
    /\b(?:council|assembly|cabinet|board|diet|parliament|committee)\b(?=(?: [a-z]+ly)? (?:approved|adopted|decided|endorsed|heard|hears|debated|considered|examined)\b)|\bdecision of (?:the |its )?(?:[A-Z\u00C0-\u00DE][\w-]* )?(?:council|assembly|cabinet|board)\b(?=,? taken\b)|\bat (?:its|the|their) (?:council|assembly)(?= (?:on|this|next) )/gi,
    ['council', 'assembly', 'cabinet', 'board', 'diet', 'parliament', 'committee'],
  ],
  // A chamber votes at its sitting: "yesterday's vote in the National Assembly", "the ratification of
  // the Memorandum by the National Assembly on Thursday", "cleared Vesmor's National Assembly by 112
  // votes to 59". The chamber is named: "the vote on the text" or "ratification by both Parties" is not.
  [
    'meeting',
    /\b(?:(?:vote|ratification)(?= (?:of [^.;,]{0,40}? )?(?:in|by) )|(?:passed|cleared|ratified)(?= ))(?=(?: [\w'’-]+){0,8}? (?:assembly|parliament|senate|congress|diet|chamber)\b)/gi,
    ['vote', 'ratif', 'passed', 'cleared'],
  ],
  // A minister who appears before a committee, or tells the cabinet, does so at its sitting: "will
  // appear before the Foreign Affairs Committee next Tuesday", "is due before a committee on Tuesday",
  // "what he told the Cabinet this morning".
  [
    'meeting',
    /\b(?:(?:appear(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|(?:give|gives|gave|giving|given) evidence|due(?<=\b(?:is|are|was|were) due)) before|(?:told|tells|telling)(?= (?:the|a|an|its) ))(?: (?:the|a|an|its|this))?(?: [\w'’-]+){0,6}? (?:committee|subcommittee|council|assembly|parliament|senate|commission|panel|inquiry|cabinet)\b/gi,
    // "due", not "due before": the limit pattern's "due" would take the offset (one word a place).
    ['appear', 'testif', 'evidence', 'due', 'told', 'tells', 'telling'],
  ],
  // A record's header names its own occasion by where and when it sat: "Held at Corbel, on Thursday, 2 April".
  ['meeting', /^(?:held|convened) (?:at|in)\b/gi, ['held ', 'convene']],
  [
    'talks',
    /\b(?:talks|negotiations|discussions|round)\b/gi,
    ['talks', 'negotiations', 'discussions', 'round'],
  ],
  // Negotiators at work are the talks: "Delegations worked late into the night on Monday", "Three
  // delegations sat for three days in Ilvas". The subject says so; "the text sat on a desk" does not.
  [
    'talks',
    /\b(?:sat|worked|negotiated|bargained)\b(?<=\b(?:delegations|negotiators|negotiating teams|the (?:two|three|four) sides)(?: [\w'’-]+){0,4} (?:sat|worked|negotiated|bargained))/gi,
    ['sat', 'worked', 'negotiated', 'bargained'],
  ],
  ...SIT_DOWN,
  LED_DELEGATION,
  BACK_AT_TABLE,
  ...LIMIT_NOUNS,
  IN_FORCE_UNTIL,
  ...TRIP_WORDING,
  ...ADOPTION_WORDING,
  // A text handed over on a day of its own is the statement of a side or of the mediator: "Obravia
  // submitted a counter-proposal on Monday", "the revised text circulated by the mediator on 18
  // March", "proposals, delivered to the mediation team on March 9". Only with a text for its object
  // (HANDED_TEXT) and a day beside it (handedOnItsDay): "the framework circulated by the mediators"
  // names the text, not the day it was handed over.
  [
    'statement',
    /\b(?:hand(?:ed|s|ing)(?: over)?|submit(?:s|ted|ting)?|deliver(?:ed|s|ing)?|tabl(?:ed|es|ing)|circulat(?:ed|es|ing)|transmit(?:s|ted|ting)?|(?:puts?|putting) forward)\b/gi,
    ['hand', 'submit', 'deliver', 'tabl', 'circulat', 'transmit', 'forward'],
  ],
  // A text made public on a day of its own (handedTexts.ts MADE_PUBLIC): "the paper issued on 7 March".
  [
    'statement',
    /\b(?:issued|released|published|unveiled)\b/gi,
    ['issued', 'released', 'published', 'unveiled'],
  ],
  // A protest lodged on a day of its own is a statement: "Vesmor's foreign ministry complained on
  // Monday that ...", "the embassy protested yesterday". Without its day (handedOnItsDay), a
  // grievance recalled is no event: "they have long complained".
  ['statement', /\b(?:complain|protest)(?:ed|s)\b/gi, ['complain', 'protest']],
  // A text presented to the parties is presented at a sitting: "the framework presented by the
  // mediator in Drava on 2 March", "presented to both delegations on 20 April". So is a text a
  // side was shown ("we were shown the draft only on Tuesday", "had shown it the plan"): said with
  // its auxiliary, not "the poll shown on Monday" nor a figure "shown in" a table.
  [
    'meeting',
    /\bpresent(?:ed|s|ing)\b|(?<=\b(?:was|were|been|being|is|are|had|has|have)(?: [a-z]+ly| already| first| only)? )shown\b(?! (?:in|here|below|above)\b)/gi,
    ['present', 'shown'],
  ],
  // A post's "Two intense days in Casset with the delegations of Serrant and Obravia": days spent
  // somewhere with the negotiating parties are the round of talks.
  [
    'talks',
    /\b(?:two|three|four|five|\d) (?:[\w-]+ )?days in [A-Z\u00C0-\u00DE][\w'’-]+(?: [A-Z\u00C0-\u00DE][\w'’-]+)? with (?:the |both )?(?:delegations|negotiators|negotiating teams|parties|sides)\b/gi,
    ['days in '],
  ],
  // "communiqué" ends in a letter these patterns do not take for a word's: (?!\w), not \b, closes it.
  [
    'statement',
    /\b(?:joint statement|statement|readout|communiqu[eé]|published its assessment|signed|brief(?:s|ed|ing)? (?:the )?(?:press|reporters|journalists|media)|(?:press|news) (?:conference|briefing)|press point|joint declaration|address(?:ed|es)? (?:the nation|the (?:[A-Z\u00C0-\u00DE][\w-]* )?(?:assembly|parliament|council|conference|summit))|(?:televised |video )?address to the nation)(?!\w)/gi,
    [
      'statement',
      'readout',
      'communiqu',
      'assessment',
      'sign',
      'brief',
      'conference',
      'press point',
      'declaration',
      'address',
    ],
  ],
  // A limit moved in other words: "moved the date to 20 March", "It was moved to 21 March".
  ['deadline', new RegExp(MOVED_LIMIT_SOURCE, 'gi'), MOVED_LIMIT_WORDS],
  // A body's sitting told by what it did on a day: "the Council today tasked", "in the Security Council yesterday".
  ['meeting', new RegExp(SITTING_SOURCE, 'gi'), SITTING_WORDS, acceptSitting],
  // A remark told with its own day or channel: "the ministry said on Friday", "wrote on Telegram".
  ['statement', new RegExp(REMARK_SOURCE, 'gi'), REMARK_WORDS, acceptRemark],
];
// Each word with the patterns of TRIGGERS that need it. No word is the start of another, so one
// word at each offset is every word, those inside another's match included (sentenceIndex.ts).
const TRIGGER_WORDS = new Map<string, number[]>();
TRIGGERS.forEach(([, , words], i) => {
  for (const w of words) TRIGGER_WORDS.set(w, [...(TRIGGER_WORDS.get(w) ?? []), i]);
});

/** The trigger words, each with the kinds of the patterns that need it (for the tests of the word scan). */
export const triggerWords = (): [string, EventClaimKind[]][] =>
  [...TRIGGER_WORDS].map(([w, patterns]) => [w, patterns.map((i) => TRIGGERS[i]![0])]);

/**
 * For the tests: the kinds whose pattern matches `sentence`, and those of them the word scan would
 * not run.
 */
export function triggerScan(sentence: string): { matching: EventClaimKind[]; skipped: EventClaimKind[] } {
  const needed = neededTriggers(sentence);
  const matching = TRIGGERS.map((t, i) => [t, i] as const).filter(
    ([[, p]]) => allMatches(p, sentence).length > 0,
  );
  return {
    matching: matching.map(([[kind]]) => kind),
    skipped: matching.filter(([, i]) => needed?.[i] !== 1).map(([[kind]]) => kind),
  };
}

// Every pattern of TRIGGERS reads its words at a word's start (after \b, ^ or a space), but for these
// three, which some pattern reads inside a longer word: "telephoned", "countersigned", "reconvened".
// Elsewhere a word inside another ("land" in "Finland", "go" in "ago") runs no pattern: the patterns
// are not unicode, so a word's start is where no ASCII letter, digit or "_" stands before it.
// A word that opens with a space (" initials") is never inside another.
const MID_WORD = new Set(['phone', 'sign', 'convene']);
const TRIGGER_FINDER = wordFinder(TRIGGER_WORDS, MID_WORD);

/** Where the trigger words of a whole text stand: found once, asked of each window by `neededTriggers`. */
export const triggerHits = (text: string): WordHits => TRIGGER_FINDER.find(text);

/**
 * The TRIGGERS the window `sentence` at `start` needs run (needed[i] is 1 for pattern i; none when
 * it holds no trigger word): of the text `hits` were found in, or of `sentence` alone.
 */
export function neededTriggers(sentence: string, hits?: WordHits, start = 0): Uint8Array | undefined {
  return hits
    ? TRIGGER_FINDER.readersWithin(hits, start, start + sentence.length)
    : TRIGGER_FINDER.readersWithin(TRIGGER_FINDER.find(sentence), 0, sentence.length);
}
