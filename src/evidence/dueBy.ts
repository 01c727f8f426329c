// What a passage says of days: what is to be done by one, and a period between two.
//
// What a passage says is to be done by a day: "We will sign by the end of March", "Signature
// is expected by 31 March", "we expect it before the end of this month", "no later than 31
// March 2027". Two sources that give one day as the limit for one act state one deadline in
// their own words, whether or not either sentence was read as a deadline event (a speaker's
// "We will sign by the thirty-first." is too short for one).
import { findDates } from './dates.ts';
import { clauseOfDate } from './deadlines.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import { wordsBeforeDay } from './wordsBeforeDay.ts';

// Right before the day: the words that make it a limit, not the day something happens.
const LIMIT = /\b(?:by|before|until|till|no later than|not later than)\s+$/i;
const WINDOW_WORDS = 12;
// Words of the limit and of time, not of what is due.
const LIMIT_WORDS = new Set([
  ...['deadline', 'date', 'day', 'week', 'month', 'year', 'later', 'end', 'due', 'expect', 'time'],
  ...['minimum', 'maximum', 'still', 'until', 'till', 'before'],
]);

export interface DueBy {
  /** The day, ISO. */
  day: string;
  /** The meaning words of what is due by it. */
  what: Set<string>;
}

/** The first limit a passage sets, and what is due by it. */
export const dueBy = perPassage((p: Passage): DueBy | undefined => {
  const found = findDates(p.text, p.published, undefined, true).find(
    (d) => !d.vague && LIMIT.test(wordsBeforeDay(p.text, d, 20)),
  );
  if (!found) return undefined;
  const { before, after } = clauseOfDate(p.text, found);
  // A place or a name mid-sentence ("observers in Olvany") says where or who, not what is due.
  const words = [...before.split(/\s+/).slice(-WINDOW_WORDS), ...after.split(/\s+/).slice(0, WINDOW_WORDS)];
  const clause = words.filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w) || w === w.toUpperCase()).join(' ');
  const dateWords = meaningWords(found.text);
  const what = new Set([...meaningWords(clause)].filter((w) => !dateWords.has(w) && !LIMIT_WORDS.has(w)));
  return { day: found.iso, what };
});

/**
 * What two passages set one limit for: the same day and a word of what is due in common,
 * besides the names of who must do it (`isName`).
 */
export function oneDeadline(
  a: Passage,
  b: Passage,
  roster: Parameters<typeof dueBy>[1],
  isName: (w: string) => boolean,
): string | undefined {
  const [x, y] = [dueBy(a, roster), dueBy(b, roster)];
  if (!x || !y || x.day !== y.day) return undefined;
  const both = [...x.what].filter((w) => y.what.has(w) && !isName(w));
  return both.length > 0 ? `${both.join(' ')} by ${x.day}` : undefined;
}

// Between two days, the words that make them a period's bounds: "from 1 May to 15 June",
// "from May 1 through June 15", "between 3 March and 5 April".
const RANGE_BETWEEN = /^\s*(?:to|through|until|till|and|–|—|-)\s*$/i;
const RANGE_BEFORE = /\b(?:from|between)\s+(?:the\s+)?$/i;

/**
 * The period a passage bounds by two named days, as month and day ("05-01 06-15"): a season
 * recurs every year, and sources resolve a day without a year to different ones.
 */
export const periodOf = perPassage((p: Passage): string | undefined => {
  const dates = findDates(p.text, p.published).filter((d) => !d.vague);
  for (let i = 0; i + 1 < dates.length; i++) {
    const [x, y] = [dates[i]!, dates[i + 1]!];
    const between = p.text.slice(x.index + x.text.length, y.index);
    if (RANGE_BETWEEN.test(between) && RANGE_BEFORE.test(p.text.slice(Math.max(0, x.index - 12), x.index)))
      return `${x.iso.slice(5)} ${y.iso.slice(5)}`;
  }
  return undefined;
});
