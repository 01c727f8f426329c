// Two sources that give the size of the text under negotiation speak of one thing, however little
// else their words share: "The talks produced an updated framework of 19 points" and "It has 20
// points, not 19". A size is itself the claim, as an author or a status is; two sizes of one
// version at one time (textVersions.ts, link.ts) are one count, told alike or in dispute.
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { sizesText } from './textParts.ts';

// A size that only names the text, claiming nothing of it: "we have not seen any 19 points",
// "what we know about the '19 points'", "not the fourteen points, not Clause 8".
const NAME_ONLY_BEFORE = /(?:\b(?:any|no|not the|not a|not an)\s+|["“‘'])$/i;

/** Whether a figure states the whole text's size: not a part still open or a stage, not a name. */
export const statesSize = (p: Passage, q: Quantity): boolean =>
  sizesText(q) &&
  !q.open &&
  q.stage === undefined &&
  q.part === undefined &&
  !NAME_ONLY_BEFORE.test(p.text.slice(Math.max(0, q.index - 12), q.index));

/** A size of a text in `a` that `oneCount` takes for the same count as a size in `b`. */
export const oneTextSize = (
  a: Passage,
  b: Passage,
  oneCount: (x: Quantity, y: Quantity) => boolean,
): Quantity | undefined =>
  a.quantities.find((x) => statesSize(a, x) && b.quantities.some((y) => statesSize(b, y) && oneCount(x, y)));
