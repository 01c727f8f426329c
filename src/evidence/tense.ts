// The tense of the clause a date sits in: it decides which Monday "on Monday" is and which year
// "2 January" is. One sentence often reports a past event and announces the next one ("met on
// Monday and will meet again on Friday"), so the tense is read clause by clause, not per sentence.

import { WEEKDAY } from './lexicon.ts';
import { allMatches } from './regex.ts';

export type Tense = 'past' | 'present' | 'future';

// What is planned, agreed or announced lies ahead, and so does what someone is asked or urged to
// do ("asked the commission to take up the cases on Friday"). "Next" speaks of time only before a
// span or a day: "ahead of the next round" is no tense. Every form but "'ll" opens a word: one word
// boundary before the alternation, not one per form, lets V8 skip most positions at once
// (these patterns only answer whether a clause holds one, so the grouping changes nothing).
const FUTURE = new RegExp(
  String.raw`\b(?:(?:will|would|shall|is to|are to|was to|were to|set (?:to|for)|is set|are set|(?:is|are|was|were) due|due (?:on|by|in|at|for)|due to (?!(?:the|a|an|its|their|his|her)\b)[a-z]+|plans? to(?:(?<!\b(?:the|a|an|its|their|his|her|our|my|this|that|peace|\w+['’]s) plans? to)| (?=(?:visit|meet|hold|travel|go|fly|sign|attend|host|call|speak|open|resume|reconvene|convene|begin|start|launch|submit|deliver|present|announce|withdraw|release)\b))|planned|expected|upcoming|forthcoming|scheduled|slated|pencil(?:l)?ed in|going to|to be (?:held|signed|opened|convened)|to take place)\b|next (?:week|month|year|${WEEKDAY})\b|(?:agreed?|decided?|propose[ds]?|ask(?:ed|s)?|invite[ds]?|let us|let's|see you)\b(?: that)?[^.;]{0,60}\b(?:meet|hold|reconvene|resume|visit|travel|sign|open)\b|(?:ask(?:ed|s)?|invite[ds]?|urge[ds]?|request(?:ed|s)?)\b[^.;]{0,60}\bto (?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]+|(?:postponed|moved|pushed back|put back|put off|rescheduled|delayed|deferred|brought forward)(?: again)? (?:from [^.;,]{1,30}? )?(?:to|until|till) (?:the )?(?=\d|${WEEKDAY}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|next\b|(?:early|mid|late)\b)|see you\b|(?:starting|beginning|opening) (?:on |this |next )?${WEEKDAY}\b|(?:ready|prepared|willing|eager|keen|hoping|hopes?|aims?|aiming|wants?|seeks?|seeking) to (?=(?:meet|visit|hold|travel|go|fly|sign|attend|host|call|resume|reconvene|convene|sit down)\b)|(?:aims?|aiming|hopes?|hoping|push(?:es|ing)?|press(?:es|ing)?|calls?|calling|called|seeks?|seeking|looks? forward|looking forward) (?:for|to) (?:a |an |the |another |new |fresh |further |direct |early )?(?:meeting|summit|call|visit|talks|round|session|negotiations)\b)|['’]ll\b`,
  'i',
);

// Verbs that report what is done: the common irregular pasts and any "-ed" word that is not an
// adjective of planning ("scheduled", "expected" read as ahead, above).
const IRREGULAR_PAST =
  'met|held|spoke|said|took|began|gave|made|went|came|saw|told|flew|left|sent|brought|had|was|were|did|rang|sat|led|wrote|got|put|set out|found|kept|ran|paid|sought|thought|became|stood|won|lost|broke|heard|chose|knew|meant|drew|withdrew|undertook|oversaw|upheld|withheld|rose|fell|felt|understood|struck|threw|sold|spent|built|dealt|fought|taught|caught|bought|wore|arose|forbade|foresaw';
const PAST = new RegExp(
  `\\b(?:(?:${IRREGULAR_PAST})\\b|(?!(?:need|speed|indeed|proceed|exceed|succeed|red|bed|seed|feed|united|limited|detailed|related|based|concerned|interested|advanced|alleged|so-called)\\b)[a-z]{2,}ed\\b|ago\\b|yesterday\\b|last (?:night|week|month|year)\\b)`,
  'i',
);

