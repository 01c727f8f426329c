// A parliament's question put down by several members prints their labels stacked, one under the
// other with no words between ("*12. SHRI A:" over "SMT. B:"), then the question: the first named
// asks it. Without this the question went to the last label, the one nearest the words. Only the
// record's opening labels are read so: later, a wordless label is a speaker cut off, not a co-asker.
import type { Turn } from './turnBoundaries.ts';

const isWordless = (text: string, turn: Turn): boolean =>
  !turn.question && text.slice(turn.body[0], turn.body[1]).trim() === '';

/** The turns with the opening run of stacked, wordless labels folded into its first. */
export function firstOfStacked(text: string, turns: Turn[]): Turn[] {
  let run = 0;
  while (run < turns.length - 1 && isWordless(text, turns[run]!)) run++;
  if (run === 0) return turns;
  const first = turns[0]!;
  const asked = turns[run]!;
  // Only labels stacked one under the other: nothing but space between the first and the asked one's.
  const between = turns
    .slice(1, run + 1)
    .every((t, k) => text.slice(turns[k]!.body[1], t.labelSpan[0]).trim() === '');
  if (asked.question || !between) return turns;
  return [{ ...first, body: asked.body }, ...turns.slice(run + 1)];
}
