// The date expressions news prose uses nearly always ("on Tuesday", "March 20", "4 March
// 2031", "next week", "yesterday"), read without chrono: chrono costs about 0.1 ms a call
// and would set the pace of the whole pipeline. Anything else still goes to chrono.
import { DAY_MS, MONTH_ABBREVIATIONS, ORDINAL_WORDS } from '../core/calendar.ts';
import { WEEKDAY } from './lexicon.ts';
import { type Period, periodOf } from './periods.ts';
import type { Tense } from './tense.ts';

export interface QuickDate {
  date: Date;
  text: string;
  /** Offset of `text` in the string searched. */
  index: number;
  /** Written with a year ("March 4, 2031"), so it needs no publication date. */
  absolute: boolean;
  /** A week, a month or a year ("next month", "the week of 12 January"): no day of its own. */
  vague?: boolean;
  /** The days a vague date allows, where it names a period ("mid-April", "earlier this week"). */
  period?: Period;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// A month by its whole name or its abbreviation, never the start of another word ("in separate talks").
export const MONTH_WORD =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?';
const ON_WEEKDAY = new RegExp(
  String.raw`^(?:(on|by|this|last|next|since|until|before|this coming|coming) )?(${WEEKDAY})\b(?:'s)?( (?:next|last) week)?`,
  'i',
);
const MONTH_DAY = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, 'i');
// "12.03.2031": official sites write day, month, year with dots.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
// "meet in Ottavel on 23.03": a day and a month in figures with a dot, after "on", day first as
// those who write dots do; a month of two figures and no hour after it ("at 10.05 a.m." is a time).
const DAY_DOT_MONTH =
  '\\d{1,2}\\.(?:0[1-9]|1[0-2])(?![\\d:]|\\.\\d|\\s*(?:a\\.m|p\\.m|am\\b|pm\\b|h\\b|hrs\\b))';
export const DOTTED_DAY_SOURCE = `(?<=\\bon )${DAY_DOT_MONTH}`;
const DOTTED_DAY = new RegExp(`^${DAY_DOT_MONTH}`, 'i');
// "by 16/03", "on 21/3/2026": day first, as most of the world writes it. Only a day past the
// twelfth says which number is the day ("03/04" could be either), and a month of one digit
// only with a year ("24/7" is no date), and a tally is no date either ("passed 15/10 in favour").
export const NOT_A_TALLY = /(?!,? (?:in favou?r|against|with \w+ abstentions?|votes?)\b)/.source;
const SLASHED = new RegExp(
  `^(1[3-9]|2\\d|3[01])\\/(?:(0[1-9]|1[0-2])(?:\\/(\\d{4}))?|([1-9])\\/(\\d{4}))\\b(?!\\/)${NOT_A_TALLY}`,
  'i',
);
// "on 10/03/2031", "03/25/2031": figures with a year. A number past the twelfth is the day; when
// neither is, the reading nearer the day of writing, as a reader takes it (a release of 11 March
// that reports a call "on 10/03/2031" means the day before, not October).
const SLASHED_WITH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b(?!\/)/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\\d{4})\\b)?`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
// "31/04" or "30.02.2031" is no day: a Date would roll it over into the next month.
const isDay = (date: Date, month: number, day: number): boolean =>
  date.getMonth() === month && date.getDate() === day;
const NEAR =
  /^(the day (?:after tomorrow|before yesterday)|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|day)|last night)\b/i;
// A week, a month, a year or a weekend: said of an event, it gives no day, and labelling one
// ("a second round next month") would invent a precision the text does not have.
const VAGUE = new RegExp(
  `^(?:(?:in )?(?:early|mid|late)[- ]|in |the (?:beginning|start|middle|first days|last days|first half|second half) of )${MONTH_WORD}(?! \\d{1,2}\\b)(?:,? \\d{4})?|^${MONTH_WORD},? \\d{4}\\b|^(?:(?:early|later|earlier|late|mid|the end of|the start of|the beginning of) )?(?:(?:last|next|this|coming) (?:week|month|year|weekend)|(?:the )?weekend)\\b|^the week of (?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?)|^(?:the )?(?:first|second|third|fourth|last) week of ${MONTH}`,
  'i',
);

// Official texts write days in words: "on the third of December", "by the 12th of May 2026".
const ORDINALS: readonly string[] = ORDINAL_WORDS;
// A caption or a transcript drops the hyphen: "by the twenty ninth".
const ORDINAL_WORD = `(?:twenty[- ]|thirty[- ])?(?:${ORDINALS.join('|')})|thirtieth`;
export const ORDINAL_WORD_SOURCE = `(?:${ORDINAL_WORD})`;
export const ORDINAL_OF = `(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD}) of ${MONTH}`;
const WORDS_DAY = new RegExp(
  `^(?:the )?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD}) of ${MONTH}(?:,? (\\d{4})\\b)?`,
  'i',
);

/** The day an ordinal names: "14th" and "fourteenth" are 14. */
export function ordinalDay(word: string): number {
  const digits = /^\d+/.exec(word);
  if (digits) return Number(digits[0]);
  const w = word.toLowerCase();
  if (w === 'thirtieth') return 30;
  const [tens, unit] = /[- ]/.test(w) ? w.split(/[- ]/) : ['', w];
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + ORDINALS.indexOf(unit!) + 1;
}

// Spans counted from the day of writing: "an hour ago", "two days ago", "within 10 days", "in two weeks",
// "within 72 hours".
const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNT = `(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)`;
const AGO = new RegExp(`^${COUNT} (hour|day|week)s? ago\\b`, 'i');
const WITHIN = new RegExp(
  `^(?:within|in) (?:the next )?${COUNT} (hour|day|week|month)s?\\b(?:'? time)?`,
  'i',
);
export const SPAN_CANDIDATE = `\\b(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:hour|day|week)s? ago\\b|\\b(?:within|in) (?:the next )?(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:hour|day|week|month)s?\\b`;

