// Dates of events: a cheap test says whether a sentence may hold a date; the common forms
// are read by quickDate, and only the rest goes to chrono, on a window around the match.
// Without a publication date, relative expressions ("on Tuesday") stay unresolved: a pure
// function may not read the clock.
import * as chrono from 'chrono-node';
import { DAY_MS, isoDay } from '../core/calendar.ts';
import { MONTH, WEEKDAY } from './lexicon.ts';
import { namesPastOccasion, plansOnce } from './occasionWeekday.ts';
import type { Period } from './periods.ts';
import {
  DOTTED_DAY_SOURCE,
  HOLIDAY_SOURCE,
  MONTH_WORD,
  NOT_A_TALLY,
  ORDINAL_OF,
  ORDINAL_WORD_SOURCE,
  type QuickDate,
  quickDate,
  SPAN_CANDIDATE,
} from './quickDates.ts';
import { inReceivedYear, receivedDay, writesMonthDay } from './receivedYear.ts';
import { allMatches } from './regex.ts';
import { isFutureTense, type Tense, tenseAt } from './tense.ts';
import { mayHoldWordDate, placed, rewriteWordDates } from './wordDates.ts';

// A day counted from another day the text gave before: "In Ostrand the following day".
const ANCHORED =
  '\\b(?:the (?:following|next|previous) day|the day (?:before|after)(?! (?:yesterday|tomorrow))|a day (?:later|earlier))\\b';
// Every form opens a word, with a digit or one of these letters (weekdays, months, ordinals,
// counts, "today", "last", "next", "coming", "early", "in", "within", "the", "a day"). Testing
// that once, before the alternation, lets most positions fail in one step instead of one per
// form: the scan ran two to three times faster. A form opening with another letter adds it here.
const FIRST = '\\b(?=[0-9acdefijlmnostwy])';
// "The President this day co-chaired", a communiqué's "this day": the day of writing; not "to this
// day" (until now) nor "this day last year", "on this day in 1945", "on this day eighty years ago".
const CANDIDATE = new RegExp(
  `${FIRST}(?:${/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:the day (?:after tomorrow|before yesterday)|today|yesterday|tomorrow|tonight|weekend|this (?:morning|afternoon|evening)|last night)\b|(?<!\b(?:to|until|till|from|since|of) )\bthis day\b(?! (?:last|next|a|of|in|every)\b|,? in \d|,? (?:[\w-]+ ){1,2}(?:years?|decades?|centur(?:y|ies)) (?:ago|before|earlier)\b)|\b(?:(?:early|later|earlier|late|mid) )?(?:last|next|this|coming) (?:week|month|year)|\bthe week of\b|\b(?:first|second|third|fourth|last) week of\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b(?:1[3-9]|2\d|3[01])\/(?:0[1-9]|1[0-2]|[1-9]\/\d{4})\b/.source}${NOT_A_TALLY}|${/\b\d{4}-\d{2}-\d{2}\b/.source}|\\b${MONTH}\\.? \\d|\\b(?=[adfjmnos])${MONTH_WORD} (?=[efnst])${ORDINAL_WORD_SOURCE}|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|\\b(?:early|mid|late)[- ]${MONTH_WORD}|\\bin (?=[adfjmnos])${MONTH_WORD}|\\bthe (?:beginning|start|middle|first days|last days|first half|second half) of\\b|\\b${ORDINAL_OF}|\\b(?:${HOLIDAY_SOURCE})|${SPAN_CANDIDATE}|${ANCHORED}|${DOTTED_DAY_SOURCE})`,
  'i',
);
const CANDIDATES = new RegExp(CANDIDATE.source, 'gi');
const ANCHORED_AT = new RegExp(`^${ANCHORED}`, 'i');
const OF_AN_OCCASION = /^ (?:the|a|an|his|her|its|their|our|this|that|these|those)\b/i;
// "on Tuesday and Wednesday": two days of one span are as bare as one; "before Monday", "until
// Friday": a bound's weekday is put on its side of the day of writing like any other.
const BARE_WEEKDAY = new RegExp(
  String.raw`^(?:on |by |this |before |until |till )?${WEEKDAY}(?:'s)?(?:\s*(?:[-–—]|and|to|&)\s*${WEEKDAY})?$`,
  'i',
);
// How often or which time, before "in a week": "the second call", "twice", "the first talks".
const TALLIED =
  /\b(?:first|second|third|fourth|fifth|only|twice|thrice|once|(?:two|three|four|five|several|\d+) times)\b[^.;]{0,50}$/i;
