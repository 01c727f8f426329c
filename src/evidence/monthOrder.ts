// Which order a text writes its days in: month first ("March 12", "03/12") or day first, read from
// its dateline in words or from the days its story names. Used by the publication date and by the
// event dates, wherever figures like "10/04" must be read one way.
import { WEEKDAY } from './lexicon.ts';
import { MONTH_WORD, monthOf } from './quickDates.ts';
import { allMatches } from './regex.ts';

// "March 12" against "12 March": which order a text writes its dates in words.
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![:.]\\d)`, 'gi');
const DAY_THEN_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}`, 'gi');

/** Whether `text` writes the month before the day, as American usage does; day first when it does not say. */
export function writesMonthFirst(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(MONTH_THEN_DAY) > count(DAY_THEN_MONTH);
}

// A day named in words where a dateline puts it: at a line's head, after a place or a weekday
// ("KUWAIT, April 10 (KUNA) --", "Brisk, Tuesday 10th of April"). A day named later in the story
// ("ahead of the May 4 deadline") is another day's.
const DATELINE_NAMED_DAY = new RegExp(
  `^(?:[\\p{L} .'’-]{1,40}(?:,|\\s[-–—]|:)\\s*)?(?:${WEEKDAY},?\\s+)?(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2})(?!\\d))`,
  'iu',
);
const HEAD_LINES = 8;

/** Whether a dateline in the head of `text` names this day and month in words, in either order. */
function namesDay(text: string, day: number, month: number): boolean {
  for (const line of text
    .split('\n', HEAD_LINES * 2)
    .filter((l) => l.trim() !== '')
    .slice(0, HEAD_LINES)) {
    const m = DATELINE_NAMED_DAY.exec(line.trim());
    if (!m) continue;
    const [named, name] = m[1] !== undefined ? [m[1], m[2]!] : [m[4]!, m[3]!];
    if (Number(named) === day && monthOf(name) === month - 1) return true;
  }
  return false;
}

/**
 * Whether the figures "a/b" of a stamp are month first: the dateline in words beside it says (a
 * wire page's "10/04/2035" over its dateline "KUWAIT, April 10"), else the order the text writes
 * its dates in.
 */
export function readsMonthFirst(text: string, first: number, second: number): boolean {
  if (first > 12 || second > 12) return second > 12;
  const dayFirst = namesDay(text, first, second);
  const monthFirst = namesDay(text, second, first);
  if (dayFirst !== monthFirst) return monthFirst;
  return readingNearNamedDays(text, first, second) ?? writesMonthFirst(text);
}

// "on March 10", "the 15 March deadline": a day the text names in words, anywhere in it.
const NAMED_DAY = new RegExp(
  `\\b(?:${MONTH_WORD}\\s+(\\d{1,2})(?![\\d:.])|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD})`,
  'gi',
);
// How far (in days, roughly) a page's own day may sit from the days its story names.
const NEAR_NAMED = 45;

/**
 * Which reading of a stamp's figures "a/b" (true: month first) falls among the days the text
 * names in words, when one does and the other does not: a page stamped "10/03" whose story
 * speaks of "March 10" and "March 15" was written in March, not in October, whatever order the
 * story writes its own dates in.
 */
function readingNearNamedDays(text: string, first: number, second: number): boolean | undefined {
  const named: number[] = [];
  for (const m of allMatches(NAMED_DAY, text)) {
    const [month, day] = m[2] !== undefined ? [monthOf(m[1]!), Number(m[2])] : [monthOf(m[4]!), Number(m[3])];
    if (month >= 0 && day >= 1 && day <= 31) named.push(month * 31 + day);
  }
  const near = (month: number, day: number) =>
    named.some((n) => Math.abs(n - ((month - 1) * 31 + day)) <= NEAR_NAMED);
  const [monthFirst, dayFirst] = [near(first, second), near(second, first)];
  return monthFirst === dayFirst ? undefined : monthFirst;
}
