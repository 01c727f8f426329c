// Days a text gives as one span, however written: "11-12 March", "from 11 to 13 March", "on days
// 11 and 12 of March", "March 11-12", "28 May – 3 June 2031", "May 25–31, 2031". One reader for
// the span of an occasion's days (occasionDays.ts) and for a periodical's issue (issueStamps.ts).
import { MONTH_WORD, monthOf } from './quickDates.ts';

const TO = '\\s*(?:-|–|—|and|to|through)\\s*';
const SPAN = new RegExp(
  `\\b(?:days?\\s+)?(\\d{1,2})(?:\\s+(?:of\\s+)?${MONTH_WORD})?${TO}(\\d{1,2})(?:\\s+of)?\\s+${MONTH_WORD}` +
    `|\\b${MONTH_WORD}\\s+(\\d{1,2})${TO}(?:${MONTH_WORD}\\s+)?(\\d{1,2})\\b`,
  'gi',
);
const YEAR_AFTER = /^,?\s+(\d{4})\b/;

export interface DaySpan {
  /** Months 1–12 of the first and the last day. */
  firstMonth: number;
  first: number;
  lastMonth: number;
  last: number;
  /** The year written after the span, if one is. */
  year?: number;
  index: number;
  /** The offset just past the span and its year. */
  end: number;
}

/** The spans of days `text` writes, in order. */
export function daySpans(text: string): DaySpan[] {
  const out: DaySpan[] = [];
  for (const m of text.matchAll(SPAN)) {
    const dayFirst = m[1] !== undefined;
    const lastMonth = monthOf((dayFirst ? m[4] : (m[7] ?? m[5]))!) + 1;
    const firstMonth = dayFirst ? (m[2] ? monthOf(m[2]) + 1 : lastMonth) : monthOf(m[5]!) + 1;
    const after = m.index + m[0].length;
    const year = YEAR_AFTER.exec(text.slice(after, after + 8));
    out.push({
      firstMonth,
      first: Number(dayFirst ? m[1] : m[6]),
      lastMonth,
      last: Number(dayFirst ? m[3] : m[8]),
      ...(year ? { year: Number(year[1]) } : {}),
      index: m.index,
      end: after + (year ? year[0].length : 0),
    });
  }
  return out;
}
