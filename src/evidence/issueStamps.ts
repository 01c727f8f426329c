// Lines in a document's head that say when it was issued, or that must not be taken for that day:
// a registry's receipt stamp on a letter ("RECEIVED" over "26 MAY 2031"), the issue line of minutes
// ("Date of circulation: 17 May 2031", which the meeting's own "Date:" line above it does not beat),
// a chat export's "Exported:" stamp, and a periodical's issue dated by its span ("25 - 31 May 2031").
import { isoDay } from '../core/calendar.ts';
import { daySpans } from './daySpans.ts';
import { daysApart } from './eventDays.ts';
import { WEEKDAY } from './lexicon.ts';
import { findIsoDate } from './meta.ts';
import { MONTH_WORD } from './quickDates.ts';

// "RECEIVED", "Recd. 26.05.2031", "Date of receipt: 26 May 2031": a registry's stamp, short.
// The label is a whole word ("Recurring talks" is none) and the rest of the line a day and nothing
// else ("Received by President Tamm, 6 June 2031" heads an audience's readout).
const RECEIPT = /^(?:received|recd\.?|date of receipt|re[çc]u|eingegangen)(?!\p{L})(?:\s+on)?\s*:?\s*(.*)$/iu;
const DATE_WORDS = new RegExp(`${MONTH_WORD}|\\b(?:${WEEKDAY}|at|on|[ap]\\.?m\\.?)\\b`, 'gi');

/**
 * Whether a line is a receipt stamp: 'label' when the day follows on the next line, 'dated' when the
 * line holds it. The day a letter arrived is not the day it was written.
 */
export function receiptLine(paragraph: string): 'label' | 'dated' | undefined {
  if (paragraph.length > 40) return undefined;
  const m = RECEIPT.exec(paragraph);
  if (!m) return undefined;
  if (m[1] === '') return 'label';
  if (/\p{L}/u.test(m[1]!.replace(DATE_WORDS, ' '))) return undefined;
  return findIsoDate(m[1]!) ? 'dated' : undefined;
}

// "Date of circulation: 17 May 2031", "Circulated: …", "Date of issue: …": the day a record was issued.
const ISSUE_LINE =
  /^(?:date of (?:circulation|issue|distribution)|circulated|distributed)(?:\s+on)?\s*:?\s+(.{6,60})$/i;

/** The day of a record's issue line, which dates the record over the day of the meeting it records. */
export function issueLineDate(paragraph: string): string | undefined {
  const m = ISSUE_LINE.exec(paragraph);
  return m ? findIsoDate(m[1]!) : undefined;
}

// Minutes circulate within weeks of their meeting; an issue line further off, or before the
// meeting, is another record's (a decree the document quotes).
const ISSUE_WITHIN_DAYS = 45;

/** Whether an issue line's day dates the minutes of a meeting held on `meeting`. */
export function issuesMinutesOf(issued: string, meeting: string): boolean {
  return issued >= meeting && daysApart(issued, meeting) <= ISSUE_WITHIN_DAYS;
}

/** A meeting's own "Date:" field, the line an issue line of its minutes outranks. */
export const isDateField = (paragraph: string): boolean => /^date\s*:/i.test(paragraph);

// "Exported: 2031-03-19 22:41 (UTC+1)", "Export date: 19 March 2031": a chat export's own stamp.
const EXPORT_LINE = /^(?:exported|export date|date exported)(?:\s+(?:on|at))?\s*:?\s+(.{6,60})$/i;

/** The day a chat's export stamp gives: the day the record was made, after its last message. */
export function exportLineDate(paragraph: string): string | undefined {
  const m = EXPORT_LINE.exec(paragraph);
  return m ? findIsoDate(m[1]!) : undefined;
}

// A periodical's head: "Issue 88", "No. 12", "Vol. 4", "The Harbour Weekly", a bulletin. Elsewhere a
// span under a title is a meeting's days, and its text (a communiqué) is adopted at the close.
const PERIODICAL =
  /\b(?:issue\s+(?:no\.?\s*)?\d+|no\.\s*\d+|vol(?:ume|\.)?\s*\d+|weekly|bulletin|newsletter)\b/i;

/** Whether a document's head lines mark it as an issue of a periodical. */
export const marksPeriodical = (head: readonly string[]): boolean =>
  head.some((line) => line.length <= 120 && PERIODICAL.test(line));

/** The first day of a dateline that spans days ("25 - 31 May 2031"): a weekly's issue is dated by the day it opens. */
export function spanStart(paragraph: string): string | undefined {
  const line = paragraph.trim();
  const span = daySpans(line)[0];
  if (span?.index !== 0 || span.end !== line.length || span.year === undefined) return undefined;
  return findIsoDate(isoDay(span.year, span.firstMonth, span.first));
}