// "within ten days of the end of this round", "within 30 days of signature", "of it": counted from
// another event, whose day the text does not give here. "Of today" and "of (the adoption of) this
// statement" count from the day of writing.
export const FROM_ANOTHER_EVENT =
  /^ (?:of|after|from|following) (?!(?:today|now|tonight|this date)\b)(?!(?:the (?:adoption|signing|signature|publication|issuance|issue|date) of )?(?:this|the present)\b)\S/i;

const countOf = (word: string) => {
  const w = word.toLowerCase();
  return /^\d/.test(w) ? Number(w) : w === 'an' ? 1 : Math.max(1, COUNT_WORDS.indexOf(w));
};

function counted(ref: Date, n: number, unit: string, sign: 1 | -1): Date {
  const u = unit.toLowerCase();
  // "within 72 hours" is three days on; "an hour ago" is today.
  if (u === 'hour') return addDays(ref, sign * Math.round(n / 24));
  if (u === 'month') return new Date(ref.getFullYear(), ref.getMonth() + sign * n, ref.getDate(), 12);
  return addDays(ref, sign * n * (u === 'week' ? 7 : 1));
}

/** The day `n` days after `d`, at noon (clear of any change of clock). */
export const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12);

// "March fourteenth": a month and a day in words.
const MONTH_WORD_DAY = new RegExp(`^${MONTH_WORD} (${ORDINAL_WORD})\\b(?:,? (\\d{4})\\b)?`, 'i');

/**
 * The day `month`/`day` written without a year: the one nearest the day of writing, unless the
 * clause's tense puts it on the other side by more than a fortnight ("met on 30 December",
 * written in March, is last December's; "will meet on 15 January", written in December, next year's).
 */
/** A tense, or how to read it: most dates never need it, and reading it costs. */
export type Lean = Tense | (() => Tense) | undefined;

export function nearestYear(ref: Date, month: number, day: number, leaning?: Lean): Date {
  return nearestOf(ref, (year) => new Date(year, month, day, 12), leaning);
}

/** The day `dayIn` gives in the year before, of or after `ref`, on the side `leaning` says. */
function nearestOf(ref: Date, dayIn: (year: number) => Date, leaning?: Lean): Date {
  const options = [-1, 0, 1].map((k) => dayIn(ref.getFullYear() + k));
  const gap = (d: Date) => (d.getTime() - ref.getTime()) / DAY_MS;
  const byNearness = options.toSorted((a, b) => Math.abs(gap(a)) - Math.abs(gap(b)));
  // The tense reads the clause around the day (the dearest part of reading a date): it is read only
  // when a day more than two weeks off must be placed by it, not for a day near the day of writing.
  let lean: Tense | undefined | null = null;
  const wrongSide = (d: Date) => {
    const days = gap(d);
    if (days >= -14 && days <= 14) return false;
    lean ??= typeof leaning === 'function' ? leaning() : leaning;
    return (lean === 'past' && days > 14) || (lean === 'future' && days < -14);
  };
  return byNearness.find((d) => Math.abs(gap(d)) < 300 && !wrongSide(d)) ?? byNearness[0]!;
}

