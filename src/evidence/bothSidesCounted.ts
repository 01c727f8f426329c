// A count of the people of both sides ("90 people in total, held by either side", "seven crew
// died, four from one boat and three from the other") and a count of one side's people ("31
// northern herders", "our 23 nationals") count two groups: the one is a part of the other, not
// another figure for it. Two counts of both sides, or of one people, are still one thing counted.

import { PEOPLE, peoplesNamed } from './countedAndMeasured.ts';
import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

// Said of the count in its clause: "in total", "in all", "from both sides", "held by the two sides";
// not "by each side" or "by either side", which may give the count per side.
const BOTH =
  /\b(?:in total|in all|altogether|combined|(?:from|on|of|by|for)\s+both\s+(?:sides|parties|countries|governments)|(?:held|detained|released|freed)\s+by\s+(?:the\s+)?two\s+(?:sides|parties|countries))\b/i;
// The count broken down by group right after it: "— six from the patrol ship and three from the
// cutter", "(140 Arvenians and 72 Torvanians)".
const BREAKDOWN =
  /^[^.;]{0,40}?(?:[—–:(]|,\s+(?:of whom|including))\s*[\w-]+\s+(?:from|of)?\s*[^.;,]{0,60}?\band\s+[\w-]+\s+(?:from|of)\b/i;
// One side's own people: "our 23 nationals", "23 of our fishermen", "their 40 soldiers".
const OURS_BEFORE = /\b(?:our|their)\s+$/i;
const OURS_AFTER = /^\s+of\s+(?:our|their|ours|theirs)\b/i;

/** The clause of a figure: back to the last stop, on to the next. */
function clauseOf(text: string, q: Quantity): string {
  const before =
    text
      .slice(Math.max(0, q.index - 80), q.index)
      .split(/[.;!?]\s/)
      .at(-1) ?? '';
  const after = text.slice(q.index, q.index + q.text.length + 80).split(/[.;!?]\s/)[0] ?? '';
  return before + after;
}

/** Whose people a count of people counts: both sides', one side's, or it does not say. */
const sidesCounted = oncePerFigure((text: string, q: Quantity): 'both' | 'one' | undefined => {
  if (q.unit !== 'person' && !PEOPLE.has(q.unit)) return undefined;
  const end = q.index + q.text.length;
  if (BOTH.test(clauseOf(text, q)) || BREAKDOWN.test(text.slice(end, end + 140))) return 'both';
  const ours =
    OURS_BEFORE.test(text.slice(Math.max(0, q.index - 12), q.index)) ||
    OURS_AFTER.test(text.slice(end, end + 20));
  return ours || peoplesNamed(q).length > 0 ? 'one' : undefined;
});

/** Whether one count is of both sides' people and the other of one side's. */
export function oneSideAndBoth(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [sx, sy] = [sidesCounted(ta, x), sidesCounted(tb, y)];
  return sx !== undefined && sy !== undefined && sx !== sy;
}
