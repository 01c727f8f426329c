// How many passages of one other source a passage is linked with, at most. Thousands of lines
// alike but for a number ("Q - Is the text final 12? A - It is agreed.") are no repeats word for
// word (distinctPassages.ts), so two copies of 5,000 such lines linked every line with every line
// of the other copy: 25 million links, as many comparisons, over a minute. In the tuning sets a passage
// is linked with at most 6 passages of any one other source (session 23), far below the limit.
// The limit holds per kind of passage linked (what it is and what it gives: an event's day, its
// figures, a denial), not per source alone: a writer who put 16 passages on one topic before the
// one that gives another figure hid that figure's contradiction behind them (review 24). Passages
// that give another figure or day than those linked before are compared until LINKS_PER_SOURCE_ALL:
// a run of one kind no longer hides one, but LINKS_PER_SOURCE_ALL passages of two kinds still can.
// Lines that each give another figure cost twice the links they did (and flag each other).
import type { Passage } from './passages.ts';

/** Links a passage may have with the passages of one other source of one kind (signature). */
export const LINKS_PER_SOURCE = 16;
/** Links a passage may have with the passages of one other source, of every kind. */
export const LINKS_PER_SOURCE_ALL = 32;

interface Linked {
  a: Passage;
  b: Passage;
}

const DENIED = /\b(?:not|no|never|without|nor)\b|n[’']t\b/i;

/** What a passage is and what it gives: passages alike in this are alike to the budget. */
const signature = (p: Passage): string =>
  [
    p.kind,
    p.claim?.kind === 'event' ? p.claim.data.date : '',
    p.quantities.map((q) => `${q.value} ${q.unit}`).join(','),
    DENIED.test(p.text) ? 'not' : '',
  ].join('|');

/**
 * For the pair loop, over the passages of `compared`: `done(links, i)` counts the links made since
 * it was last asked (each against both passages, the other's source and the other's signature)
 * and says whether passage `i` has used up its links with every other source, so that no later
 * pair of it is compared; `over(i, j)` whether `i` or `j` has used up its links with the other's
 * source, or with the other's kind of passage there.
 */
export function linkBudget(compared: readonly Passage[]): {
  done: (links: readonly Linked[], i: number) => boolean;
  over: (i: number, j: number) => boolean;
} {
  const at = new Map<Passage, number>();
  const sourceIds = new Map<string, number>();
  const signatureIds = new Map<string, number>();
  const kind = new Int32Array(compared.length);
  const source = Int32Array.from(compared, (p, i) => {
    at.set(p, i);
    const s = signature(p);
    kind[i] = signatureIds.get(s) ?? signatureIds.size;
    signatureIds.set(s, kind[i]!);
    const id = sourceIds.get(p.source) ?? sourceIds.size;
    sourceIds.set(p.source, id);
    return id;
  });
  const sources = sourceIds.size;
  const kinds = signatureIds.size;
  // One count per passage and source: a typed array while small, a map past that.
  const small = compared.length * sources <= 1 << 24;
  const counts = small ? new Int32Array(compared.length * sources) : undefined;
  const countMap = new Map<number, number>();
  const count = (k: number) => (counts ? counts[k]! : (countMap.get(k) ?? 0));
  // One count per passage, source and kind, for those linked at all.
  const kindCounts = new Map<number, number>();
  const kindKey = (x: number, y: number) => (x * sources + source[y]!) * kinds + kind[y]!;
  // The kinds of passage each source has, and how many of one source's kinds each passage has
  // used up its links with: all of them, and the source is spent as when its links are.
  const kindsOf = new Map<number, Set<number>>();
  for (let i = 0; i < compared.length; i++)
    kindsOf.set(source[i]!, (kindsOf.get(source[i]!) ?? new Set()).add(kind[i]!));
  const kindsSpent = new Map<number, number>();
  // How many other sources each passage has used up its links with.
  const spent = new Int32Array(compared.length);
  const add = (x: number, y: number) => {
    const k = x * sources + source[y]!;
    const now = count(k) + 1;
    if (counts) counts[k] = now;
    else countMap.set(k, now);
    const kk = kindKey(x, y);
    const ofKind = (kindCounts.get(kk) ?? 0) + 1;
    kindCounts.set(kk, ofKind);
    const allKinds =
      ofKind === LINKS_PER_SOURCE && now < LINKS_PER_SOURCE_ALL ? (kindsSpent.get(k) ?? 0) + 1 : 0;
    if (allKinds) kindsSpent.set(k, allKinds);
    if (now === LINKS_PER_SOURCE_ALL || allKinds === kindsOf.get(source[y]!)!.size) spent[x]!++;
  };
  const full = (x: number, y: number) =>
    count(x * sources + source[y]!) >= LINKS_PER_SOURCE_ALL ||
    (kindCounts.get(kindKey(x, y)) ?? 0) >= LINKS_PER_SOURCE;
  let seen = 0;
  return {
    done: (links, i) => {
      for (; seen < links.length; seen++) {
        const { a, b } = links[seen]!;
        const [x, y] = [at.get(a), at.get(b)];
        if (x === undefined || y === undefined) continue;
        add(x, y);
        add(y, x);
      }
      return spent[i]! >= sources - 1;
    },
    over: (i, j) => full(i, j) || full(j, i),
  };
}
