// A sum told as paid out so far ("only $35 million has actually been paid out", "confirms receipt of
// USD 35 million", "so far we have received 35 million dollars") counts what has reached the pot,
// not the pot: set against a fund's size or a pledge it disagrees with nothing. Two sums paid out
// are still compared.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';
import { CURRENCIES } from './quantityUnits.ts';

const PAID_BEFORE =
  /\b(?:received|receipt of|paid(?: out| in)?|disbursed|transferred|arrived)\s+(?:so far\s+|to date\s+)?(?:only\s+|just\s+|some\s+|about\s+|around\s+|nearly\s+)?$/i;
const PAID_AFTER =
  /^[^.;:!?]{0,30}?\b(?:has|have|had)\s+(?:actually\s+|so far\s+|now\s+|only\s+)?(?:been\s+)?(?:paid(?: out| in)?|disbursed|transferred|received|arrived)\b/i;

/** Whether a sum is told as paid out or received so far (read once per figure). */
const paidOut = oncePerFigure((text: string, q: Quantity): boolean => {
  if (!CURRENCIES.has(q.unit)) return false;
  const before = text.slice(Math.max(0, q.index - 40), q.index);
  const after = text.slice(q.index + q.text.length, q.index + q.text.length + 60);
  return PAID_BEFORE.test(before) || PAID_AFTER.test(after);
});

/** Whether one sum is told as paid out so far and the other is not. */
export const paidAndPledged = (ta: string, x: Quantity, tb: string, y: Quantity): boolean =>
  paidOut(ta, x) !== paidOut(tb, y);
