// A page's day in a line of header fields the dateline reader does not know: a section and a stamp
// ("Politics | 20.03.2029, 00:05"), the day beside the page's tools ("14/05/2030   Print   Email"), a
// labelled day in the East Asian order ("Date 2030.05.13", "Posted 2030/05/13 14:02 KST"), a place, a
// day, a time and an id ("Berezhyn, 26/04/2029 - 10:15, UNIQUE ID: 290426_4"), and a release's
// sign-off ("Puerto Cardenal, 14 of May of 2030."). A line of fields says nothing: every other
// field is a name, a label, a time, an id or a tool; a line with words of a sentence is no stamp.
import { isoDay } from '../core/calendar.ts';
import { type FiguresOrder, findIsoDate, slashedDate } from './meta.ts';
import { isCapture } from './postAge.ts';

// "2030.05.13", "2030/05/13", "2030. 5. 13.": the year first, as Korean, Chinese and Japanese sites write it.
const YEAR_FIRST = /(?<![\d.])(\d{4})(?:\.\s?|\/)(\d{1,2})(?:\.\s?|\/)(\d{1,2})\.?(?![\d])/;
// "20.03.2029", "14/05/2030", "14-05-2030": the day in figures, the year last.
const YEAR_LAST = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/;
// "3/21/36", "03/18/36 11:04 AM ET": the American stamp of a post or a byline, the year in two figures.
const SHORT_YEAR = /(?<![\d./-])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/;
// "14 of May of 2030", "the 14th of May, 2030": a translated release's order.
const DAY_OF_MONTH =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:of\s+)?(\d{4})(?!\d)/i;
const WORD_DATE =
  /(?<!\d)(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?\p{L}{3,10}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?!\d)/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// What a stamp's line holds beside the day: its time and zone, a weekday, a label, an id, the page's tools.
// "10:15", "18h42", "7.30 p.m.", and a record's "10 a.m." without its minutes.
const TIME =
  /(?:\bat\s+)?\b\d{1,2}(?:[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?|\s?[AaPp]\.?[Mm]\b\.?)(?:\s?\(?(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?|\s?(?:GMT|UTC|Z|[A-Z]{1,3}[SD]?T|MSK|KST|JST|IST|WIB|WITA|SGT|HKT))?(?![\p{L}\d])/gu;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/giu;
const LABEL =
  /^(?:date[ds]?|posted|published|issued|released|sent|created|time|dateline)\b(?:\s+(?:on|at))?\s*:?\s*/iu;
const ID_FIELD =
  /\b(?:unique id|ref(?:erence)?|release no|no|nr|id|doc(?:ument)? no)\.?\s*:?\s*[\w/_.-]*\d[\w/_.-]*/giu;
const TOOLS =
  /\b(?:print(?: this page)?|e-?mail|share|pdf|download|save|tweet|facebook|whatsapp|telegram|linkedin|copy link|font size|text size|a\+|a-|listen)\b/giu;
const UPDATE = /\b(?:updated?|modified|edited|amended|corrected)\b/iu;
// A name a field may be: a place, a section, an outlet, one to four words in capitals, or in a script
// without capitals (a Korean blogger's "방채원", a Chinese outlet's "新华社").
const NAME =
  /^(?:\p{Lu}[\p{L}'’.&-]*|\p{Lo}{1,12})(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|\p{Lo}{1,12}|de|del|da|do|of|the|and|la|el|al|am|upon|sur)){0,3}$/u;
// A headline in capitals that leads into its day ("Deadline Extended To 14 May 2030", "Vote Set For
// 2030/06/01") names no place or section: no name ends on a preposition.
const LEADS_INTO_DAY = /\s(?:to|for|until|till|by|before|after|from|on|at|in|of|upon)$/i;

interface Found {
  iso: string;
  index: number;
  length: number;
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day)
    return undefined;
  return isoDay(year, month, day);
}

/** The one day a field line writes, where it stands; undefined when it writes none. */
function dayOf(line: string, monthFirst: FiguresOrder): Found | undefined {
  const first = YEAR_FIRST.exec(line);
  if (first) {
    const iso = calendarDay(Number(first[1]), Number(first[2]), Number(first[3]));
    return iso ? { iso, index: first.index, length: first[0].length } : undefined;
  }
  const last = YEAR_LAST.exec(line);
  if (last) {
    const text = `${last[1]}/${last[3]}/${last[4]}`;
    const iso =
      last[2] === '.'
        ? calendarDay(Number(last[4]), Number(last[3]), Number(last[1]))
        : slashedDate(text, monthFirst);
    return iso ? { iso, index: last.index, length: last[0].length } : undefined;
  }
  const short = SHORT_YEAR.exec(line);
  if (short) {
    const year = Number(short[3]) + (Number(short[3]) < 70 ? 2000 : 1900);
    const iso = slashedDate(`${short[1]}/${short[2]}/${year}`, monthFirst);
    return iso ? { iso, index: short.index, length: short[0].length } : undefined;
  }
  const of = DAY_OF_MONTH.exec(line);
  if (of) {
    const iso = calendarDay(
      Number(of[3]),
      MONTHS.indexOf(of[2]!.slice(0, 3).toLowerCase()) + 1,
      Number(of[1]),
    );
    return iso ? { iso, index: of.index, length: of[0].length } : undefined;
  }
  const word = WORD_DATE.exec(line);
  const iso = word ? findIsoDate(word[0]) : undefined;
  return word && iso ? { iso, index: word.index, length: word[0].length } : undefined;
}

/**
 * The day of a line of header fields (or a sign-off), if the line is one: short, one day in it,
 * and every other field a name, a label, a time, an id or a page's tool. An edit's stamp
 * ("Updated 14.05.2030") is not the day the page was published.
 */
export function fieldsDate(line: string, monthFirst: FiguresOrder = () => false): string | undefined {
  if (line.length > 100 || !/\d{4}|\/\d{2}\b/.test(line) || /^https?:\/\//.test(line) || isCapture(line))
    return undefined;
  const found = dayOf(line, monthFirst);
  if (!found) return undefined;
  const before = line.slice(0, found.index);
  if (UPDATE.test(before)) return undefined;
  const rest = `${before} | ${line.slice(found.index + found.length)}`
    .replace(TIME, ' | ')
    .replace(WEEKDAY, ' | ')
    .replace(ID_FIELD, ' | ')
    .replace(TOOLS, ' | ');
  const fields = rest
    .split(/\s*(?:[|,·•/()[\]–—]|\s-\s|\s-$|^-\s|\s{2,}|\.$)\s*/u)
    .map((f) => f.replace(LABEL, '').trim())
    .filter((f) => f !== '' && f !== '-');
  if (fields.length > 3 || /\d{4}/.test(fields.join(' '))) return undefined;
  return fields.every((f) => NAME.test(f) && !LEADS_INTO_DAY.test(f)) ? found.iso : undefined;
}

/** The day of a release's sign-off among its last paragraphs ("Puerto Cardenal, 14 of May of 2030."). */
export function signOffDate(paragraphs: string[], monthFirst: FiguresOrder): string | undefined {
  for (const paragraph of paragraphs.slice(-4).reverse()) {
    if (paragraph.length > 80) continue;
    const day = fieldsDate(paragraph, monthFirst);
    if (day) return day;
  }
  return undefined;
}