// "said on Monday": the day something was said, not the day of the event the sentence reports.
const SAID_ON = /\b(?:said|says|told \w+|added|announced|warned|stated|confirmed)\s*$/i;
// "by Friday", "until Monday": a limit lies ahead of the day of writing.
const AHEAD = /^(?:by|until|before) /i;
// chrono's cost grows with the text it sees: it only gets a window around the candidate.
const WINDOW = 28;

export const mayHoldDate = (sentence: string): boolean =>
  CANDIDATE.test(sentence) || mayHoldWordDate(sentence);

/** Where a date may be written in `sentence` and the words it starts with, read or not. */
export const dateWordsAt = (sentence: string): { index: number; text: string }[] =>
  allMatches(CANDIDATES, sentence).map((m) => ({ index: m.index, text: m[0].toLowerCase() }));
export { isFutureTense };

export interface FoundDate {
  iso: string;
  text: string;
  index: number;
  /** A week, a month or a year ("next month"): it places an event but gives it no day. */
  vague?: boolean;
  /** The first and last day a vague date allows, and the day a limit set by it falls on, if any. */
  period?: DatePeriod;
}

export interface DatePeriod {
  from: string;
  to: string;
  /** "by mid-April": the 15th. */
  point?: string;
}

// Every sentence of a document asks for the same reference day: parse it once.
let lastReference: { published: string; time: number } | undefined;

function reference(published: string): Date {
  if (lastReference?.published !== published) {
    const [y, m, d] = published.split('-').map(Number);
    lastReference = { published, time: new Date(y!, m! - 1, d!, 12).getTime() };
  }
  return new Date(lastReference.time);
}

function withChrono(sentence: string, at: number, ref: Date): QuickDate[] {
  const from = Math.max(0, at - WINDOW);
  const found: QuickDate[] = [];
  for (const r of chrono.parse(sentence.slice(from, at + WINDOW * 2), ref)) {
    const s = r.start;
    const certain = s.isCertain('day') || s.isCertain('weekday');
    if (!certain && !/\b(?:week|month)\b/i.test(r.text)) continue;
    found.push({
      date: s.date(),
      text: r.text,
      index: r.index + from,
      absolute: /\d{4}/.test(r.text),
      ...(certain ? {} : { vague: true }),
    });
  }
  return found;
}

// "on 14 and 15 October 2025": the first day is the one a span of days is dated by. Latin houses
// put "of" before the month: "on days 11 and 12 of March", "the 11th and 12th of March".
const DAY_RANGE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?)/gi;

const MONTH_ONLY = new RegExp(`^(?:(?:in )?(?:early|mid|late)[- ]|in )${MONTH_WORD}`, 'i');

const WEEK_MS = 7 * DAY_MS;
// The weekday that ends a span named by two ("Monday to Wednesday").
const SPAN_LAST_WEEKDAY = new RegExp(String.raw`(?:[-–—]|and|to|&)\s*(${WEEKDAY})$`, 'i');
const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * The nearest such weekday may be on the wrong side of the day of writing: what is done lies
 * behind it, what is planned or scheduled ahead ("talks begin on Monday" is the coming Monday),
 * and a limit ("by Friday") ahead whatever the tense.
 */
