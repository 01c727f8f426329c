// How many passages of one other source a passage is linked with, at most. Thousands of lines
// alike but for a number ("Q - Is the text final 12? A - It is agreed.") are no repeats word for
// word (distinctPassages.ts), so two copies of 5,000 such lines linked every line with every line
// of the other copy: 25 million links, as many comparisons, over a minute. In the tuning sets a passage
// is linked with at most 6 passages of any one other source (session 23), far below the limit.
import type { Passage } from './passages.ts';

/** Links a passage may have with the passages of one other source. */
export const LINKS_PER_SOURCE = 16;

interface Linked {
  a: Passage;
  b: Passage;
}

/**
 * For the pair loop, over the passages of `compared`: `done(links, i)` counts the links made since
 * it was last asked (each against both passages and the other's source) and says whether passage
 * `i` has used up its links with every other source, so that no later pair of it is compared;
 * `over(i, j)` whether `i` or `j` has used up its links with the other's source.
 */
export function linkBudget(compared: readonly Passage[]): {
  done: (links: readonly Linked[], i: number) => boolean;
  over: (i: number, j: number) => boolean;
} {
  const at = new Map<Passage, number>();
  const sourceIds = new Map<string, number>();
  const source = Int32Array.from(compared, (p, i) => {
    at.set(p, i);
    const id = sourceIds.get(p.source) ?? sourceIds.size;
    sourceIds.set(p.source, id);
    return id;
  });
  const sources = sourceIds.size;
  // One count per passage and source: a typed array while small, a map past that.
  const small = compared.length * sources <= 1 << 24;
  const counts = small ? new Int32Array(compared.length * sources) : undefined;
  const countMap = new Map<number, number>();
  const count = (k: number) => (counts ? counts[k]! : (countMap.get(k) ?? 0));
  // How many other sources each passage has used up its links with.
  const spent = new Int32Array(compared.length);
  const add = (x: number, y: number) => {
    const k = x * sources + source[y]!;
    const now = count(k) + 1;
    if (counts) counts[k] = now;
    else countMap.set(k, now);
    if (now === LINKS_PER_SOURCE) spent[x]!++;
  };
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
    over: (i, j) =>
      count(i * sources + source[j]!) >= LINKS_PER_SOURCE ||
      count(j * sources + source[i]!) >= LINKS_PER_SOURCE,
  };
}
