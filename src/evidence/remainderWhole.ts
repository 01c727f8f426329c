// A count told with what remains of a whole: "the release of nine engineers … the remaining two
// will be released within 48 hours". The whole is their sum (eleven): another source's eleven
// held is that whole, not another figure for the nine released.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';
import { numberOf } from './numberWords.ts';

// "the remaining two", "the two who remain", "two are still held", "the other two".
const REMAINDER =
  /\b(?:the\s+)?(?:remaining|other)\s+([\p{L}\d-]{1,24})\b|\b(?:the\s+)?([\p{L}\d-]{1,24})\s+(?:who|that|which)\s+(?:still\s+)?remain\b|\b([\p{L}\d-]{1,24})\s+(?:others?\s+)?(?:remain|are still)\s+(?:held|detained|in detention|in custody|missing)\b/giu;

/** The size of the remainder a passage tells beside a count, if it tells one (read once per figure). */
const remainderOf = oncePerFigure(readRemainder);

function readRemainder(text: string, q: Quantity): number | undefined {
  for (const m of text.matchAll(REMAINDER)) {
    if (m.index === q.index) continue;
    const said = m[1] ?? m[2] ?? m[3]!;
    const value = numberOf(said);
    if (value !== undefined && value !== q.value) return value;
  }
  return undefined;
}

/** Whether one figure is the whole another passage's figure and its told remainder make. */
export function partAndRemainder(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const rx = remainderOf(ta, x);
  const ry = remainderOf(tb, y);
  return (rx !== undefined && x.value + rx === y.value) || (ry !== undefined && y.value + ry === x.value);
}
