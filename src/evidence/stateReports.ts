// Words that report where the talks stand ("The water chapter is agreed.", "No order of signature
// has been agreed.") are said by everyone who knows it: the same such words given to two people
// are two people saying one fact, not one line misattributed. A maxim is someone's own line,
// "nothing is agreed until everything is agreed" among them, and stays an attribution.
import { saysFormula } from './agreedFormula.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// Bare: a state in a line of a few words. "The text of the framework is final and will not be
// reopened" adds a stand of the speaker's own, and is his line.
const REPORT_WORDS = 8;

/** Whether the words two quotations share (normalised) are a short report of a state of the talks. */
export function reportsState(
  words: string,
  p: Passage,
  roster: Roster,
  statusOf: (p: Passage, roster: Roster) => { value: string } | undefined,
  statusSubject: (a: Passage, b: Passage, roster: Roster) => string[],
): boolean {
  if (words.split(' ').length > REPORT_WORDS || saysFormula(p)) return false;
  return statusOf(p, roster) !== undefined && statusSubject(p, p, roster).length > 0;
}