// Where a clause ends: a semicolon or colon, a comma before a conjunction or a relative word, or
// "and" before an auxiliary ("met on Monday and will meet again").
// "Before" after "appeared" or "is due" places someone before a body, and opens no clause. A comma
// before a verb closes a relative clause set off before it: "Bergholt, who spoke to Daumier on Sunday,
// has said she will not be rushed" (Sunday is the call's, told in the past); not an aside ("a second
// round, this time in Ardmouth, was pencilled in": the round's verb is the one after it).
const CLAUSE_BREAK =
  /[;:]|,\s+(?:and|but|while|whereas|when|where|which|who|after|before|as|once|until|a day|two days)\b|,\s+(?=(?:has|have|had|is|are|was|were|will|would|said|says|told)\s)(?<=,\s+(?:who|which)\b[^,;]{1,120},\s+)|\s(?:and|but)\s+(?=(?:will|would|shall|then|again|is|are|was|were|has|have|had|later|also)\b)|\s(?:when|after|before(?<!\b(?:appear(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|due|evidence) before)|which|that)\s(?=\S+\s)/gi;

// A sentence is asked about several offsets in a row: its clause breaks are found once.
let lastBreaks: { sentence: string; breaks: [number, number][] } | undefined;

function breaksOf(sentence: string): [number, number][] {
  if (lastBreaks?.sentence !== sentence)
    lastBreaks = {
      sentence,
      breaks: allMatches(CLAUSE_BREAK, sentence).map((m) => [m.index, m.index + m[0].length]),
    };
  return lastBreaks.breaks;
}

// No clause of prose runs longer: a text with no stops (a pasted table, a blob of dates) is read
// a window at a time, not whole once per date in it.
const CLAUSE_REACH = 400;

/** [start, end) of the clause of `sentence` that holds offset `at`. */
export function clauseAround(sentence: string, at: number): [number, number] {
  let start = Math.max(0, at - CLAUSE_REACH);
  let end = Math.min(sentence.length, at + CLAUSE_REACH);
  for (const [from, to] of breaksOf(sentence)) {
    if (to <= at) start = Math.max(start, to);
    else if (from > at) {
      end = Math.min(end, from);
      break;
    }
  }
  return [start, end];
}

// "Our team, led by Vashti, heads to Veyrin on Wednesday": who leads a party describes it and
// reports no deed; the clause's tense is its verb's.
const LEADER = /\b(?:led|headed|accompanied) by\b/gi;

/** The tense of a clause: future when it plans or announces, past when a verb reports a deed. */
export function tenseOf(clause: string): Tense {
  if (FUTURE.test(clause)) return 'future';
  if (!PAST.test(clause)) return 'present';
  return /\b(?:led|headed|accompanied) by/i.test(clause) && !PAST.test(clause.replace(LEADER, ''))
    ? 'present'
    : 'past';
}

// ", and again over dinner on Monday", "and with Kostal on Tuesday": a clause whose verb is the
// one before it, left out.
const JOINED = /(?:^|[\s,])(?:and|or|but)\s*$/i;
const VERBLESS = /^\s*(?:again|also|then|twice|once more|over|in|on|at|with|to|for)\b/i;

// "will close by the end of the month, according to the statement the sides issued on Friday":
// a day said right after a verb of the past is that deed's, whatever the clause around it plans.
// Not after "be" ("will be held on Friday") nor after a word of planning. "The agreement initialled
// in Ilvas on Wednesday would change that": the deed's place may stand between it and its day,
// and so may whom it was done to or by ("the framework presented to Kyiv on Thursday", "the draft
// handed to both governments on 27 February"), but not a verb after "to" (TO_VERB).
const DEED_JUST_BEFORE = new RegExp(
  `(?<!\\b(?:be|been|being|is|are|to|will|would|shall)\\s+)\\b(?:${IRREGULAR_PAST.replace('|set out', '')}|(?!(?:scheduled|expected|planned|slated|pencill?ed|proposed|invited|asked|urged|requested|agreed|decided|need|speed|proceed|exceed|succeed)\\b)[a-z]{2,}ed)\\s+(?:(?:(?:in|at|by|from) (?:(?:the|both|all|its|their|his|her) )?[\\w-]+|to [\\w-]+(?: [\\w-]+)?)\\s+)?(?:on\\s+)?$`,
  'i',
);
// Not an auxiliary ("the plan to visit Drava on Friday was welcomed": the day is the visit's), nor
// a verb of saying ("will meet Dahl on Friday said the ministry"), nor past a comma.
const DEEDS_AFTER = IRREGULAR_PAST.replace('|set out', '')
  .split('|')
  .filter((w) => !/^(?:was|were|had|did|got|said|told|wrote)$/.test(w))
  .join('|');
const DEED_JUST_AFTER = new RegExp(
  `^(?:on\\s+)?${WEEKDAY}\\s+(?:(?:${DEEDS_AFTER})\\b|(?!(?:scheduled|expected|planned|slated|proposed|need|speed|proceed|exceed|succeed)\\b)[a-z]{2,}ed\\b)`,
  'i',
);
// "Solberg, who visited Kessel on Monday, will host …", "Having met Dahl on Monday, Kostal will …":
// a deed done to someone or somewhere named (capitalised) before its day is past, whatever the
// sentence plans. Case matters: the name is what tells an object from a plan's words.
const DEED_TO_NAMED = new RegExp(
  `(?<!\\b(?:[Bb]e|been|being|is|are|to|will|would|shall)\\s+)\\b(?:${IRREGULAR_PAST.replace('|set out', '')}|(?!(?:scheduled|expected|planned|slated|proposed|invited|asked|urged|requested|agreed|decided|need|speed|proceed|exceed|succeed)\\b)[a-z]{2,}ed)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:on\\s+)?$`,
  'u',
);
// "Kostal, who presented the plan to Dahl on Tuesday, will travel …", "The envoy, who briefed the
// Council on Monday, will return …": so is a deed done to a thing the text names with its
// article, and to whom or where it was done, before its day. A verb after the thing is another
// clause's ("said the talks would resume on Monday" plans).
const DEED_WITH_OBJECT = new RegExp(
  `(?<!\\b(?:be|been|being|is|are|to|will|would|shall)\\s+)\\b(?:${IRREGULAR_PAST.replace('|set out', '')}|(?!(?:scheduled|expected|planned|slated|proposed|invited|asked|urged|requested|agreed|decided|need|speed|proceed|exceed|succeed)\\b)[a-z]{2,}ed)\\s+(?:the|its|their|his|her|our|this|these|those)\\s+(?:(?!(?:will|would|shall|can|could|may|might|must|should|is|are|was|were)\\b)[\\w'’-]+\\s+){1,3}?(?:(?:to|with|in|at) (?:(?:the|both|all|its|their|his|her) )?[\\w'’-]+(?: [\\w'’-]+)?\\s+)?(?:on\\s+)?$`,
  'i',
);
// A day written at an offset: a weekday, a day of a month, either way round.
const DAY_AT = new RegExp(
  String.raw`^(?:on\s+)?(?:${WEEKDAY}|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)`,
  'i',
);
// "prepared to sign (it) on Friday": "to" before a verb, not a name or a noun phrase, plans.
const TO_VERB = /\bto (?!(?:the|both|all|its|their|his|her|a|an)\b)[a-z][\w-]*(?: [\w-]+)?\s+(?:on\s+)?$/;

// "Both parliaments must ratify the accord by 31 May, the government said": a limit set on what
// must be done lies ahead, whatever the verb that reports it. So does one on what someone now
// wants, hopes, aims or presses for ("wants a summit no later than Friday"); the past "wanted"
// may speak of a limit gone by, and is left to the clause. So does a state a thing is "to be" in by
// a day ("agreed a plan, to be operational by 1 June"): the infinitive sets a target only when the
// limit follows its state straight on; "known to be cautious, met her before 3 May" describes.
const LIMIT_BEFORE = /\b(?:by|until|than|before)\s+(?:the\s+)?$/i;
const OBLIGED_BY =
  /(?:\b(?:must|shall|(?:has|have|need|needs) to|(?:is|are) to|wants?|hopes?|hoping|aims?|aiming|seeks?|seeking|(?:is|are) (?:pressing|pushing) for)\s[^.;:!?]*|\bto be\s(?:[\w'’-]+\s){0,3}?)\b(?:by|until|no later than|before)\s+(?:the\s+)?$/i;

// "traded accusations ahead of Monday's deadline", "preparations for the signing in Lomar on
// Friday": an occasion something is done ahead of, or prepared for, is still to come, whatever
// the tense of the deed. The words between are the occasion's own (no comma, no past participle).
const PREPARED_FOR =
  /\b(?:ahead of|in the run-up to|in preparation for|in advance of|preparations? for)\s+(?:(?!\w+ed\b)[\w'’-]+\s+){0,8}?(?:on\s+)?$/i;
// "Preparations for the summit began on Monday": a deed of its own between the occasion and the day
// is what the day dates, and its tense decides.
const DEED_IN_BETWEEN = new RegExp(
  `(?<![\\w'’-])(?:${DEEDS_AFTER}|begins|starts|continues|opens|ends)\\b`,
  'i',
);

// "gave sharply different versions on Wednesday of a call about a plan to end the war": the verb
// nearest before a day governs it, when nothing that plans, asks or opens another clause stands
// between; a planning word later in the clause is another verb's. Verbs of saying are left out:
// what is said may be set for any day.
const NEAREST_DEED = new RegExp(
  `(?<!\\b(?:be|been|being|is|are|to|will|would|shall)\\s+)\\b(?:${DEEDS_AFTER}|(?!(?:scheduled|expected|planned|slated|pencill?ed|proposed|invited|asked|urged|requested|agreed|decided|announced|stated|added|noted|confirmed|reported|warned|need|speed|proceed|exceed|succeed|united|limited|detailed|related|based|concerned|interested|advanced|alleged)\\b)[a-z]{2,}ed)\\s+(?:(?!(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|be|been|being|has|have|to|that|which|who|whose|when|where|next|ahead|due|until|by|before)\\b)[\\w'’-]+\\s+){1,5}$`,
  'i',
);

// "said on Sunday, after a call between the leaders on Friday": a clause of "after" with no verb of
// its own is earlier than the deed it follows, and so behind the day of writing when that deed is.
const AFTER_BREAK = /\bafter\s*$/i;
// "the meeting on Monday, where the envoy said …": what a relative clause of place or time tells
// in the past tells of the occasion it hangs on.
const WHERE_NEXT = /^,?\s*(?:where|when)\s/i;

/** Whether the words before a day name an occasion it is ahead of, with no deed of their own between. */
function preparedFor(before: string): boolean {
  const found = PREPARED_FOR.exec(before);
  return found !== null && !DEED_IN_BETWEEN.test(found[0].replace(/^\S+/, ''));
}

// A verbless clause joined on (", and on Monday") has the tense of the clause before it; a list
// of them is followed back this many clauses at most, so that a long one costs no more per day
// (and cannot exhaust the stack).
const JOINED_HOPS = 3;

/** The tense of the clause around offset `at` of `sentence`; a clause without a verb has the one before it. */
export function tenseAt(sentence: string, at: number): Tense {
  return clauseTense(sentence, at, 0);
}

function clauseTense(sentence: string, at: number, hops: number): Tense {
  if (
    LIMIT_BEFORE.test(sentence.slice(Math.max(0, at - 20), at)) &&
    OBLIGED_BY.test(sentence.slice(Math.max(0, at - 120), at))
  )
    return 'future';
  if (DAY_AT.test(sentence.slice(at, at + 12)) && preparedFor(sentence.slice(Math.max(0, at - 110), at)))
    return 'future';
  const close = sentence.slice(Math.max(0, at - 45), at);
  if (/(?:ed|[a-z])\s+(?:on\s+)?$/i.test(close) && DEED_JUST_BEFORE.test(close) && !TO_VERB.test(close))
    return 'past';
  if (DEED_TO_NAMED.test(close)) return 'past';
  if (
    DAY_AT.test(sentence.slice(at, at + 12)) &&
    DEED_WITH_OBJECT.test(sentence.slice(Math.max(0, at - 70), at))
  )
    return 'past';
  // "The ministers on Monday asked the envoy to prepare options": a weekday with its past verb
  // right after it is that deed's, whatever the clause asks for.
  if (DEED_JUST_AFTER.test(sentence.slice(at, at + 40))) return 'past';
  const [start, end] = clauseAround(sentence, at);
  if (
    DAY_AT.test(sentence.slice(at, at + 12)) &&
    NEAREST_DEED.test(sentence.slice(Math.max(start, at - 80), at))
  )
    return 'past';
  const own = tenseOf(sentence.slice(start, end));
  const where = own === 'present' ? WHERE_NEXT.exec(sentence.slice(end, end + 9)) : null;
  if (where) {
    const next = end + where[0].length;
    if (tenseOf(sentence.slice(next, clauseAround(sentence, next)[1])) === 'past') return 'past';
  }
  if (own !== 'present' || start === 0) return own;
  // Only the few characters before the clause are read, not the whole sentence before it.
  const window = sentence.slice(Math.max(0, start - 8), start);
  const after = window.search(AFTER_BREAK);
  if (after >= 0) {
    let deed = start - window.length + after;
    while (deed > 0 && /[\s,]/.test(sentence[deed - 1]!)) deed--;
    // The clause before is read on its own words: following one "after" back to the next would
    // be quadratic in a sentence of many.
    if (deed > 0) {
      const [from, to] = clauseAround(sentence, deed - 1);
      if (tenseOf(sentence.slice(from, to)) === 'past') return 'past';
    }
  }
  // Only the words just before the clause are read: JOINED and the joining word's start were
  // sought over the whole sentence before it, once per date, quadratic in a long sentence.
  const before = sentence.slice(0, start);
  const wordEnd = before.trimEnd().length;
  if (!JOINED.test(before.slice(Math.max(0, wordEnd - 4))) || !VERBLESS.test(sentence.slice(start, end)))
    return own;
  // The clause before the joining word and the spaces and commas before it.
  let joinStart = wordEnd - (/or$/i.test(before.slice(0, wordEnd)) ? 2 : 3);
  while (joinStart > 0 && /[\s,]/.test(before[joinStart - 1]!)) joinStart--;
  return hops < JOINED_HOPS ? clauseTense(sentence, joinStart - 1, hops + 1) : own;
}

/** Whether a sentence speaks of what lies ahead anywhere in it. */
export const isFutureTense = (sentence: string): boolean => FUTURE.test(sentence);