function weekdayOnItsSide(date: Date, ref: Date, said: string, lean: Tense): Date {
  if (AHEAD.test(said) || lean !== 'past') return date < ref ? new Date(date.getTime() + WEEK_MS) : date;
  const last = SPAN_LAST_WEEKDAY.exec(said);
  if (!last) return date > ref ? new Date(date.getTime() - WEEK_MS) : date;
  // "sat at the table from Monday to Wednesday", said on a Tuesday: a span done ends by the day of
  // writing, so it is last week's Monday to Wednesday, not this week's.
  const length = (WEEKDAY_NAMES.indexOf(last[1]!.slice(0, 3).toLowerCase()) - date.getDay() + 7) % 7;
  let start = date;
  while (start.getTime() + length * DAY_MS > ref.getTime() + DAY_MS / 2)
    start = new Date(start.getTime() - WEEK_MS);
  return start;
}

const rangeAt = (ranges: RegExpExecArray[], at: number): [number, number] | undefined => {
  const r = ranges.find((x) => x.index === at);
  return r ? [r.index, r.index + r[0].length] : undefined;
};

// "on Monday–Tuesday 7–8 April": the weekdays, then the span of days read by its first.
const rangeAfterWeekdays = (ranges: RegExpExecArray[], found: QuickDate): [number, number] | undefined => {
  const r = ranges.find((x) => x.index > found.index && x.index < found.index + found.text.length);
  return r ? [found.index, r.index + r[0].length] : undefined;
};

const isoOf = (date: Date) => isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());

// "March 18-20": a span written month first, read as its first day; not "March 18 and 20 April".
const MONTH_FIRST = new RegExp(`^(?:on )?${MONTH_WORD} \\d`, 'i');
const SPAN_END = /^\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(\d{1,2})/i;
const US_SPAN_END = new RegExp(
  `^\\d{1,2}\\s*(?:-|–|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:of\\s+)?${MONTH_WORD})(?![.:]\\d)`,
  'i',
);

/** The last day of a span of days read by its first ("18-19 March", "March 18-20" read as 18 March). */
function lastDayOfSpan(said: string, first: Date, monthFirst = false): string | undefined {
  const m = (monthFirst ? US_SPAN_END : SPAN_END).exec(said);
  const end = m ? Number(m[1]) : Number.NaN;
  if (!(end > first.getDate() && end <= 31)) return undefined;
  const last = new Date(first.getFullYear(), first.getMonth(), end, 12);
  return last.getDate() === end ? isoOf(last) : undefined;
}

function periodDays({ from, to, point }: Period): DatePeriod {
  const days: DatePeriod = { from: isoOf(from), to: isoOf(to) };
  if (point) days.point = isoOf(point);
  return days;
}

/** "the following day" after `anchor` (`YYYY-MM-DD`). */
function fromAnchor(phrase: string, anchor: string): string {
  const back = /before|previous|earlier/i.test(phrase);
  const [y, m, d] = anchor.split('-').map(Number);
  return isoOf(new Date(y!, m! - 1, d! + (back ? -1 : 1), 12));
}

/**
 * Every date in `sentence`, in order, resolved against `published` (`YYYY-MM-DD`). A day
 * counted from another ("the following day") counts from the date before it in the
 * sentence, else from `anchor`: the last date the text gave before this sentence. A week,
 * a month or a weekend ("next month") comes flagged `vague`, with a rough day for comparisons;
 * a month by its name ("in April") only `withMonths`.
 */
export function findDates(
  sentence: string,
  published: string | undefined,
  anchor?: string,
  withMonths = false,
): FoundDate[] {
  return readDates(sentence, published, anchor, withMonths);
}

/**
 * The dates of an event's sentence: findDates with months, where mayHoldDate says a date may
 * stand, else none. The candidate scan that answers mayHoldDate is the one the reading uses.
 */
export function findEventDates(
  sentence: string,
  published: string | undefined,
  anchor?: string,
  saidDays?: FoundDate[],
  received?: string,
): FoundDate[] {
  const candidates = allMatches(CANDIDATES, sentence);
  if (candidates.length === 0 && !mayHoldWordDate(sentence)) return [];
  return readDates(sentence, published, anchor, true, candidates, saidDays, receivedDay(received));
}

