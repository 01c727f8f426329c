// Whether a call or a meeting agreed a day for what comes next, said both ways: readouts tell the
// day agreed ("agreed that the teams would reconvene on 20 March", "agreed that the text should
// be ready for signature by 23 March"), the other side's account may say none was ("We did not
// agree on a date to resume the talks", "No date was agreed"). Such a denial is short, yet a claim.
import { MONTH_WORD } from './quickDates.ts';

const DAY_AGREED = new RegExp(
  `\\bagreed (?:that|to)\\b[^.;]{0,160}?\\b(?:on|by|for|until) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}|${MONTH_WORD} \\d{1,2})\\b`,
  'i',
);
// "It is not true that they agreed to meet on 20 March" denies the day it names.
const AGREED_NOT =
  /\b(?:not|no|never|nothing)\b[^.;]{0,30}\bagreed (?:that|to)\b|n['’]t\b[^.;]{0,30}\bagreed (?:that|to)\b/i;

const NO_DAY_AGREED =
  /\b(?:(?:did|do|does|have|has|could) not|(?:did|do|does|have|has|could)n['’]t|failed to) (?:yet )?(?:agree|set|fix|settle)(?: (?:on|upon))? (?:a|any|the|an) (?:new |firm |fixed |exact )?(?:date|day|timetable)\b|\bno (?:new |firm |fixed |exact )?(?:date|day|timetable)\b[^.;:?!]{0,60}?\b(?:has|had|have|was|were|is) (?:yet )?(?:been )?(?:agreed|set|fixed|decided)\b/i;

/** Whether `text` says a day was agreed for what comes next, and does not deny it. */
export const dayAgreed = (t: string) => DAY_AGREED.test(t) && !AGREED_NOT.test(t);
/** Whether `text` says no day was agreed. */
export const noDayAgreed = (t: string) => NO_DAY_AGREED.test(t);
