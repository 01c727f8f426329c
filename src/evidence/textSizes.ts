// Two sources that give the size of the text under negotiation speak of one thing, however little
// else their words share: "The talks produced an updated framework of 19 points" and "It has 20
// points, not 19". A size is itself the claim, as an author or a status is; two sizes of one
// version at one time (textVersions.ts, link.ts) are one count, told alike or in dispute.
import { changeOf } from './figureChange.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { sizesText } from './textParts.ts';

// A size that only names the text, claiming nothing of it: "we have not seen any 19 points",
// "what we know about the '19 points'", "not the fourteen points, not Clause 8".
const NAME_ONLY_BEFORE = /(?:\b(?:any|no|not the|not a|not an)\s+|["“‘'])$/i;

/**
 * Whether a figure states the whole text's size: not a part still open or a stage, not a name, not
 * parts added or cut ("the drafters cut four points": a change, not a size).
 */
export const statesSize = (p: Passage, q: Quantity): boolean =>
  sizesText(q) &&
  !changeOf(p, q).by &&
  !q.open &&
  q.stage === undefined &&
  q.part === undefined &&
  !NAME_ONLY_BEFORE.test(p.text.slice(Math.max(0, q.index - 12), q.index));

// A size written as the text's adjective ("the nine-point text", "a 14-point plan"), or as the
// text's points with an article or a possessive before them ("the nine points were read out", "all
// nine points", "their nine points"), names the text as its title would: said by two sources, it
// tells which text each speaks of, not what of it. A size said of the text ("it has nine points",
// "a text of nine points", "cut to nine points") is the claim itself.
const NAMED_BY_POINTS = /\b(?:the|these|those|its|their|our|all|so-called)\s+$/i;
const sizeAsName = (p: Passage, q: Quantity): boolean => {
  const before = p.text.slice(Math.max(0, q.index - 12), q.index);
  return (
    sizesText(q) && (/-\S+$/.test(q.text) || NAME_ONLY_BEFORE.test(before) || NAMED_BY_POINTS.test(before))
  );
};

/**
 * Whether the sizes of a text two passages give are one name of it only: each writes the same
 * figure as the text's name ("circulated the nine-point text" / "the nine points call for a
 * ceasefire") and neither states a size ("it has nine points"). Two passages that name one
 * text so say one thing of it only where other words say so.
 */
export function sizeNamesAlike(a: Passage, b: Passage): boolean {
  const [xa, xb] = [a.quantities.filter(sizesText), b.quantities.filter(sizesText)];
  return (
    xa.length > 0 &&
    xb.length > 0 &&
    xa.every((x) => sizeAsName(a, x)) &&
    xb.every((y) => sizeAsName(b, y)) &&
    xa.every((x) => xb.every((y) => x.unit === y.unit && x.value === y.value))
  );
}

/** A size of a text in `a` that `oneCount` takes for the same count as a size in `b`. */
export const oneTextSize = (
  a: Passage,
  b: Passage,
  oneCount: (x: Quantity, y: Quantity) => boolean,
): Quantity | undefined =>
  sizeNamesAlike(a, b)
    ? undefined
    : a.quantities.find(
        (x) => statesSize(a, x) && b.quantities.some((y) => statesSize(b, y) && oneCount(x, y)),
      );
