// The other end of a figure's change, written without its unit: "cut from 24 articles to 17",
// "tightened from twenty-two points to seventeen", "17 articles, down from 24", "from 150 to 200
// observers". A change from one figure to another is of one thing, so the unit said once counts
// both ends; a reader who sees only "24 articles" misses that the sentence also says 17.
import type { Quantity } from './numbers.ts';
import { numberOf, ONES } from './numberWords.ts';

const WORDS = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// A figure in digits or words ("1,200", "2.5", "twenty-two", "one hundred and fifty").
const FIGURE = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${WORDS})(?:[\\s-]+(?:and[\\s-]+)?(?:${WORDS}|hundred))*)`;
// Not a day of a month ("to 12 March"), an ordinal or a share: only a figure that stands alone.
const STANDS_ALONE = `(?![\\p{L}\\d]|\\s*(?:%|per\\s*cent|percent)|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)`;
const HEDGE = '(?:(?:about|some|around|roughly|nearly|almost|over|more than|fewer than|less than)\\s+)?';
// Right after a figure with its unit: "… to 17", "…, down from 24".
const TO_AFTER = new RegExp(`^\\s+(?:down\\s+|up\\s+)?to\\s+${HEDGE}${FIGURE}${STANDS_ALONE}`, 'iu');
const FROM_AFTER = new RegExp(`^,?\\s+(?:down|up)\\s+from\\s+${HEDGE}${FIGURE}${STANDS_ALONE}`, 'iu');
// Right before a figure with its unit: "from 150 to …".
const FROM_BEFORE = new RegExp(`\\bfrom\\s+${HEDGE}${FIGURE}${STANDS_ALONE}\\s+to\\s+${HEDGE}$`, 'iu');
// The figure with its unit is the first end of a change only after "from": "rose to 17" has one end.
const FROM_LEFT = new RegExp(`\\bfrom\\s+${HEDGE}$`, 'i');
// Two ends of one change are of a like size: "from 24 articles to 17 (March)" is not 17 articles
// if a day were misread, and a tenfold change is rarer than a misreading.
const LIKE_SIZE = 10;
const FROM_NEAR = /\bfrom\b/i;
// How far before a figure "from … to" may start: a figure in words is a few words long.
const REACH = 60;

/**
 * The ends of changes `sentence` gives bare, each in the unit of the figure that states the
 * other end (`stated`: the sentence's quantities). A bare end already read with a unit of its own
 * is left to that unit.
 */
export function rangeEnds(sentence: string, stated: Quantity[]): Quantity[] {
  const found: Quantity[] = [];
  const add = (of: Quantity, raw: string, index: number) => {
    if (stated.some((q) => q.index <= index && index < q.index + q.text.length)) return;
    const base = /^\d{4}$/.test(raw) || /^one$/i.test(raw) ? undefined : numberOf(raw);
    if (base === undefined) return;
    const value = base * (of.factor ?? 1);
    const ratio = value / of.value;
    if (ratio > LIKE_SIZE || ratio < 1 / LIKE_SIZE || found.some((q) => q.index === index)) return;
    const { approx: _, stage: __, part: ___, open: ____, ...kind } = of;
    found.push({ ...kind, value, index, text: raw });
  };
  for (const of of stated) {
    if (of.unit === '' || of.value <= 0) continue;
    const end = of.index + of.text.length;
    const rest = sentence.slice(end, end + REACH);
    const left = sentence.slice(Math.max(0, of.index - REACH), of.index);
    // Every reading has "from" near the figure; most figures have none.
    if (!FROM_NEAR.test(left) && !FROM_NEAR.test(rest)) continue;
    const to = FROM_LEFT.test(left) ? TO_AFTER.exec(rest) : null;
    if (to) add(of, to[1]!, end + to[0].length - to[1]!.length);
    const from = FROM_AFTER.exec(rest);
    if (from) add(of, from[1]!, end + from[0].length - from[1]!.length);
    const before = FROM_BEFORE.exec(left);
    if (before) add(of, before[1]!, of.index - left.length + before.index + before[0].indexOf(before[1]!));
  }
  return found;
}
