// The days an event's clause gives it: calendar arithmetic on ISO days, coarse dates (a week,
// a month, a season), spans ("from 3 to 5 March", "a two-day round") and the day it opened.

import { DAY_MS, isoDay } from '../core/calendar.ts';
import type { Level } from './eventProfile.ts';
import { monthOf } from './quickDates.ts';

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOfDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number) => isoOfDay(dayNumber(iso) + n);
export const daysApart = (a: string, b: string) => Math.abs(dayNumber(a) - dayNumber(b));

/** Whether two spans of days share a day. */
export const overlap = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];

export const MONTH =
  '(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t|tember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\\b\\.?';
// A month named alone, as a writer names a month: with its capital.
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?';
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
const monthSpan = (year: number, month: number, from = 1, to = lastDay(year, month)): [string, string] => [
  isoDay(year, month + 1, from),
  isoDay(year, month + 1, Math.min(to, lastDay(year, month))),
];

/** The year of a month named without one: the next such month when the event lies ahead, else the last. */
function yearOf(month: number, published: string, planned: boolean): number {
  const [y, m] = [+published.slice(0, 4), +published.slice(5, 7) - 1];
  if (planned) return month < m ? y + 1 : y;
  return month > m ? y - 1 : y;
}

const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
export const countOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : (COUNT[w.toLowerCase()] ?? 0));

const WEEK_OF = new RegExp(`\\bweek of (?:(${MONTH}) (\\d{1,2})|(\\d{1,2}) (${MONTH}))`, 'i');
const NTH_WEEK = new RegExp(`\\b(first|second|third|fourth|last) week of (${MONTH})`, 'i');
// A month with no day beside it: "in January", "in January 2026", "early next month" is below.
const BARE_MONTH = new RegExp(
  `(?<!\\d(?:st|nd|rd|th)?\\s)(?<![a-z]+(?:st|nd|rd|th) of\\s)(?<!\\d(?:st|nd|rd|th)? of\\s)\\b([Ee]arly |[Mm]id-?|[Ll]ate |the end of |end of )?(${MONTH_NAME})(?:,? (\\d{4}))?(?!\\.? ?\\d{1,2}\\b)`,
);

// "a few days ago", "the other day", "earlier this week", "earlier this month", "at the beginning
// of the month": a time before the day of writing, said without a day of its own. A counted span
// ("two days ago") names one day, which quickDates reads exactly: it is no loose expression.
const RECENT =
  /\b(?:(?:a few|several|some|a couple of) days ago|the other day|earlier this (week|month)|(?:at )?the (?:beginning|start) of (?:the|this) month)\b/i;

/** The days before `published` that a RECENT expression allows. */
function recentDays(said: RegExpExecArray, published: string): [string, string] {
  const before = addDays(published, -1);
  if (said[1]?.toLowerCase() === 'week') return [addDays(published, -6), before];
  if (said[1]?.toLowerCase() === 'month') {
    const first = `${published.slice(0, 8)}01`;
    return [first < before ? first : before, before];
  }
  if (/\b(?:beginning|start)\b/i.test(said[0])) {
    const [y, m] = [+published.slice(0, 4), +published.slice(5, 7) - 1];
    return monthSpan(y, m, 1, 10);
  }
  return [addDays(published, -7), before];
}

export interface CoarseDays {
  days: [string, string];
  /** The words that gave them. */
  said: string;
  /** Said of days just before the day of writing ("a few days ago", "earlier this month"). */
  recent?: true;
}

/**
 * The days a coarse expression allows: "next month", "last month", "a few days ago", "earlier
 * this month", "early next year",
 * "the week of January 12", "the second week of January", "in January 2026". Undefined when
 * the clause gives none (it may still give a day).
 */
