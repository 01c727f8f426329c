// A leaked draft and the text the talks went on with: a wire's "a 15-point plan leaked to a
// newspaper" and a ministry's "a document of six points" count two versions, not one text twice.
// A leak is of a draft before it is tabled or revised; a source that counts a text without telling
// its leak, and without calling it a draft or a plan (what a leak is called), speaks of the text on
// the table. Two counts of the leaked draft itself ("a 14-point draft of the mediator", "the
// 12-point plan handed to both sides" against the leak's fifteen) still dispute.
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { leakOf } from './pressLeak.ts';
import type { Roster } from './types.ts';

// The size's own text called a draft or a plan: "a 14-point draft", "the 18-article peace plan", "a
// draft of twelve points"; not one named further off ("the original draft was cut to 12 points").
const DRAFT_AFTER = /^[\s-]*(?:points?|articles?|clauses?)?\s*(?:[\p{L}-]+\s+){0,2}?(?:drafts?|plans?)\b/iu;
const DRAFT_BEFORE = /\b(?:drafts?|plans?)\s+(?:of|with|containing|listing)\s+$/i;

/** Whether a passage gives this size to the text it tells leaked to the press (pressLeak.ts). */
export const leakedSize = (p: Passage, q: Quantity, roster: Roster): boolean =>
  leakOf(p, roster)?.points === q.value;

/** Whether the size is of a text its own words call a draft or a plan. */
export const namesDraft = (p: Passage, q: Quantity): boolean =>
  DRAFT_AFTER.test(p.text.slice(q.index + q.text.length, q.index + q.text.length + 40)) ||
  DRAFT_BEFORE.test(p.text.slice(Math.max(0, q.index - 30), q.index));

/**
 * Of two sizes, where one is the leaked draft's, the other if its source neither tells it leaked
 * nor calls it a draft or a plan: the text on the table, another version.
 */
export function tabledBesideLeak(
  a: Passage,
  x: Quantity,
  b: Passage,
  y: Quantity,
  roster: Roster,
): [Passage, Quantity] | undefined {
  const [lx, ly] = [leakedSize(a, x, roster), leakedSize(b, y, roster)];
  if (lx === ly) return undefined;
  const [p, q] = lx ? [b, y] : [a, x];
  return namesDraft(p, q) ? undefined : [p, q];
}
