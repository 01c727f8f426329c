// Document metadata from the places scrapers leave it: a YAML-ish front-matter block,
// "date 2025-11-24" prefixes, bare dateline lines, "By Jane Roe" bylines. Dates become
// `YYYY-MM-DD` with a small parser of our own: chrono is far too slow to run on every line.
import { isoDay, MONTH_ABBREVIATIONS } from '../core/calendar.ts';
import { foreignDate } from './foreignDatelines.ts';
import type { DocumentMeta } from './types.ts';

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// Year first, with dashes or slashes ("2035/04/16 09:58 CEST", as meeting platforms stamp a transcript).
const ISO = /\b(\d{4})([-/])(\d{2})\2(\d{2})(?!\d)/;
// "May 8th, 2026", "8th May 2026": the ordinal some outlets write.
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
// "03.12.2025": day, month, year, as official sites in much of Europe date their pages.
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/;
// "12/03/2026": day first in most of the world, month first in the United States.
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;

const monthOf = (name: string) => MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

// "31.02.2031", "February 30, 2031": a day the month does not have is a typo or a forgery, no date.
function calendarDay(year: string, month: number, day: number): string | undefined {
  const y = Number(year);
  if (month < 1 || month > 12 || day < 1 || new Date(Date.UTC(y, month - 1, day)).getUTCDate() !== day)
    return undefined;
  return isoDay(year, month, day);
}

/** The first calendar date written in `text` as `YYYY-MM-DD`, if any. */
export function findIsoDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return calendarDay(iso[1]!, Number(iso[3]), Number(iso[4]));
  const mdy = MDY.exec(text);
  if (mdy) return calendarDay(mdy[3]!, monthOf(mdy[1]!), Number(mdy[2]));
  const dmy = DMY.exec(text);
  if (dmy) return calendarDay(dmy[3]!, monthOf(dmy[2]!), Number(dmy[1]));
  const dotted = DOTTED.exec(text);
  if (dotted) return calendarDay(dotted[3]!, Number(dotted[2]), Number(dotted[1]));
  const foreign = foreignDate(text);
  return foreign ? calendarDay(foreign.year, foreign.month, foreign.day) : undefined;
}

/** Whether the figures "first/second" of a date are month first; it may weigh them against the text. */
export type FiguresOrder = (first: number, second: number) => boolean;

/**
 * The date of figures with slashes ("12/03/2026"). A number above 12 says which is the day;
 * when neither is, `monthFirst` (the order the text writes its dates in words) decides.
 */
export function slashedDate(text: string, monthFirst: FiguresOrder): string | undefined {
  const m = SLASHED.exec(text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const dayFirst = a > 12 || (b <= 12 && !monthFirst(a, b));
  const [day, month] = dayFirst ? [a, b] : [b, a];
  return calendarDay(m[3]!, month, day);
}

// A line that is nothing but a dateline: "March 3, 2031 10:41 AM GMT+02:00", "2031-03-04 07:15:00",
// "20/04/2029 18h42" (the hour as French and Portuguese sites write it),
// "4 March 2031 - 21:10", "Mar 4, 2031, 5:45 PM ET", after a place at most: "Fjellby, March 4, 2031".
const TIME =
  '(?:(?:[ T,|·]+|\\s*[-–—]\\s*|\\s+at\\s+)\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s?[AP]\\.?M\\.?)?(?:\\s?(?:GMT|UTC|Z|[ECMP][SD]?T|CES?T|EES?T|MSK|BST)?[+-]?\\d{0,2}:?\\d{0,2})?)?';
// A web page may add the reading time after it: "May 8th, 2026 · 7 min read".
const READING_TIME = '(?:\\s*[·•|]\\s*\\d{1,3}\\s*min(?:ute)?s?\\s+read)?';
const DATELINE = new RegExp(
  `^(?:[•·▪]\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})${TIME}${READING_TIME}$`,
  'i',
);

// "Source: Daily Courier, 24.03.2031": an interview a ministry reprints, dated by the paper that ran it.
// "Issued at 10:15 on 28 March 2031", "Date: 28 March 2031", "First published: …".
const DATELINE_LABEL =
  /^(?:(?:first )?published|updated|posted|last updated|issued|released|source|date)(?: at \d{1,2}[:.]\d{2})?(?: on)?:?\s+/i;

const BY_POSTER = /\s+by\s+[^,.;:]{1,40}$/i;

// A place before the date, in capitals ("Kyiv", "MOSCOW", "Rio de Janeiro"): a phrase is no place.
const PLACE_THEN =
  /^((?:[•·▪]\s*)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|do|of|the|upon|am|an|sur)){0,3}),\s+/u;

// Nor is a document's kind or its occasion a place: "Joint Statement, 24 November 2025",
// "Readout of the Call, March 3, 2031" are a headline with its date, kept as the title.
const HEADLINE_WORDS =
  /\b(?:statements?|releases?|readouts?|remarks|briefings?|communiqu[eé]s?|declarations?|transcripts?|conferences?|meetings?|calls?|conversations?|talks|summits?|updates?|reports?|minutes|interviews?|addresse?s?|speech(?:es)?|messages?|notes?|letters?|visits?)\b/iu;

// Every form of DATELINE writes a year in four figures: a line without one is no dateline, and most
// lines are let go on this one test (the patterns below ran on every paragraph of every page).
const FOUR_FIGURES = /\d{4}/;

