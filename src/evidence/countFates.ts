// What befell the things a count counts: held ("the continued detention of 23 fishing vessels",
// "has been holding 21 vessels") or given back ("nine vessels were returned at Port Vell"). One
// return well short of those held is a part of them, not another figure for the same group; a
// return near the whole held ("25 still held" / "23 handed over") is the group counted twice.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

type Fate = 'held' | 'returned';

// "held" of a meeting is no custody: "the summit, held in Geneva", "holding talks", "held a round".
const HELD =
  /\b(?:detention|detained|detaining|detains?|(?:holding|held|holds?)(?!\s+(?:in|at|on|over|during|between|under|online|virtually|talks|consultations|meetings?|a\s+(?:meeting|round|summit|call|briefing|press|vote)|an?\s+(?:session|election|referendum))\b)|seized|seizing|captured|arrested|impounded|in custody|confiscated)\b/i;
const RETURNED =
  /\b(?:returned|handed\s+(?:back|over)|released|freed|set\s+free|sent\s+(?:home|back)|repatriated|given\s+back|came\s+home)\b/i;
// A part this much smaller than the whole held is one act's share of it.
const PART_SHARE = 0.75;

/** The fate told in the clause of a figure, where one is told and only one. */
const fateOf = oncePerFigure((text: string, q: Quantity): Fate | undefined => {
  const start = Math.max(0, q.index - 60);
  const before =
    text
      .slice(start, q.index)
      .split(/[.;!?:]/)
      .at(-1) ?? '';
  const after = text.slice(q.index, q.index + q.text.length + 60).split(/[.;!?:]/)[0] ?? '';
  const clause = `${before}${after}`;
  const [held, returned] = [HELD.test(clause), RETURNED.test(clause)];
  return held === returned ? undefined : held ? 'held' : 'returned';
});

/** Whether one figure counts those given back and the other, well larger, those held. */
export function partReturned(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [fx, fy] = [fateOf(ta, x), fateOf(tb, y)];
  if (!fx || !fy || fx === fy) return false;
  const [back, held] = fx === 'returned' ? [x, y] : [y, x];
  return back.value < PART_SHARE * held.value;
}
