// The date expressions news prose uses nearly always ("on Tuesday", "March 20", "4 March
// 2031", "next week", "yesterday"), read without chrono: chrono costs about 0.1 ms a call
// and would set the pace of the whole pipeline. Anything else still goes to chrono.
import { MONTH_ABBREVIATIONS, ORDINAL_WORDS } from '../core/calendar.ts';

export interface QuickDate {
  date: Date;
  text: string;
  /** Offset of `text` in the string searched. */
  index: number;
  /** Written with a year ("March 4, 2031"), so it needs no publication date. */
  absolute: boolean;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY =
  /^(?:(on|by|this|last|next|since|until) )?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:'s)?( next week)?/i;
const MONTH_DAY = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\\d{4})\\b)?`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
const NEAR =
  /^(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|(?:last|next|this) (?:week|month|year))\b/i;

// Official texts write days in words: "on the third of December", "by the 12th of May 2026".
const ORDINALS: readonly string[] = ORDINAL_WORDS;
const ORDINAL_WORD = `(?:twenty-|thirty-)?(?:${ORDINALS.join('|')})|thirtieth`;
export const ORDINAL_OF = `(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD}) of ${MONTH}`;
const WORDS_DAY = new RegExp(
  `^(?:the )?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD}) of ${MONTH}(?:,? (\\d{4})\\b)?`,
  'i',
);

function ordinalDay(word: string): number {
  const digits = /^\d+/.exec(word);
  if (digits) return Number(digits[0]);
  const w = word.toLowerCase();
  if (w === 'thirtieth') return 30;
  const [tens, unit] = w.includes('-') ? w.split('-') : ['', w];
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + ORDINALS.indexOf(unit!) + 1;
}

// Spans counted from the day of writing: "an hour ago", "two days ago", "within 10 days", "in two weeks".
const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNT = `(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)`;
const AGO = new RegExp(`^${COUNT} (hour|day|week)s? ago\\b`, 'i');
const WITHIN = new RegExp(`^(?:within|in) (?:the next )?${COUNT} (day|week|month)s?\\b(?:'? time)?`, 'i');
export const SPAN_CANDIDATE = `\\b(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:hour|day|week)s? ago\\b|\\b(?:within|in) (?:the next )?(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:day|week|month)s?\\b`;

const countOf = (word: string) => {
  const w = word.toLowerCase();
  return /^\d/.test(w) ? Number(w) : w === 'an' ? 1 : Math.max(1, COUNT_WORDS.indexOf(w));
};

function counted(ref: Date, n: number, unit: string, sign: 1 | -1): Date {
  const u = unit.toLowerCase();
  if (u === 'hour') return ref;
  if (u === 'month') return new Date(ref.getFullYear(), ref.getMonth() + sign * n, ref.getDate(), 12);
  return addDays(ref, sign * n * (u === 'week' ? 7 : 1));
}

const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12);

function weekday(ref: Date, modifier: string | undefined, name: string, nextWeek: boolean): Date {
  const target = DAYS.indexOf(name.slice(0, 3).toLowerCase());
  if (nextWeek) {
    // "Friday next week": that day in the week (Monday to Sunday) after this one.
    const isoDay = (d: number) => (d === 0 ? 7 : d);
    return addDays(ref, 7 - isoDay(ref.getDay()) + isoDay(target));
  }
  const diff = target - ref.getDay();
  const mod = modifier?.toLowerCase();
  if (mod === 'last') return addDays(ref, diff < 0 ? diff : diff - 7);
  if (mod === 'next') return addDays(ref, diff > 0 ? diff : diff + 7);
  // Like chrono: the nearest such day, at most three days away.
  return addDays(ref, diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff);
}