/**
 * findDates; `scanned` are the candidates of `sentence` when already found. The days something was
 * said on ("said on Monday") are no event's: they go to `saidDays` when given, else nowhere.
 */
function readDates(
  sentence: string,
  published: string | undefined,
  anchor: string | undefined,
  withMonths: boolean,
  scanned?: RegExpExecArray[],
  saidDays?: FoundDate[],
  received?: string,
): FoundDate[] {
  const ref = published ? reference(published) : new Date(2000, 0, 1, 12);
  const dates: FoundDate[] = [];
  const spans = allMatches(DAY_RANGE, sentence);
  // "moved from 12 to 20 April": a move names the day it left and the day it went to, not a span.
  const moves = spans.filter((r) => MOVED_FROM.test(sentence.slice(Math.max(0, r.index - 50), r.index)));
  const ranges = spans.filter((r) => !moves.includes(r));
  // Reading the range's first day as "14 October 2025" keeps every offset in place.
  // (No range, the sentence itself: an empty `map` result has another elements kind than the
  // filled ones `placed` was optimised on, and would throw its code away.)
  let text =
    ranges.length === 0
      ? sentence
      : placed(
          sentence,
          ranges.map((r): [number, string] => [r.index, `${r[1]} ${r[2]}`.padEnd(r[0].length, ' ')]),
        );
  const leanAt = (at: number) => tenseAt(sentence, at);
  // The tense of the candidate at hand, read once and only when a reading asks for it. One
  // closure per sentence, not per candidate: closures made in the loop cost more than the scan.
  let at = 0;
  let tense: Tense | undefined;
  const lean = () => {
    tense ??= leanAt(at);
    return tense;
  };
  const words = mayHoldWordDate(text) ? rewriteWordDates(text, ref, leanAt) : undefined;
  if (words) text = words.text;
  // A clause with no verb that places its weekday ("Monday's meeting") leans by the occasion it
  // names, and the sentence's plans, read once for all its weekdays (and made only for a weekday).
  let plans: (() => boolean) | undefined;
  const weekdayLean = (at: number): Tense => {
    const own = lean();
    plans ??= plansOnce(text);
    return own === 'present' && namesPastOccasion(text, at, plans) ? 'past' : own;
  };
  // Each day in words by where it starts (the first where two start alike): a search of the
  // spans per date was quadratic in a long sentence of such days.
  const wordSpans = new Map<number, [number, number]>();
  for (const span of words?.spans ?? []) if (!wordSpans.has(span[0])) wordSpans.set(span[0], span);
  // Reading a range or a day in words rewrites the text: its candidates are found again.
  const covered = coveredByDates(dates);
  for (const m of scanned && text === sentence ? scanned : allMatches(CANDIDATES, text)) {
    if (covered(m.index)) continue;
    const anchored = ANCHORED_AT.exec(text.slice(m.index));
    if (anchored) {
      // With no day given before it, "the day before" counts from the day of writing; "the day
      // before the summit" counts from the summit, whose day is not known.
      const relative = OF_AN_OCCASION.test(
        text.slice(m.index + anchored[0].length, m.index + anchored[0].length + 8),
      );
      const given = dates.findLast((d) => !d.vague)?.iso ?? anchor;
      // "recalled the conversation ... the day before": what is done cannot follow the day of
      // writing, so a day ahead the text gave before is not the one counted from; that day is.
      const ahead =
        given !== undefined && published !== undefined && given > published && leanAt(m.index) === 'past';
      const from = (ahead ? published : given) ?? (relative ? undefined : published);
      if (from) dates.push({ iso: fromAnchor(anchored[0], from), text: anchored[0], index: m.index });
      continue;
    }
    at = m.index;
    tense = undefined;
    const quick = quickDate(text, m.index, ref, lean);
    for (const found of quick ? [quick] : withChrono(text, m.index, ref)) {
      // With no day of writing, a day needs its year written, or a month and day read in the
      // year the document was received (receivedYear.ts).
      const yearless = !published && !found.absolute;
      if (yearless && !(received && writesMonthDay(found.text))) continue;
      const on = yearless ? inReceivedYear(found.date, received!) : found.date;
      // The words just before it: the whole sentence before each date made the scan quadratic.
      const saidOn = SAID_ON.test(text.slice(Math.max(0, found.index - 40), found.index));
      if (saidOn && !saidDays) continue;
      const into = saidOn ? saidDays! : dates;
      // "the second conversation in a week", "spoke twice in a week": a window counted back, not a day ahead.
      if (
        /^in /i.test(found.text) &&
        TALLIED.test(text.slice(Math.max(0, found.index - 60), found.index)) &&
        lean() !== 'future'
      )
        continue;
      // A day in words or a span of days is shown as written, not as read.
      const written =
        wordSpans.get(found.index) ?? rangeAt(ranges, found.index) ?? rangeAfterWeekdays(ranges, found);
      const said = written ? sentence.slice(written[0], written[1]) : found.text.replace(/[\s,.;:]+$/, '');
      const shown = sentence.slice(found.index, found.index + said.length);
      if (found.vague) {
        // "In April" has no day to compare with another source's: only events ask for it.
        if (withMonths || !MONTH_ONLY.test(said)) {
          const vague: FoundDate = { iso: isoOf(on), text: shown, index: found.index, vague: true };
          if (found.period) vague.period = periodDays(found.period);
          into.push(vague);
        }
        break;
      }
      const date = BARE_WEEKDAY.test(said) ? weekdayOnItsSide(on, ref, said, weekdayLean(found.index)) : on;
      const day: FoundDate = { iso: isoOf(date), text: shown, index: found.index };
      // "from 18 to 20 March": the span's first day, and the days it runs to.
      const last =
        written && !wordSpans.has(found.index)
          ? lastDayOfSpan(said, date)
          : !written && MONTH_FIRST.test(said)
            ? lastDayOfSpan(
                `${date.getDate()}${sentence.slice(found.index + said.length, found.index + said.length + 12)}`,
                date,
                true,
              )
            : undefined;
      if (last) day.period = { from: day.iso, to: last };
      into.push(day);
      break;
    }
  }
  return moves.length > 0 ? withDaysMovedFrom(dates, moves) : dates;
}

