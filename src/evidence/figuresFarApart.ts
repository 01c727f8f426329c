// Two figures too far apart to be two accounts of one. Sources that disagree on a sum of money
// round it, slip or dispute it by a fraction ("$210 million" against "$240 million"); a sum twice
// the other's or more is another sum: a tranche against the total, one donor's part, an earlier
// offer, another fund. Sources that disagree on a text's size count a point or two apart (with or
// without its preamble, one version earlier); a size half as large again and three or more parts
// off is another text: the leaked draft against the revised one, the plan against a counter-paper.
import type { Quantity } from './numbers.ts';
import { CURRENCIES } from './quantityUnits.ts';
import { sizesText } from './textParts.ts';

const MONEY_FACTOR = 2;
const SIZE_FACTOR = 1.5;
const SIZE_GAP = 3;

const factor = (x: Quantity, y: Quantity) => Math.max(x.value, y.value) / Math.min(x.value, y.value);

/** Whether two sums of money, or two sizes of a text, are too far apart to be of one thing. */
export function figuresFarApart(x: Quantity, y: Quantity): boolean {
  if (x.value <= 0 || y.value <= 0) return false;
  if (CURRENCIES.has(x.unit) && x.unit === y.unit) return factor(x, y) >= MONEY_FACTOR;
  return (
    sizesText(x) && sizesText(y) && factor(x, y) >= SIZE_FACTOR && Math.abs(x.value - y.value) >= SIZE_GAP
  );
}
