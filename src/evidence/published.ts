// When a document was published, and how we know: front matter, a date in its URL's
// path, a dateline near the top ("• 24 November, 2025", "December 3, 2025, Capital City",
// "Talby, December 1, 2025 — The Ministry ..."), else the newest date written in it.
// Relative dates ("on Tuesday") resolve against this date, so a wrong one moves them all.
// Over 400 lines because it holds every way a page states its own day (URL, dateline, byline,
// wire, post stamp, lone day line, "today" opening, closing formula), each a small reader that
// clean.ts tries in one order; which order a text writes its days in is in monthOrder.ts.
import { isoDay } from '../core/calendar.ts';
import { addDays } from './eventDays.ts';
import { spanStart } from './issueStamps.ts';
import { WEEKDAY } from './lexicon.ts';
import { findIsoDate } from './meta.ts';
import { MONTH_WORD, ORDINAL_WORD_SOURCE, ordinalDay } from './quickDates.ts';
import { allMatches } from './regex.ts';
import { turnLabel } from './turnLabels.ts';
import type { DocumentMeta } from './types.ts';

export type DateSource = NonNullable<DocumentMeta['dateFrom']>;

/** How far each way of finding the date is to be trusted (0–1), for a reviewer. */
export const DATE_CONFIDENCE: Record<DateSource, number> = {
  'front-matter': 0.95,
  url: 0.9,
  dateline: 0.85,
  text: 0.4,
};

// "/2025/11/24/", "/2025-11-24-", and the compact "/20251124/" of some official sites.
const URL_DATE = /\/(20\d{2}|19\d{2})(?:[/-](\d{1,2})[/-](\d{1,2})|(\d{2})(\d{2}))(?=[/._-]|$)/;
export const URL_LINE = /^https?:\/\/\S+$/;

const HALF_YEAR_MS = 183 * 86_400_000;

