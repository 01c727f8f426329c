// A document that says one thing many times (a refrain, a page template repeated, a hostile
// file of one sentence copied) is compared once per thing it says: linking every copy with
// every copy of another source grew with the square of the copies (two documents of one
// sentence repeated gave 167,281 links at 20,000 characters and ran out of memory at 150,000).
import type { Passage } from './passages.ts';

/**
 * What linking reads of a passage besides where it sits: two passages of one source alike in
 * all of it are one passage said twice. Its words come from its text and antecedents, its
 * figures may come from the sentence before it (an elided unit), so those are read too.
 */
function readAs(p: Passage): string {
  const data = p.claim ? JSON.stringify(p.claim.data) : '';
  return JSON.stringify([
    p.kind,
    p.text,
    p.antecedents ?? [],
    data,
    p.speaker ?? null,
    p.nth ?? -1,
    Boolean(p.short),
    Boolean(p.quotedOnly),
    Boolean(p.event),
    p.quantities,
  ]);
}

/**
 * The passages of each source once each, the first copy kept (where a reader, and a label,
 * finds the words first), in their order.
 */
export function distinctPassages(passages: Passage[]): Passage[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    const key = `${p.source}\u0000${readAs(p)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
