// The date expressions news prose uses nearly always ("on Tuesday", "March 20", "4 March
// 2031", "next week", "yesterday"), read without chrono: chrono costs about 0.1 ms a call
// and would set the pace of the whole pipeline. Anything else still goes to chrono.
import { MONTH_ABBREVIATIONS } from '../core/calendar.ts';

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
  if (m)
    return { date: weekday(ref, m[1], m[2]!, m[3] !== undefined), text: m[0], index: start, absolute: false };
  const tail = text.slice(at, at + 40);
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