export function coarseDays(clause: string, published: string, planned: boolean): CoarseDays | undefined {
  const [y, m] = [+published.slice(0, 4), +published.slice(5, 7) - 1];
  const year = /\b(early|late|later|in) next year\b/i.exec(clause) ?? /\bnext year\b/i.exec(clause);
  if (year) {
    const which = year[1]?.toLowerCase();
    const days: [string, string] =
      which === 'early'
        ? [`${y + 1}-01-01`, `${y + 1}-04-30`]
        : which === 'late' || which === 'later'
          ? [`${y + 1}-07-01`, `${y + 1}-12-31`]
          : [`${y + 1}-01-01`, `${y + 1}-12-31`];
    return { days, said: year[0] };
  }
  const recent = RECENT.exec(clause);
  if (recent) return { days: recentDays(recent, published), said: recent[0], recent: true };
  const relative = /\b(?:next|last) (?:month|week)\b/i.exec(clause);
  if (relative) {
    const said = relative[0].toLowerCase();
    const days: [string, string] =
      said === 'next month'
        ? monthSpan(m === 11 ? y + 1 : y, (m + 1) % 12)
        : said === 'last month'
          ? monthSpan(m === 0 ? y - 1 : y, (m + 11) % 12)
          : said === 'last week'
            ? [addDays(published, -13), addDays(published, -1)]
            : [addDays(published, 1), addDays(published, 13)];
    return { days, said: relative[0] };
  }
  const weekOf = WEEK_OF.exec(clause);
  if (weekOf) {
    const month = monthOf(weekOf[1] ?? weekOf[4]!);
    const day = Number(weekOf[2] ?? weekOf[3]);
    const start = monthSpan(yearOf(month, published, planned), month, day, day)[0];
    return { days: [start, addDays(start, 6)], said: weekOf[0] };
  }
  const nth = NTH_WEEK.exec(clause);
  if (nth) {
    const month = monthOf(nth[2]!);
    const yr = yearOf(month, published, planned);
    const k = ['first', 'second', 'third', 'fourth'].indexOf(nth[1]!.toLowerCase());
    const days = k === -1 ? monthSpan(yr, month, 22) : monthSpan(yr, month, 1 + 7 * k, 7 + 7 * k);
    return { days, said: nth[0] };
  }
  const bare = BARE_MONTH.exec(clause);
  if (bare) {
    const month = monthOf(bare[2]!);
    const yr = bare[3] ? Number(bare[3]) : yearOf(month, published, planned);
    const when = bare[1]?.toLowerCase() ?? '';
    const days = when.startsWith('early')
      ? monthSpan(yr, month, 1, 10)
      : when.startsWith('mid')
        ? monthSpan(yr, month, 10, 20)
        : when
          ? monthSpan(yr, month, 20)
          : monthSpan(yr, month);
    return { days, said: bare[0] };
  }
  return undefined;
}

// "from 1 to 3 December", "on 5 and 6 November", "October 14-15": a span of days.
const RANGE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|\\b${MONTH}\\s+(\\d{1,2})\\s*(?:and|to|-|–)\\s*(\\d{1,2})\\b`,
  'i',
);
// "three days of talks", "a two-day round", "expected to last three days" — not "two days after".
export const DURATION =
  /\b(two|three|four|five|six|seven|\d)[- ]days?\b(?!\s+(?:after|before|later|earlier|ago)\b)(?<!\bwithin (?:the next )?\w+[- ]days?)/i;
// What says the date is a span's end or its start. Not "after" or "last" alone: "a day after
// the round", "last week" say neither.
const ENDED =
  /\b(?:ended|ends|concluded|concludes|closed|closes|wrapped up|finished|came to an end|after (?:\w+[- ])?days? of)\b/i;
// A round of talks known only by its first or last day: the days before or after it may be its own.
const ROUND_DAYS = 2;
const STARTED =
  /\b(?:opened|opens|open|opening|started|starts|start|began|begins|begin|to last|kicked off|kicks off)\b/i;

/**
 * The days an event dated `date` spans, as the clause tells: a range of days, a length with
 * its end or start ("concluded three days of talks"), or — for a round of talks, which runs
 * over days — a few days before its end or after its opening. The words the date was read
 * from (`dateSaid`) give the range first: "From 23 to 25 November" is the event's span even
 * where its clause, cut at a long subject, does not hold it.
 */
export function spanOfDays(
  clause: string,
  date: string,
  level: Level | undefined,
  planned: boolean,
  dateSaid = '',
): [string, string] {
  const range = RANGE.exec(dateSaid) ?? RANGE.exec(clause);
  if (range) {
    const [from, to] = range[1] ? [+range[1], +range[2]!] : [+range[3]!, +range[4]!];
    const day = +date.slice(8, 10);
    if (to > from && to - from <= 14 && day >= from && day <= to)
      return [addDays(date, from - day), addDays(date, to - day)];
  }
  const ended = ENDED.test(clause);
  const started = STARTED.test(clause);
  const length = DURATION.exec(clause);
  if (length) {
    const n = Math.max(1, countOf(length[1]!));
    if (ended && !started) return [addDays(date, 1 - n), date];
    if (started || planned) return [date, addDays(date, n - 1)];
    return [addDays(date, 1 - n), date];
  }
  if (level === 'round') {
    if (ended && !started) return [addDays(date, -ROUND_DAYS), date];
    if (started && !ended) return [date, addDays(date, ROUND_DAYS)];
  }
  return [date, date];
}

/** The day an event dated `date` opened, where its words say it: the first of a range, or a day it opened on. */
export function openingDay(clause: string, date: string, dateSaid = ''): string | undefined {
  const range = RANGE.exec(dateSaid) ?? RANGE.exec(clause);
  if (range) {
    const [from, to] = range[1] ? [+range[1], +range[2]!] : [+range[3]!, +range[4]!];
    const day = +date.slice(8, 10);
    if (to > from && to - from <= 14 && day >= from && day <= to) return addDays(date, from - day);
  }
  return STARTED.test(clause) && !ENDED.test(clause) && !DURATION.test(clause) ? date : undefined;
}