function weekday(ref: Date, modifier: string | undefined, name: string, week: string | undefined): Date {
  const target = DAYS.indexOf(name.slice(0, 3).toLowerCase());
  if (week) {
    // "Friday next week", "Tuesday last week": that day in the week (Monday to Sunday) after or before this one.
    const isoDay = (d: number) => (d === 0 ? 7 : d);
    const step = /next/i.test(week) ? 7 : -7;
    return addDays(ref, step - isoDay(ref.getDay()) + isoDay(target));
  }
  const diff = target - ref.getDay();
  const mod = modifier?.toLowerCase();
  // "last Tuesday" said on a Thursday is the Tuesday of the week before: a day one or two back is
  // "yesterday" or plain "on Tuesday". Three days back or more, it is the nearest one.
  if (mod === 'last') return addDays(ref, diff < -2 ? diff : diff - 7);
  if (mod === 'next' || mod?.endsWith('coming')) return addDays(ref, diff > 0 ? diff : diff + 7);
  // Like chrono: the nearest such day, at most three days away.
  return addDays(ref, diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff);
}

function near(ref: Date, phrase: string): Date {
  const p = phrase.toLowerCase();
  if (p === 'the day before yesterday') return addDays(ref, -2);
  if (p === 'the day after tomorrow') return addDays(ref, 2);
  if (p === 'yesterday' || p === 'last night') return addDays(ref, -1);
  if (p === 'tomorrow') return addDays(ref, 1);
  return ref;
}

/** A day inside a vague reference, for whoever compares days: "next week" a week on, "last month" a month back. */
function roughly(ref: Date, phrase: string): Date {
  const p = phrase.toLowerCase();
  const step = /\b(?:last|earlier)\b/.test(p) ? -1 : /\b(?:next|coming)\b/.test(p) ? 1 : 0;
  if (/\bweek$/.test(p)) return addDays(ref, 7 * step);
  if (/\bmonth$/.test(p)) return new Date(ref.getFullYear(), ref.getMonth() + step, ref.getDate(), 12);
  if (/\byear$/.test(p)) return new Date(ref.getFullYear() + step, ref.getMonth(), ref.getDate(), 12);
  if (/\bweekend$/.test(p)) return addDays(ref, (6 - ref.getDay() + 7) % 7);
  return ref;
}

/** "Friday the twelfth", "Friday 12th": the month whose such day is that weekday, nearest the day of writing. */
function weekdayOfMonth(ref: Date, weekdayName: string, dayWord: string): Date | undefined {
  const day = ordinalDay(dayWord);
  const target = DAYS.indexOf(weekdayName.slice(0, 3).toLowerCase());
  return [-1, 0, 1]
    .map((k) => new Date(ref.getFullYear(), ref.getMonth() + k, day, 12))
    .filter((d) => d.getDate() === day && d.getDay() === target)
    .sort((x, y) => Math.abs(x.getTime() - ref.getTime()) - Math.abs(y.getTime() - ref.getTime()))[0];
}

const NTH_AFTER_WEEKDAY = new RegExp(
  `^,?\\s+(?:the )?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})\\b(?! of)`,
  'i',
);

// "Monday–Tuesday 7–8 April", "Tuesday and Wednesday, 3 and 4 March", "last Tuesday and Wednesday":
// a span of days named by its weekdays, which its first day dates.
const SECOND_WEEKDAY = new RegExp(String.raw`^\s*(?:[-–—]|and|to|&)\s*${WEEKDAY}\b`, 'i');
const SPAN_WEEK = /^ (?:next|last) week\b/i;

