// Readings of a pair of passages shared by link.ts and linkReasons.ts: one speaker quoted in both,
// the subject of a status both give, a guarantor, a text that moved on, and days both tell.

import { DAY_MS } from '../core/calendar.ts';
import { formulaOnlyWords } from './agreedFormula.ts';
import { findDates } from './dates.ts';
import { guarantorOf } from './guarantee.ts';
import { WEEKDAY } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { speakerKey } from './quoteFlags.ts';
import { sharedSubject } from './status.ts';
import type { Roster } from './types.ts';
import { finalNamedLater, guarantorsText, statusWithWholeText, WHOLE_TEXT } from './wholeText.ts';

export const oneSpeaker = (a: Passage, b: Passage) =>
  a.kind === 'quote' && b.kind === 'quote' && speakerKey(a) !== undefined && speakerKey(a) === speakerKey(b);

export const statusOf = perPassage(statusWithWholeText);
export const ORDER_OF_SIGNATURE = new Set(['order', 'signatur', 'sign']);
export const ownedByGuarantor = perPassage((p, roster) => guarantorsText(p.text, roster));
export const guarantor = perPassage((p, roster) => guarantorOf(p.text, roster));

// Words that say whose or how much work, not which text: no subject of a status. Nor are
// the actors: a status is of a text or a point, not of the mediator or the delegations.
export const NO_SUBJECT = new Set([
  ...['work', 'side', 'both', 'parti', 'party', 'all'],
  ...['basi', 'basis', 'until', 'foreign'], // "on the basis of", the maxim's "until", "foreign ministry": no text
  ...[
    'mediator',
    'delegation',
    'minist',
    'minister',
    'president',
    'negotiator',
    'government',
    'talk',
    'negoti',
  ],
]);

// A status set as a target by a day ("the paper is to be ready to sign by Friday", "is to be
// agreed by the 20th"): a deadline for the status, not the status the text has. Set against a
// status told as it stands ("the text is not agreed"), it says nothing of it; against another
// target, it is one. "By" must name a time ("by Friday", "by the twenty-third"): "will be agreed
// by both parliaments" names who agrees.
const BY_TIME = `(?:(?:the )?end\\b|(?:the )?(?:middle|start|beginning|close) of\\b|next\\b|then\\b|tomorrow\\b|tonight\\b|(?:this|that) (?:week|weekend|month|year|summer|autumn|spring|winter)\\b|(?:the )?weekend\\b|(?:mid|early|late)[- ]|${WEEKDAY}\\b|(?:the )?\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|the (?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?= of\\b|\\s*[.,;]|$))`;
const TARGET_STATUS = new RegExp(
  `\\b(?:should|must|would|will|is to|are to|to)\\s+be\\s+(?:ready|finali[sz]ed|agreed|final|completed?|concluded)\\b[^.;]{0,40}?\\bby ${BY_TIME}`,
  'i',
);
// Read once per passage: the pair loop asks it of each passage once per other passage with a status.
const statusAsTarget = perPassage((p): boolean => TARGET_STATUS.test(p.text));

/**
 * What two passages both give a status of: shared subject words, less the parties and people
 * named ("Marivel's session is closed" and "Marivel's text is not final" are two things).
 */
export function statusSubject(a: Passage, b: Passage, roster: Roster): string[] {
  const [sa, sb] = [statusOf(a, roster), statusOf(b, roster)];
  if (!sa || !sb || ownedByGuarantor(a, roster) !== ownedByGuarantor(b, roster)) return [];
  if (statusAsTarget(a, roster) !== statusAsTarget(b, roster)) return [];
  const shared = sharedSubject(sa, sb);
  if (shared.includes(WHOLE_TEXT) && finalNamedLater(a, b)) return [];
  return shared.filter((w) => !a.nameWords.has(w) && !b.nameWords.has(w) && !NO_SUBJECT.has(w));
}
/**
 * The subject two passages give a status of, as a flag reads it: "everything" of the formula links
 * it to "everything is agreed", which it does not deny (agreedFormula.ts).
 */
export function flaggedSubject(a: Passage, b: Passage, roster: Roster): string[] {
  const [fa, fb] = [formulaOnly(a, roster), formulaOnly(b, roster)];
  return statusSubject(a, b, roster).filter((w) => !fa.has(w) && !fb.has(w));
}
export const formulaOnly = perPassage(formulaOnlyWords);

/** Further apart than this, "not final" then "final" is a text that moved on, not a contradiction. */
export const MOVED_ON_DAYS = 14;
export const movedOn = (a: Passage, b: Passage, statusOfA: string) => {
  if (!a.published || !b.published) return false;
  const days = (Date.parse(b.published) - Date.parse(a.published)) / DAY_MS;
  // Open first and final weeks later; final first and open later stays a contradiction.
  return statusOfA === 'open' ? days > MOVED_ON_DAYS : -days > MOVED_ON_DAYS;
};

/**
 * Whether two passages each name days by their month, and not the same ones. "Today" or
 * "Tuesday" in words quoted later is the day they were said, which the quoting source does not give.
 */
export function otherDays(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [monthDays(a, roster), monthDays(b, roster)];
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}
/**
 * Whether one of two deadlines' sentences names, by its month, the other's day as well as its
 * own: "extended from 22 May to 26 May", "replies by 15 September and a signing on 24
 * September". It tells both days, the move or the two limits, and sets neither against the other,
 * unless the other source, written after it, gives its own day as the one standing.
 */
export function tellsBothDays(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [
    a.claim?.kind === 'event' && a.claim.data.date,
    b.claim?.kind === 'event' && b.claim.data.date,
  ];
  if (!da || !db || da === db) return false;
  // By month and day: a year read from a tense ("was extended") may be a year off.
  const names = (p: Passage, day: string) => monthDays(p, roster).some((d) => d.slice(5) === day.slice(5));
  // A source written after the one telling both days, that gives the earlier day as standing,
  // still disagrees with it.
  const toldLater = (p: Passage, q: Passage) => !!p.published && !!q.published && p.published > q.published;
  return (names(a, db) && !toldLater(b, a)) || (names(b, da) && !toldLater(a, b));
}
export const MONTH_NAMED = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
export const monthDays = perPassage((p) =>
  findDates(p.text, p.published).flatMap((d) => (MONTH_NAMED.test(d.text) ? [d.iso] : [])),
);

// A record that says its speech is interpreted or translated ("interpretation from Karsish",
// "[Translated from …]") renders words first said in another language.
export const TRANSLATED =
  /\b(?:interpretation from|interpreted (?:from|into)|translated (?:from|into)|translation from)\b/i;