/**
 * Whether an offset lies inside a date of `dates` (a list that grows as it is read), asked of
 * offsets that only grow, as the candidates come: the dates are swept once, where a search of them
 * all per candidate was quadratic in a long sentence of dates.
 */
function coveredByDates(dates: readonly FoundDate[]): (at: number) => boolean {
  let seen = 0;
  let reach = -1;
  let ahead: FoundDate[] = [];
  return (at) => {
    for (; seen < dates.length; seen++) ahead.push(dates[seen]!);
    if (ahead.length > 0) {
      const later: FoundDate[] = [];
      for (const d of ahead)
        if (d.index <= at) reach = Math.max(reach, d.index + d.text.length);
        else later.push(d);
      ahead = later;
    }
    return at < reach;
  };
}

// A move's "from 12 to 20 April": the range's words after a verb of moving.
const MOVED_FROM =
  /\b(?:moved|postponed|pushed back|put back|put off|brought forward|rescheduled|delayed|deferred|shifted|extended|changed|adjusted)\b[^.;]{0,30}?\bfrom\s+(?:the\s+)?$/i;

/** The day each move left ("from 12"), in the month of the day it went to, among `dates`. */
function withDaysMovedFrom(dates: FoundDate[], moves: RegExpExecArray[]): FoundDate[] {
  const out = [...dates];
  for (const m of moves) {
    const to = dates.find((d) => !d.vague && d.index > m.index && d.index < m.index + m[0].length);
    if (!to || !/\bto\b/i.test(m[0])) continue;
    const day = Number(m[1]);
    const [y, mo] = to.iso.split('-').map(Number);
    const from = new Date(y!, mo! - 1, day, 12);
    if (from.getDate() !== day) continue;
    out.push({ iso: isoOf(from), text: /^\d{1,2}(?:st|nd|rd|th)?/i.exec(m[0])![0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