function readWeekday(text: string, start: number, ref: Date, lean?: Lean): QuickDate | undefined {
  const rest = text.slice(start, start + 40);
  const m = ON_WEEKDAY.exec(rest);
  if (!m) return undefined;
  if (m[3] === undefined) {
    const second = SECOND_WEEKDAY.exec(text.slice(start + m[0].length, start + m[0].length + 16));
    const named = second ? m[0] + second[0] : m[0];
    // "on Monday and Tuesday last week": the week the span's days fall in is said after both.
    const week = second ? SPAN_WEEK.exec(text.slice(start + named.length, start + named.length + 12)) : null;
    if (week)
      return {
        date: weekday(ref, m[1], m[2]!, week[0]),
        text: named + week[0],
        index: start,
        absolute: false,
      };
    const after = text.slice(start + named.length, start + named.length + 40);
    // "Monday, 1 December": the calendar date says which Monday.
    const comma = /^,?\s+/.exec(after);
    // Not when another weekday follows: "Monday Monday Monday…" recursed once a weekday, to a stack overflow.
    if (comma && !ON_WEEKDAY.test(after.slice(comma[0].length))) {
      const from = start + named.length + comma[0].length;
      const dated = quickDate(text, from, ref, lean);
      if (dated && !dated.vague && !ON_WEEKDAY.test(dated.text))
        return Object.assign({}, dated, { text: text.slice(start, from) + dated.text, index: start });
    }
    const nth = second ? null : NTH_AFTER_WEEKDAY.exec(after);
    const fits = nth && weekdayOfMonth(ref, m[2]!, nth[1]!);
    if (nth && fits) return { date: fits, text: m[0] + nth[0], index: start, absolute: false };
    return { date: weekday(ref, m[1], m[2]!, undefined), text: named, index: start, absolute: false };
  }
  return { date: weekday(ref, m[1], m[2]!, m[3]), text: m[0], index: start, absolute: false };
}

/** The month a name or abbreviation gives, 0–11; -1 for none. */
export const monthOf = (name: string) => MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase());

/** A month and a day, with or without a year; without one, the year the tense and nearness give. */
function calendarDay(
  ref: Date,
  monthName: string,
  day: number,
  year: string | undefined,
  lean?: Lean,
): Date | undefined {
  if (day < 1 || day > 31) return undefined;
  const month = monthOf(monthName);
  return year ? new Date(Number(year), month, day, 12) : nearestYear(ref, month, day, lean);
}