/** The date in a URL's path ("/2025/11/24/..."), if it has one. */
export function urlDate(url: string): string | undefined {
  const m = URL_DATE.exec(url);
  if (!m) return undefined;
  const [monthText, dayText] = [m[2] ?? m[4]!, m[3] ?? m[5]!];
  const [month, day] = [Number(monthText), Number(dayText)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return isoDay(m[1]!, monthText, dayText);
}

const HELD = /^held\s+(?:at|in|on)\b/i;

/**
 * The date of a dateline paragraph: a short line holding a date, or a date within the
 * first words of a paragraph followed by a dash ("Talby, December 1, 2025 — ..."). A span of
 * days dates a periodical's issue by its first day, anything else by its last.
 */
export function datelineDate(paragraph: string, periodical = false): string | undefined {
  // A sentence that mentions a date is not a dateline: those are short and end without a stop.
  if (paragraph.length <= 100 && !/[.!?]$/.test(paragraph))
    return (periodical ? spanStart(paragraph) : undefined) ?? findIsoDate(paragraph);
  // A meeting record's header: "Held at Corbel, on Thursday, 2 April 2026, at 10 a.m."
  if (paragraph.length <= 160 && HELD.test(paragraph)) return findIsoDate(paragraph);
  // Its dash may be doubled, as some agencies write it: "ABU DHABI, 8th March, 2035 (WAM) -- ".
  const lead = /^(.{0,80}?)\s[—–-]{1,2}\s/.exec(paragraph);
  return lead ? findIsoDate(lead[1]!) : undefined;
}

// What follows an edit's label is the day of the edit: "Published Mar 13, 2031 · Updated Mar 14, 2031".
const EDIT_ON = /\b(?:last )?(?:updated|modified|edited)\b.*$/is;

/**
 * The day a page's byline carries beside the writer's name ("Ada Lind  Mar 18, 2031", "Kessaro,
 * 14 March 2031", "Published Mar 13, 2031 · Updated …"): a page's HTML byline block holds its
 * dateline, and the page reader hands the whole block on as the author.
 */
export function bylineDate(byline: string): string | undefined {
  return byline.length <= 160 ? findIsoDate(byline.replace(EDIT_ON, '')) : undefined;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "Lorne, MONDAY, 1 DEC", "Tuesday, December 2": a short line naming a weekday and a day, no year,
// and the hour an agency's page stamps after it ("Tuesday, 10 March 12:40 PM").
const WEEKDAY_DATELINE = new RegExp(
  `^(?:[\\p{L} .'-]{1,40},\\s*)?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}|${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?[a-z]{2,4})?)?\\s*$`,
  'iu',
);

// A chair opening a recorded meeting says its day: "Monday the 13th of June", "Thursday the fourth of March".
const SPOKEN_DAY = new RegExp(
  `\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+the\\s+(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_SOURCE})\\s+of\\s+${MONTH_NAME}`,
  'i',
);
// A record's head: a speaker's turn ("Chair: Good morning.") or a timecode ("00:00:04 Chair", "00:00:01.000 -->").
const TIMECODE = /(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)|-->/;
// How a chair opens: "Good morning", "Welcome to", "This is the session of", "I declare the meeting open".
const OPENING =
  /\b(?:good (?:morning|afternoon|evening)|welcome|this is|today is|(?:declare|call)s?\b[^.]{0,40}\b(?:open|to order))/i;
// A day the sentence looks ahead to or places another event on ("will be held on Monday the 13th"):
// the turn's words before the day.
const NOT_TODAY = /\b(?:on|next|until|till|by|for|from|before|after|will|shall)\b/i;

/**
 * The day a recorded meeting gives itself in its opening turns ("This is the fourth meeting ...,
 * Monday the 13th of June"): spoken, without a year, which the weekday settles. Only a record (a
 * turn or a timecode in its head) and only in a chair's opening words: a readout's "the next round
 * will be held on Monday the 13th of June" names another day.
 */
export function spokenOpeningDay(
  paragraphs: string[],
  text: string,
  received: string | undefined,
): string | undefined {
  if (!paragraphs.some((p) => TIMECODE.test(p) || turnLabel(p) !== undefined)) return undefined;
  // A caption's cue may break the chair's opening sentence before the day.
  let opened = false;
  for (const paragraph of paragraphs) {
    const m = SPOKEN_DAY.exec(paragraph);
    const before = m ? paragraph.slice(0, m.index) : paragraph;
    opened ||= OPENING.test(before);
    if (!m) continue;
    const sentence = before.slice(Math.max(...['.', '!', '?'].map((stop) => before.lastIndexOf(stop))) + 1);
    if (!opened || NOT_TODAY.test(sentence)) continue;
    const month = MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase());
    return onWeekdayIn(WEEKDAYS.indexOf(m[1]!.toLowerCase()), month, ordinalDay(m[2]!), text, received);
  }
  return undefined;
}

/** The years a text writes ("2025", a document symbol's "/2026/"), each once, in order. */
const writtenYears = (text: string): number[] => [
  ...new Set([...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((y) => Number(y[0]))),
];
// The first weekday a wire story's lead names: most often the dateline's own day.
const LEAD_WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)\b/i;

/**
 * A dateline with a weekday but no year ("Lorne, MONDAY, 1 DEC", a live page's "Wednesday 27 March"):
 * the weekday says which year: the year the document was received or one beside it; without that
 * day, among the years the text itself writes (a document symbol, a later date) and the ones beside them.
 */
export function weekdayDateline(paragraph: string, text: string, received?: string): string | undefined {
  const m = WEEKDAY_DATELINE.exec(paragraph);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[3] ?? m[4])!.slice(0, 3).toLowerCase());
  return onWeekdayIn(WEEKDAYS.indexOf(m[1]!.toLowerCase()), month, Number(m[2] ?? m[5]), text, received);
}

/**
 * The day `day` of `month` (from 0) in the year where it falls on `weekday` (0 = Sunday): the year
 * received or the one before, else a year beside them the text writes; without the day received,
 * among the years the text writes and the ones beside them.
 */
