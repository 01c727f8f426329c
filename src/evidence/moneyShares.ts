// A sum one giver puts into a common pot is a part of it, not its size: "Arvenia has pledged $300
// million toward the fund", "will contribute EUR 40 million to the reconstruction fund", "Arvenia's
// share is 40 million euros". Set against a sum the other passage gives as the pot's own size ("a
// fund of EUR 220 million", "the fund has a target of $2.4 billion") it counts another thing; against
// a sum told without that reading ("will give $500 million in aid") it may be the same part told
// otherwise. Two givers' parts are two things too unless the two passages name a giver in common.
// A sum pledged "for" a purpose names no pot, and may be the whole of it.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

const MONEY = new Set(['usd', 'eur', 'gbp']);
// A verb of giving before the sum, in its clause.
const GIVES =
  /\b(?:pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|commit(?:s|ted|ting)?|put(?:s|ting)? up|chip(?:s|ped)? in)\b[^.;:!?]{0,40}$/i;
// Into a pot named after the sum: "toward the fund", "to the reconstruction fund", "into its budget".
const INTO_POT =
  /^[^.;:!?]{0,40}?\b(?:to|towards?|into)\s+(?:the|its|this|that|a|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:fund|facility|pool|trust|budget|mission|programme|program|package)\b/iu;
// A giver's share named before the sum: "Norland's share is", "its share will be", "a share of".
const SHARE_BEFORE =
  /\b(?:[\p{L}'’]+['’]s|its|their|our|my) (?:own )?(?:share|part|portion|contribution)\s+(?:is|was|will be|would be|amounts to|of)\s+(?:some |about |around |nearly )?$/iu;

const ABOUT = '(?:some |about |around |nearly |almost |up to |at least |more than )?';
// The pot's size told before the sum: "a fund of", "the facility, worth", "the package totals", "the
// fund will hold", "a target of", "its capital is".
const POT_SIZE_BEFORE = new RegExp(
  String.raw`(?:\b(?:fund|facility|pool|trust|budget|programme|program|package|envelope)\b[^.;:!?]{0,30}?\b(?:of|worth|totals?|total(?:l)?(?:ed|ing)|amounts? to|amounting to|(?:will |would )?hold|holds|stands at|stood at|capped at)|\b(?:target|goal|size|total|capital|endowment|ceiling)\s+(?:of|is|was|will be|would be|stands at))\s+${ABOUT}$`,
  'iu',
);

/** Whether a sum is one giver's part of a common pot (read once per figure). */
const givenPart = oncePerFigure((text: string, q: Quantity): boolean => {
  if (!MONEY.has(q.unit)) return false;
  const before = text.slice(Math.max(0, q.index - 80), q.index);
  const after = text.slice(q.index + q.text.length);
  return (GIVES.test(before) && INTO_POT.test(after)) || SHARE_BEFORE.test(before);
});

/** Whether a sum is told as the size of a pot (read once per figure). */
const potSize = oncePerFigure((text: string, q: Quantity): boolean => {
  if (!MONEY.has(q.unit)) return false;
  return POT_SIZE_BEFORE.test(text.slice(Math.max(0, q.index - 80), q.index));
});

/** Whether two sums count two things: a giver's part against the pot's size, or two givers' parts. */
export function moneyOfTwoHolders(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  const [px, py] = [givenPart(a.text, x), givenPart(b.text, y)];
  if (px !== py) return px ? potSize(b.text, y) : potSize(a.text, x);
  return px && py && !a.names.some((id) => b.names.includes(id));
}