// Days the calendar names, which deadlines are set by ("a deal by Thanksgiving", "before
// Christmas"): the ones on one day everywhere they are kept, and America's Thanksgiving, the
// fourth Thursday of November. Feasts whose day differs by church or country are left out.
// Each is a name, written with capitals: "a service of thanksgiving", "in the new year" name no
// day, nor does a place named for one ("Christmas Island"). Another church's or calendar's feast of
// the name ("Orthodox Christmas", "Lunar New Year") falls on another day, and a greeting
// ("Happy New Year") sets none.
export const HOLIDAY_SOURCE = "thanksgiving|christmas|new year['’]s (?:day|eve)|new year\\b";
const HOLIDAY =
  /^(?:(Thanksgiving|THANKSGIVING)(?: Day| DAY)?|(Christmas|CHRISTMAS)(?: Day| DAY| (Eve|EVE))?|(New Year|NEW YEAR)(?:['’][sS] (Day|Eve|DAY|EVE))?)\b(?! \p{Lu}\p{Ll})(?:,? (\d{4})\b)?/u;
const OTHER_FEAST =
  /\b(?:lunar|chinese|orthodox|julian|old|coptic|armenian|ethiopian|jewish|islamic|hijri|persian|iranian|vietnamese|korean|tibetan|thai|tamil|sinhala|canadian|merry|happy)\s+$/i;

/** The day of the holiday `m` (a HOLIDAY match) names in `year`. */
function holidayIn(m: RegExpExecArray, year: number): Date {
  if (m[1]) {
    const first = new Date(year, 10, 1, 12).getDay();
    return new Date(year, 10, 1 + ((4 - first + 7) % 7) + 21, 12);
  }
  if (m[2]) return new Date(year, 11, m[3] ? 24 : 25, 12);
  return m[5]?.toLowerCase() === 'eve' ? new Date(year, 11, 31, 12) : new Date(year, 0, 1, 12);
}

/** The day `a/b/year` names: day first or month first, whichever a number past twelve or nearness to `ref` says. */
function eitherOrder(ref: Date, a: number, b: number, year: number): Date | undefined {
  const read = (day: number, month: number) => {
    const date = new Date(year, month - 1, day, 12);
    return month >= 1 && month <= 12 && isDay(date, month - 1, day) ? date : undefined;
  };
  const gap = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  // Sorted stably: of two readings as near, day first, as most of the world writes.
  return [read(a, b), read(b, a)].filter((d) => d !== undefined).toSorted((x, y) => gap(x) - gap(y))[0];
}

/**
 * Reads the date expression starting at `at` in `text`, if it is one of the common forms; a
 * day without a year is put on the side of the day of writing that `lean` (the clause's tense) says.
 */
export function quickDate(text: string, at: number, ref: Date, lean?: Lean): QuickDate | undefined {
  // Include a preceding "on"/"last"/"next" so the text reads like chrono's.
  const lead = /(?:\b(?:on|by|this|last|next|since|until|before|this coming|coming) )$/i.exec(
    text.slice(Math.max(0, at - 12), at),
  );
  const start = lead ? at - lead[0].length : at;
  const byWeekday = readWeekday(text, start, ref, lean);
  if (byWeekday) return byWeekday;
  const tail = text.slice(at, at + 40);
  // "by mid-April", "by June 2031": the limit word is no part of the period.
  let from = start;
  let m = VAGUE.exec(text.slice(start, start + 40));
  if (!m && lead) {
    from = at;
    m = VAGUE.exec(tail);
  }
  if (m) {
    const period = periodOf(m[0], ref, lean);
    const vague: QuickDate = {
      date: roughly(ref, m[0]),
      text: m[0],
      index: from,
      absolute: /\d{4}/.test(m[0]),
      vague: true,
    };
    if (period) vague.period = period;
    return vague;
  }
  m = WORDS_DAY.exec(tail);
  if (m) {
    const date = calendarDay(ref, m[2]!, ordinalDay(m[1]!), m[3], lean);
    if (date) return { date, text: m[0], index: at, absolute: m[3] !== undefined };
  }
  m = AGO.exec(tail);
  if (m) return { date: counted(ref, countOf(m[1]!), m[2]!, -1), text: m[0], index: at, absolute: false };
  m = WITHIN.exec(tail);
  if (m) {
    const date = counted(ref, countOf(m[1]!), m[2]!, 1);
    const from = FROM_ANOTHER_EVENT.test(text.slice(at + m[0].length, at + m[0].length + 30));
    return { date, text: m[0], index: at, absolute: false, ...(from ? { vague: true } : {}) };
  }
  m = MONTH_DAY.exec(tail) ?? MONTH_WORD_DAY.exec(tail);
  if (m) {
    const date = calendarDay(ref, m[1]!, ordinalDay(m[2]!), m[3], lean);
    if (date) return { date, text: m[0], index: at, absolute: m[3] !== undefined };
  }
  m = DAY_MONTH.exec(tail);
  if (m) {
    const date = calendarDay(ref, m[2]!, Number(m[1]), m[3], lean);
    if (date) return { date, text: m[0], index: at, absolute: m[3] !== undefined };
  }
  m = ISO.exec(tail);
  if (m)
    return {
      date: new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12),
      text: m[0],
      index: at,
      absolute: true,
    };
  m = DOTTED.exec(tail);
  if (m) {
    const date = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 12);
    if (isDay(date, Number(m[2]) - 1, Number(m[1]))) return { date, text: m[0], index: at, absolute: true };
  }
  m = /\bon $/.test(text.slice(Math.max(0, at - 3), at)) ? DOTTED_DAY.exec(tail) : null;
  if (m) {
    const [day, month] = m[0].split('.').map(Number);
    const date = nearestYear(ref, month! - 1, day!, lean);
    if (isDay(date, month! - 1, day!)) return { date, text: m[0], index: at, absolute: false };
  }
  m = SLASHED.exec(tail);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2] ?? m[4]) - 1, m[3] ?? m[5]];
    const date = year ? new Date(Number(year), month, day, 12) : nearestYear(ref, month, day, lean);
    if (isDay(date, month, day)) return { date, text: m[0], index: at, absolute: year !== undefined };
  }
  m = SLASHED_WITH_YEAR.exec(tail);
  if (m) {
    const date = eitherOrder(ref, Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return { date, text: m[0], index: at, absolute: true };
  }
  m = NEAR.exec(tail);
  if (m) return { date: near(ref, m[1]!), text: m[0], index: at, absolute: false };
  m = HOLIDAY.exec(tail);
  if (m && !OTHER_FEAST.test(text.slice(Math.max(0, at - 12), at))) {
    const holiday = m;
    const year = m[6];
    const date = year ? holidayIn(holiday, Number(year)) : nearestOf(ref, (y) => holidayIn(holiday, y), lean);
    return { date, text: m[0], index: at, absolute: year !== undefined };
  }
  return undefined;
}
