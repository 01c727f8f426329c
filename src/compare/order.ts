// Which pairs kept their relative order: the longest increasing subsequence of new
// positions taken in old order. Everything outside it is reported as moved, so one
// article moving to the end marks that article, not all the ones it jumped over.

/** Indices (into `sequence`) of one longest strictly increasing subsequence; O(n log n), deterministic. */
export function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    keep.add(k);
    k = previous[k]!;
  }
  return keep;
}