function onWeekdayIn(
  weekday: number,
  month: number,
  day: number,
  text: string,
  received: string | undefined,
): string | undefined {
  const written = writtenYears(text).flatMap((y) => [y, y + 1, y - 1]);
  const receivedYear = received ? Number(received.slice(0, 4)) : undefined;
  // A text recalls other years ("the 2020 ceasefire"): with the day received, its year and the one
  // before come first, and a year the text writes counts only beside them.
  const years =
    receivedYear === undefined
      ? written
      : [receivedYear, receivedYear - 1, ...written.filter((y) => Math.abs(y - receivedYear) <= 1)];
  const fits = years.find((y) => {
    const date = new Date(Date.UTC(y, month, day));
    return date.getUTCDate() === day && date.getUTCDay() === weekday;
  });
  return fits === undefined ? undefined : isoDay(fits, month + 1, day);
}

const ANY_DATE =
  /\b\d{4}([-/])\d{2}\1\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi;
// "by 12 December 2025", "until ...", "no later than ...", an election "for 26 June 2038": dates
// that look ahead, not the day of writing.
const AHEAD = /\b(?:by|until|before|till|from|for|on or before|(?:no|not) later than)\s+$/i;

/** The newest date written in `text` with its year, leaving out dates after "by" or "until". */
export function newestDate(text: string): string | undefined {
  let newest: string | undefined;
  for (const m of allMatches(ANY_DATE, text)) {
    if (AHEAD.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const iso = findIsoDate(m[0]);
    if (iso && (!newest || iso > newest)) newest = iso;
  }
  return newest;
}

// The formula that closes a treaty, a joint statement or a release with its place and day:
// "Done at Sorrance, 19 March 2026", "Signed in Talby on 3 May 2026", "Issued on 16 April 2026".
const CLOSING = /^(?:done|signed|issued|adopted|made|given|released)\s+(?:at|in|on)\b/i;

/** The date of a closing formula among a document's last paragraphs, if one dates it. */
export function closingDate(paragraphs: string[]): string | undefined {
  for (const paragraph of paragraphs.slice(-3).reverse())
    if (paragraph.length <= 160 && CLOSING.test(paragraph)) return findIsoDate(paragraph);
  return undefined;
}

// A wire story's dateline gives the day without the year: "SORRANCE, March 19 (Corbel Wire) -",
// "VEYRIN, Aurenne, 7 March (Meridian Wire) –", a state agency's "MOSCOW, March 20. /TASS/.", a
// story filed from two capitals, "KESSEL/DRAVA, March 12 (Wirenews) -", and an agency named after the
// day without brackets, as Kyodo writes it: "TOKYO, Jan. 5, Kyodo -- ". The agency's bracket may
// close with a stop before its dash ("(Agency).-"), or with no dash at all, as PTI writes it: "New
// Delhi, Jun 17 (PTI) The government ..."; a story filed without its place (a Reuters factbox's
// "June 17 (Reuters) -") is a dateline only with the agency's bracket. Agencies also write the
// agency between slashes before a dash ("BUCHAREST, May 11 /Agerpres/ - "), a double dash hard on
// the lede ("TOKYO, March 6 (Jiji Press)--The ..."), the agency ahead of the town ("(ANSA) - ROME,
// MAY 18 - "), or the dateline on a line of its own with the correspondent's byline in brackets
// ("Sofia, May 19 (BTA correspondent Ivan Petrov)").
const WIRE_DAY = `(?:${MONTH_WORD}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_WORD})`;
const WIRE_DATELINE = new RegExp(
  `^(?:\\([\\p{L} .]{1,20}\\)\\s*[—–-]{1,2}\\s*)?(?:\\p{Lu}[\\p{L} .,'/-]{1,60}?,\\s*|(?=[\\p{L}\\d][\\p{L}\\d .]{2,14}\\s\\())${WIRE_DAY}\\s{0,3}(?:\\([^)\\n]{1,40}\\)|,\\s*\\p{Lu}[\\p{L}-]{1,20}(?: \\p{Lu}[\\p{L}-]{1,20}){0,2}\\s+(?=[—–-]))?(?:\\s{0,3}(?:\\.?[—–-]{1,2}\\s|\\.\\s*/[\\p{L} -]{1,30}/\\.?\\s|\\s*/[\\p{L} -]{1,30}/\\s*[—–-]{1,2}\\s)|(?<=\\))[—–-]{2}(?=[\\p{L}\\d"“])|(?<=\\))\\s*$|(?<=\\))\\s{1,3}(?=(.)))`,
  'iu',
);

/**
 * The date of a dateline without a year. With the day the document was received (`YYYY-MM-DD`),
 * the year puts it on or just before that day (a story is read after it is filed) — or, for a
 * story read more than half a year after that day, the year before when only there the lead's
 * weekday ("agreed on Tuesday") falls on it: a story from last year read this year. Without that
 * day, a year the text writes (or one beside it) must agree with the lead's weekday; else the
 * year, and so the date, is unknown.
 */
export function wireDateline(paragraph: string, received: string | undefined, text = ''): string | undefined {
  const m = WIRE_DATELINE.exec(paragraph);
  // Without a dash, the lede after the agency's bracket starts a sentence (the pattern ignores case).
  if (!m || (m[5] !== undefined && !/^[\p{Lu}"“]/u.test(m[5]))) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[4])!.slice(0, 3).toLowerCase());
  const day = Number(m[2] ?? m[3]);
  const said = LEAD_WEEKDAY.exec(paragraph.slice(m[0].length));
  const onWeekday = (year: number) =>
    said !== null &&
    new Date(Date.UTC(year, month, day)).getUTCDay() === WEEKDAYS.indexOf(said[1]!.toLowerCase());
  let year: number | undefined;
  if (received) {
    const [y, rm, rd] = received.split('-').map(Number);
    const filed = Date.UTC(y!, month, day) <= Date.UTC(y!, rm! - 1, rd! + 1) ? y! : y! - 1;
    // A lead's weekday is often the day before the dateline's ("said on Tuesday" under a
    // Wednesday's date), and a year earlier a date falls a weekday earlier: only a story read long
    // after its day may be last year's on the weekday's word.
    const readLongAfter = Date.UTC(y!, rm! - 1, rd!) - Date.UTC(filed, month, day) > HALF_YEAR_MS;
    year = readLongAfter && !onWeekday(filed) && onWeekday(filed - 1) ? filed - 1 : filed;
  } else {
    // The lead's weekday is the dateline's day or the day before it: a year that puts the day on
    // one, when another puts it on the other, is a guess ("drawn in 2002" in a story of 2031). The
    // year after one that fits puts the day after the weekday, so this leaves most years unknown
    // without a received day (ingest always has one): no date is better than a wrong year.
    const candidates = [...new Set(writtenYears(text).flatMap((y) => [y, y + 1, y - 1]))];
    year = candidates.find((y) => onWeekday(y));
    const dayBefore = (y: number) =>
      said !== null &&
      new Date(Date.UTC(y, month, day - 1)).getUTCDay() === WEEKDAYS.indexOf(said[1]!.toLowerCase());
    if (year !== undefined && candidates.some((y) => y !== year && dayBefore(y))) year = undefined;
  }
  if (year === undefined) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCDate() !== day) return undefined;
  return isoDay(year, month + 1, day);
}

// A post's platform stamp under the page's name: Facebook's "12 March at 19:02 ·", "March 12 at
// 7:02 PM ·", "12 Mar, 19:02", "March 12, 2031 at 19:02" (the year only when it is not this one,
// and then with "at": "14 March 2031, 21:40" is a dateline).
const POST_STAMP =
  /^(?:(\d{1,2}) (\p{L}{3,9})|(\p{L}{3,9}) (\d{1,2}))(?:(?:,? (\d{4}))?\s+at|,)\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*(?:·\s*)?(?:\p{So}|\uFE0F)*$/u;

/** Whether a line is a platform's stamp of a post with a day and a month. */
export const isPostStamp = (line: string): boolean => {
  const m = POST_STAMP.exec(line.trim());
  return m !== null && MONTHS.includes((m[2] ?? m[3])!.slice(0, 3).toLowerCase());
};

/**
 * The day of a post's stamp. A stamp without a year is this year's, as the platform shows it: the
 * year that puts the day on or before the day the page was received, else unknown.
 */
export function postStampDate(line: string, received: string | undefined): string | undefined {
  const m = POST_STAMP.exec(line.trim()) ?? X_STAMP.exec(line.trim());
  if (!m) return undefined;
  return stampDay(
    m[5],
    MONTHS.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()),
    Number(m[1] ?? m[4]),
    received,
  );
}

/** A stamp's day (`month` from 0); without a year, the year that puts it on or before the day received. */
function stampDay(yearText: string | undefined, month: number, day: number, received: string | undefined) {
  if (month === -1) return undefined;
  let year = yearText ? Number(yearText) : undefined;
  if (year === undefined && received) {
    const [y, rm, rd] = received.split('-').map(Number);
    year = Date.UTC(y!, month, day) <= Date.UTC(y!, rm! - 1, rd! + 1) ? y! : y! - 1;
  }
  if (year === undefined) return undefined;
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return undefined;
  return isoDay(year, month + 1, day);
}

// A post's day alone on its line, as Instagram prints it under the likes ("APRIL 13", "13 April 2031"),
// or a channel over each day's posts ("May 14", "TUESDAY 10 MARCH").
const DAY_ALONE = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH_WORD}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_WORD})(?:,?\\s+(\\d{4}))?$`,
  'i',
);

/** The day of a post's stamp alone on its line; without a year, the year that puts it on or before the day received. */
export function loneDay(paragraph: string, received: string | undefined): string | undefined {
  const m = DAY_ALONE.exec(paragraph.trim());
  if (!m) return undefined;
  return stampDay(
    m[5],
    MONTHS.indexOf((m[1] ?? m[4])!.slice(0, 3).toLowerCase()),
    Number(m[2] ?? m[3]),
    received,
  );
}

/**
 * The newest day of the social post stamps that stand alone on a line: a feed is published on its
 * latest post's day, whether it lists its posts newest first or oldest first.
 */
export function lonePostDay(paragraphs: string[], received: string | undefined): string | undefined {
  let newest: string | undefined;
  for (const paragraph of paragraphs) {
    const day = loneDay(paragraph, received);
    if (day && !(newest && newest >= day)) newest = day;
  }
  return newest;
}

// A post or an item that opens on its own day: "Today, March 21, in Lorrance, ...", "Today, 21 March, the
// President ...", the habit of official channels that give no stamp of their own.
const TODAY_OPENING = new RegExp(
  `^today,?\\s+(?:(\\d{1,2})\\s+${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2})\\b)`,
  'iu',
);

/** The day a paragraph opening "Today, 21 March" names; the year puts it on or before the day received. */
export function todayOpening(paragraph: string, received: string | undefined): string | undefined {
  const m = TODAY_OPENING.exec(paragraph);
  if (!m) return undefined;
  return stampDay(
    undefined,
    MONTHS.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()),
    Number(m[1] ?? m[4]),
    received,
  );
}

// A release that names its own day in its text: "welcomed the initialling today, Friday, 27 April 2029",
// "The remaining 116 were released today, Thursday 26 April". The writer's today is the day of
// writing; a weekday given with it must be that date's. A post that names its yesterday ("Yesterday,
// on 27 March, we delivered ...") was written the day after, whatever its platform's "1d" stamp says.
// The date stands in apposition, closed by a comma or a stop: in "said yesterday, March 3 remains the
// deadline" it is the next clause's subject. "The day before yesterday" is two days back.
const TODAY_NAMED = new RegExp(
  `(?<!\\bbefore\\s)\\b(today|yesterday),?\\s+(?:on\\s+)?(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(\\d{4})\\b)?(?=\\s*(?:[,.;:!?)—–]|$))`,
  'giu',
);
// A yesterday named mid-sentence is most often someone's remark reported; a post opens on its own.
const SENTENCE_START = /(?:^|[.!?:]["”’]?\s+|\n)$/;

/** The first day a text calls "today" (or, opening a sentence, "yesterday") by its date, its weekday (when given) matching. */
export function todayNamed(text: string, received: string | undefined): string | undefined {
  for (const m of text.matchAll(TODAY_NAMED)) {
    const today = m[1]!.toLowerCase() === 'today';
    if (!today && !SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const month = MONTHS.indexOf((m[4] ?? m[5])!.slice(0, 3).toLowerCase());
    const day = stampDay(m[7], month, Number(m[3] ?? m[6]), received);
    if (day === undefined) continue;
    if (m[2] && WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] !== m[2].toLowerCase()) continue;
    return today ? day : addDays(day, 1);
  }
  return undefined;
}

// X's header, the account's handle then the day: "Ada Lind @AdaLind · Mar 5", "@AdaLind · 5 Mar 2031",
// and with the hour a copied page keeps: "@AdaLind · Mar 22, 2031, 7:21 AM".
const X_STAMP =
  /@\w{2,30}\)?\s*·\s*(?:(\d{1,2}) (\p{L}{3,9})|(\p{L}{3,9}) (\d{1,2}))(?:,? (\d{4}))?(?:,?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)?\s*$/u;
// Telegram's stamp, the channel's name before it, a two-figure year too: "MFA Torvania, [04.03.31 19:22]".
export const TELEGRAM_STAMP =
  /^(?:(\S[^\n[\]]{0,58}?),\s*)?\[(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?\]$/u;
// A machine's timestamp on a posting line: "Posted by Ada Lind on 2031-03-04T19:22:10Z".
const TIMESTAMP = /(?<!\d)(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/;
// A stamp that is its line, the year first, then the hour, as Weibo and Chinese, Japanese and Korean
// forums print it, a zone or the client after it: "2031-5-16 09:47 来自 微博 weibo.com", "2031/05/16
// 09:47". A line that goes on in words is a chronology's entry ("2031-04-02 10:00 First round opens").
const YEAR_FIRST_STAMP =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?(?:\s+(?:来自|來自|from|via)\s[^\n]{1,120})?$/;

/**
 * The day a platform stamps a post with, in the forms a copied page keeps it: Facebook's and X's
 * headers, Telegram's bracketed stamp, a machine timestamp. Read even from a line taken for the
 * title: a post has no other.
 */
export function platformStampDate(line: string, received: string | undefined): string | undefined {
  if (line.length > 140) return undefined;
  const stamped = postStampDate(line, received);
  if (stamped) return stamped;
  const t = TELEGRAM_STAMP.exec(line.trim());
  if (t) return stampDay(t[4]!.length === 2 ? `20${t[4]}` : t[4], Number(t[3]) - 1, Number(t[2]), received);
  const iso = TIMESTAMP.exec(line);
  if (iso) return stampDay(iso[1], Number(iso[2]) - 1, Number(iso[3]), received);
  const first = YEAR_FIRST_STAMP.exec(line.trim());
  if (first) return stampDay(first[1], Number(first[3]) - 1, Number(first[4]), received);
  // A month-day stamp that names the client it was posted from is a platform's, whatever the post.
  return CLIENT_STAMP.test(line.trim()) ? monthDayStamp(line, received) : undefined;
}

// A short-video or Chinese platform's stamp: the month and day in figures, no year unless it is
// another year's ("2031-5-22"), either as the post's stamp line with its hour and client ("5-22
// 09:30", "05-22 09:30 来自 微博") or as one part of the header's "·" line ("Name · 6-16", "6-16 ·
// Liked by …", "2 days ago · 6-16"). Read only on a social post's head (in a sentence, "5-22" is
// a score, a vote or a range), save a stamp line that names its client ("from Weibo"): that one is
// a platform's on any page, as a ministry's post the genre reader takes for a readout.
const MONTH_DAY = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/;
const MONTH_DAY_LINE =
  /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?:\s+(?:来自|來自|from|via)\s[^\n]{1,120})?$/;
const CLIENT_STAMP = /^(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+(?:来自|來自|from|via)\s/;

/** The day of a post's month-day stamp; without a year, the year that puts it on or before the day received. */
export function monthDayStamp(line: string, received: string | undefined): string | undefined {
  if (line.length > 140) return undefined;
  const trimmed = line.trim();
  const parts = trimmed.split(/\s+[·•]\s+/);
  const edge = [parts[0]!, parts.at(-1)!].map((p) => MONTH_DAY.exec(p)).find((m) => m !== null);
  const m = MONTH_DAY_LINE.exec(trimmed) ?? (parts.length > 1 ? edge : undefined);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return stampDay(m[1], month - 1, Number(m[3]), received);
}
