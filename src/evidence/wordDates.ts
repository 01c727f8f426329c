// Days named without a day-month date: "the end of November", "on the 14th". Official
// texts and quoted speech date events this way; the date readers know "14 November"
// ("the fourteenth of November" is read by quickDates). Each is rewritten in place as that common form, padded
// to its own length, so every offset in the sentence stays where it was.
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../core/calendar.ts';
import type { Tense } from './tense.ts';

const MONTH = `(${MONTH_NAMES.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)`;
// Only a named month: "by the end of the month" is as often a hope as a day (news asks
// "could they sign by the end of the month?"), and reading it as one made events of it.
const END_OF_MONTH = new RegExp(`\\bthe end of ${MONTH}\\b`, 'gi');
// "on the 14th", "by the 3rd": a day of the month the reader is in.
const BARE_DAY = /\b(on|by|until|before) the (\d{1,2})(?:st|nd|rd|th)\b(?! of)/gi;

/** Whether a sentence holds a day in words (a cheap test, like mayHoldDate). */
export const mayHoldWordDate = (sentence: string): boolean =>
  /\bthe end of |\bthe \d{1,2}(?:st|nd|rd|th)\b(?! of)/i.test(sentence);

const monthIndex = (m: string) => MONTH_NAMES.findIndex((n) => n.startsWith(m.toLowerCase().slice(0, 3)));

const place = (text: string, index: number, length: number, form: string) =>
  text.slice(0, index) + form.padEnd(length, ' ') + text.slice(index + length);

export interface WordDates {
  /** The sentence with each day in words rewritten as "14 nov", same length, same offsets. */
  text: string;
  /** Where each rewritten day was: [start, end) in the sentence. */
  spans: [number, number][];
}

const DAY_MS = 86_400_000;

/** The month of a bare "the 14th": the nearest such day to `ref`, the later one in future tense. */
function nearestMonth(day: number, ref: Date, future: boolean): number {
  let best = ref.getMonth();
  let bestGap = Number.POSITIVE_INFINITY;
  for (const step of [-1, 0, 1]) {
    const d = new Date(ref.getFullYear(), ref.getMonth() + step, day, 12);
    const gap = Math.abs(d.getTime() - ref.getTime()) / DAY_MS;
    if (gap < bestGap || (gap === bestGap && future && step > 0)) {
      best = ref.getMonth() + step;
      bestGap = gap;
    }
  }
  return (best + 12) % 12;
}

/** Rewrites every day in words of `sentence` in the common form, resolved against `ref`. */
export function rewriteWordDates(sentence: string, ref: Date, leanAt: (at: number) => Tense): WordDates {
  let text = sentence;
  const spans: [number, number][] = [];
  const put = (index: number, length: number, day: number, month: number) => {
    const form = `${day} ${MONTH_ABBREVIATIONS[month]}`;
    if (form.length > length) return;
    text = place(text, index, length, form);
    spans.push([index, index + length]);
  };
  for (const m of sentence.matchAll(END_OF_MONTH)) {
    const month = monthIndex(m[1]!);
    const last = new Date(ref.getFullYear(), month + 1, 0).getDate();
    put(m.index, m[0].length, last, month);
  }
  for (const m of sentence.matchAll(BARE_DAY)) {
    const day = Number(m[2]);
    const at = m.index + m[1]!.length + 1;
    if (day >= 1 && day <= 31)
      put(at, m[0].length - m[1]!.length - 1, day, nearestMonth(day, ref, leanAt(at) === 'future'));
  }
  return { text, spans };
}
