// A deadline named by its noun or by its move: "the new deadline of March 27", "the date for
// signature is now 10 April", "the deadline was moved to May 20", "extended the deadline, moving
// it from March 20 to March 27". Sources tell a deadline this way as often as by "by 27 March"
// (dueBy.ts), and a deadline moved twice is told by every source with one or both of its days:
// two passages that name one such day as a deadline's are about one thing.
import { findDates } from './dates.ts';
import { toldDeadlineDays } from './deadlineWording.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';
import { wordsBeforeDay } from './wordsBeforeDay.ts';

// What makes a day a deadline's: the noun right before it, or a move to it.
const NAMED =
  /\b(?:deadline|target date|cut-?off(?: date)?|date (?:for|of) (?:the )?(?:signature|signing|an? answer|the answer|the reply|withdrawal|the pull-?back))\b(?:[\s,]+[\p{L}'’-]+){0,6}?[\s,]+(?:of|is|was|for|on|originally set|set (?:for|at)|(?:is |was )?now|(?:has been |had been |was |is )?(?:moved|extended|pushed back|postponed|put back|shifted) to)[ \t]+(?:the[ \t]+)?$/iu;
const MOVED_TO =
  /\b(?:moved|moving|moves|extended|extending|pushed back|postponed|put back|shifted|slipped)\b[^.;]{0,50}?\bto[ \t]+(?:the[ \t]+)?$/iu;
const MOVED_FROM =
  /\b(?:moved|moving|moves|extended|extending|pushed back|postponed|put back|shifted|slipped)\b[^.;]{0,50}?\bfrom[ \t]+(?:the[ \t]+)?$/iu;
// A move is a deadline's only in a sentence that names one.
const DEADLINE_WORD = /\b(?:deadline|date for (?:signature|signing)|signing date|target date|cut-?off)\b/i;
const BEFORE = 80;

/** The days a passage names as a deadline's, its old day too where it tells a move. */
export function deadlineDays(text: string, published?: string): string[] {
  const days: string[] = [];
  const names = DEADLINE_WORD.test(text);
  for (const d of findDates(text, published)) {
    if (d.vague) continue;
    const before = wordsBeforeDay(text, d, BEFORE);
    if (NAMED.test(before) || (names && (MOVED_TO.test(before) || MOVED_FROM.test(before)))) days.push(d.iso);
  }
  return days;
}

export const daysOf = perPassage((p) => [
  ...deadlineDays(p.text, p.published),
  ...toldDeadlineDays(p.text, p.published),
]);

/** The day two passages both name as a deadline's, if any. */
export function oneDeadlineDay(a: Passage, b: Passage, roster: Roster): string | undefined {
  const theirs = daysOf(b, roster);
  return daysOf(a, roster).find((d) => theirs.includes(d));
}