/** What stands before the dateline on `line`: '' for none, a place, a headline; undefined if no dateline. */
function beforeDateline(line: string): string | undefined {
  if (line.length >= 80 || !FOUR_FIGURES.test(line)) return undefined;
  // "Posted on 24 March 2031 by the Press Office": who posted it follows a labelled date.
  const bare = DATELINE_LABEL.test(line) ? line.replace(DATELINE_LABEL, '').replace(BY_POSTER, '') : line;
  if (DATELINE.test(bare)) return '';
  const place = PLACE_THEN.exec(bare);
  return place !== null && DATELINE.test(bare.slice(place[0].length)) ? place[1]! : undefined;
}

export function isDateline(line: string): boolean {
  const before = beforeDateline(line);
  return before !== undefined && !HEADLINE_WORDS.test(before);
}

// A headline of any words set apart from its date by a colon, a comma or a dash, as official
// sites title a readout ("PM call with President Dahl: 10 March 2031") and delegations their
// statements ("Statement by the Delegation of X to the Permanent Council, as delivered by …, 4 May 2031").
const HEADLINE_SEPARATOR = /\s*(?::|,|\s[–—|-])\s+(?=\S)/gu;

/** Whether a line names a kind of document or occasion ("Regular Press Conference", "Readout"). */
export const namesDocumentKind = (line: string): boolean => HEADLINE_WORDS.test(line);

const BRACKETED_DATELINE = /\(([^()]{6,70})\)\s*$/;

/** A headline that ends in its dateline: its date is the page's, its words are the title. */
export function isDatedHeadline(line: string): boolean {
  const before = beforeDateline(line);
  if (before !== undefined) return HEADLINE_WORDS.test(before);
  if (line.length >= 200 || !FOUR_FIGURES.test(line)) return false;
  // A ministry's item titled with its place and day in brackets: "Initialling of the framework
  // (Lissendorf, 27 March 2030)".
  const bracketed = BRACKETED_DATELINE.exec(line);
  if (bracketed && bracketed.index > 3 && beforeDateline(bracketed[1]!) !== undefined) return true;
  for (const separator of line.matchAll(HEADLINE_SEPARATOR)) {
    if (separator.index < 3) continue;
    if (DATELINE.test(line.slice(separator.index + separator[0].length)))
      return HEADLINE_WORDS.test(line.slice(0, separator.index));
  }
  return false;
}

// A line of fields set apart by bars or dots, one of them the day: an outlet's masthead
// ("Harbour Courier  |  Tarnova  |  Wednesday 13 March 2030", "The Ledger · 4 March 2031 · Page 6"),
// or a page's kind and day ("28/03/2031 | Press release", "29 March 2031 | 14:20 | Moscow"), and a wire
// page's section, day and time set apart by slashes ("WORLD NEWS MARCH 12, 2031 / 9:41 PM / UPDATED 2 HOURS AGO").
const BAR = /\s+[|·•/]\s+/u;
const UPDATED = /^(?:last )?(?:updated|modified|edited)\b/i;
const TIME_FIELD = /^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?$/;

/** A field that is a day, or a section's name of a few words and then the day ("WORLD NEWS MARCH 12, 2031"). */
function sectionDay(field: string): string | undefined {
  if (DATELINE.test(field)) return field;
  const words = field.split(/\s+/);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const section = words.slice(0, k).join(' ');
    if (/\d/.test(section) || HEADLINE_WORDS.test(section)) return undefined;
    const day = words.slice(k).join(' ');
    if (DATELINE.test(day)) return day;
  }
  return undefined;
}

/**
 * The day field of a barred line and whether the line is a masthead (names and the day only:
 * no headline's words, no time), which the page's own headline follows.
 */
export function barredLine(line: string): { day: string; masthead: boolean } | undefined {
  // A post's header ("Ada Lind @lind · 2 Mar 2031") belongs to the post, whose author it names.
  if (line.length >= 120 || line.includes('@')) return undefined;
  const fields = line.split(BAR).map((f) => f.trim());
  if (fields.length < 2) return undefined;
  // "Published 20/04/2029 18h42 | Updated 20/04/2029 19h15": the day of an edit is not the page's.
  const dayFields = fields.filter((f) => !UPDATED.test(f));
  const days = dayFields.map(sectionDay).filter((day) => day !== undefined);
  const others = dayFields.filter((f) => sectionDay(f) === undefined);
  if (days.length !== 1 || others.some((f) => !/\p{L}/u.test(f) && !TIME_FIELD.test(f))) return undefined;
  const masthead = others.every((f) => /\p{L}/u.test(f) && !HEADLINE_WORDS.test(f) && !/[.!?]$/.test(f));
  return { day: days[0]!, masthead };
}

const KEYS: Record<string, 'title' | 'date' | 'author' | 'outlet' | 'url'> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  published_at: 'date',
  pubdate: 'date',
  author: 'author',
  byline: 'author',
  authors: 'author',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
};

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      const parsed: unknown = JSON.parse(v);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not valid JSON (e.g. an unescaped inner quote): strip the outer quotes instead.
    }
  }
  return v.replace(/^(["'])(.*)\1$/, '$2');
}

export interface FrontMatter {
  meta: DocumentMeta;
  block: string;
  body: string;
}

/** Splits a leading `---` front-matter block from the body, reading the keys we know. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  const meta: DocumentMeta = {};
  for (const line of match[1]!.split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    const key = kv ? KEYS[kv[1]!.toLowerCase()] : undefined;
    if (!kv || !key || meta[key] !== undefined) continue;
    const value = unquote(kv[2]!);
    if (value === '') continue;
    meta[key] = key === 'date' ? (findIsoDate(value) ?? value) : value;
  }
  return { meta, block: match[0], body: text.slice(match[0].length) };
}
