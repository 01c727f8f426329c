// The words before a day, as readers of limits and moves look at them. The date reader takes a
// weekday's preposition into the day it reads ("by Thursday", "until Thursday, May 3", "before
// Friday"), so the words before such a day stop short of the "by" that makes it a limit: the
// day's own leading word is put back after them.

// A preposition the date reader keeps at the start of a day it reads.
const LEAD = /^(?:by|until|till|before|on)\s+/i;

/** The `reach` characters before a day of `text`, with the preposition the day's own text opens with. */
export function wordsBeforeDay(text: string, day: { index: number; text: string }, reach: number): string {
  return text.slice(Math.max(0, day.index - reach), day.index) + (LEAD.exec(day.text)?.[0] ?? '');
}
