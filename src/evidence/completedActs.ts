// The day an act that moves people across a line was completed: a release or an exchange ends
// once, so two sources giving its end two days disagree ("The remaining 116 were released today,
// Thursday 26 April" / "The release of detainees was completed on Wednesday"). A stage before the
// last ("in the first stage, on Tuesday 24 April") ends nothing.
import { movesPeople, TRANSFER } from './datedActs.ts';
import { datesOf, perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// Words that say the act ended: it was completed, its last stage, the last of the people.
const COMPLETED =
  /\b(?:completed|completion|concluded|finished)\b|\b(?:final|last) (?:stage|phase|batch|group)\b|\bthe (?:remaining|last) \d+\b/i;
// A stage named before the last, unless the passage also calls it the last ("the second and final stage").
const EARLIER_STAGE = /\b(?:first|initial|second|third|1st|2nd|3rd) (?:stage|phase|batch|group)\b/i;
const LAST = /\b(?:final|last)\b/i;
// "The remaining 116 were released": the people as a bare count of those left.
const COUNT_LEFT = /\bthe (?:remaining|last) \d+\b/i;

interface Completion {
  day: string;
  acts: Set<string>;
}

/** The day a passage says an act moving people ended, and the act's words; none if it tells another. */
export const completionOf = perPassage((p, roster): Completion | undefined => {
  if (!COMPLETED.test(p.text)) return undefined;
  if (EARLIER_STAGE.test(p.text) && !LAST.test(p.text)) return undefined;
  const acts = new Set([...meaningWords(p.text)].filter((w) => TRANSFER.has(w)));
  if (acts.size === 0 || !(movesPeople(p, roster) || COUNT_LEFT.test(p.text))) return undefined;
  const days = [...new Set(datesOf(p, roster))];
  return days.length === 1 ? { day: days[0]!, acts } : undefined;
});

/** The two days two passages give one act's end, if they give two. */
export function completionDaysApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const x = completionOf(a, roster);
  const y = x && completionOf(b, roster);
  if (!x || !y || x.day === y.day || ![...x.acts].some((w) => y.acts.has(w))) return undefined;
  return [x.day, y.day];
}