function near(ref: Date, phrase: string): Date {
  const p = phrase.toLowerCase();
  if (p === 'yesterday' || p === 'last night') return addDays(ref, -1);
  if (p === 'tomorrow') return addDays(ref, 1);
  const step = p.startsWith('last') ? -1 : p.startsWith('next') ? 1 : 0;
  if (p.endsWith('week')) return addDays(ref, 7 * step);
  if (p.endsWith('month')) return new Date(ref.getFullYear(), ref.getMonth() + step, ref.getDate(), 12);
  if (p.endsWith('year')) return new Date(ref.getFullYear() + step, ref.getMonth(), ref.getDate(), 12);
  return ref;
}

/** Reads the date expression starting at `at` in `text`, if it is one of the common forms. */
export function quickDate(text: string, at: number, ref: Date): QuickDate | undefined {
  // Include a preceding "on"/"last"/"next" so the text reads like chrono's.
  const lead = /(?:\b(?:on|by|this|last|next|since|until) )$/i.exec(text.slice(Math.max(0, at - 6), at));
  const start = lead ? at - lead[0].length : at;
  const rest = text.slice(start, start + 40);
  let m = WEEKDAY.exec(rest);
  if (m) {
    // "Monday, 1 December": the calendar date says which Monday.
    const comma = /^,?\s+/.exec(rest.slice(m[0].length));
    if (comma && m[3] === undefined) {
      const from = start + m[0].length + comma[0].length;
      const dated = quickDate(text, from, ref);
      if (dated && !WEEKDAY.test(dated.text))
        return { ...dated, text: text.slice(start, from) + dated.text, index: start };
    }
    // "Friday the twelfth": the month whose twelfth is a Friday, nearest the day of writing.
    const nth = new RegExp(`^,?\\s+the (\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})\\b(?! of)`, 'i').exec(
      rest.slice(m[0].length),
    );
    if (nth && m[3] === undefined) {
      const day = ordinalDay(nth[1]!);
      const target = DAYS.indexOf(m[2]!.slice(0, 3).toLowerCase());
      const fits = [-1, 0, 1]
        .map((k) => new Date(ref.getFullYear(), ref.getMonth() + k, day, 12))
        .filter((d) => d.getDate() === day && d.getDay() === target)
        .sort((x, y) => Math.abs(x.getTime() - ref.getTime()) - Math.abs(y.getTime() - ref.getTime()))[0];
      if (fits) return { date: fits, text: m[0] + nth[0], index: start, absolute: false };
    }
    return { date: weekday(ref, m[1], m[2]!, m[3] !== undefined), text: m[0], index: start, absolute: false };
  }
  const tail = text.slice(at, at + 40);
  m = WORDS_DAY.exec(tail);
  if (m) {
    const month = MONTH_ABBREVIATIONS.indexOf(m[2]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : ref.getFullYear();
    const day = ordinalDay(m[1]!);
    if (day >= 1 && day <= 31)
      return { date: new Date(year, month, day, 12), text: m[0], index: at, absolute: m[3] !== undefined };
  }
  m = AGO.exec(tail);
  if (m) return { date: counted(ref, countOf(m[1]!), m[2]!, -1), text: m[0], index: at, absolute: false };
  m = WITHIN.exec(tail);
  if (m) return { date: counted(ref, countOf(m[1]!), m[2]!, 1), text: m[0], index: at, absolute: false };
  m = MONTH_DAY.exec(tail);
  if (m) {
    const month = MONTH_ABBREVIATIONS.indexOf(m[1]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : ref.getFullYear();
    return {
      date: new Date(year, month, Number(m[2]), 12),
      text: m[0],
      index: at,
      absolute: m[3] !== undefined,
    };
  }
  m = DAY_MONTH.exec(tail);
  if (m) {
    const month = MONTH_ABBREVIATIONS.indexOf(m[2]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : ref.getFullYear();
    return {
      date: new Date(year, month, Number(m[1]), 12),
      text: m[0],
      index: at,
      absolute: m[3] !== undefined,
    };
  }
  m = ISO.exec(tail);
  if (m)
    return {
      date: new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12),
      text: m[0],
      index: at,
      absolute: true,
    };
  m = NEAR.exec(tail);
  if (m) return { date: near(ref, m[1]!), text: m[0], index: at, absolute: false };
  return undefined;
}
