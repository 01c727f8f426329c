// The right edge of an RFC 6962 tree (a "compact range" from 0 to n): one perfect subtree
// hash per set bit of n, largest first. It yields the root of the tree of size n and
// absorbs a new leaf in O(log n) hashes, so appending never touches the earlier leaves.
import { sha256 } from './hash.ts';
import { nodeHash } from './merkle.ts';

export interface CompactRange {
  /** Leaves covered, from 0. */
  readonly size: number;
  /** Roots of the perfect subtrees that tile [0, size), left to right (sizes: the set bits of size, descending). */
  readonly hashes: readonly Buffer[];
}

export const EMPTY_RANGE: CompactRange = { size: 0, hashes: [] };

/**
 * The range of size + 1: the new leaf joins as a subtree of one, and equal neighbours
 * merge as in binary addition (one merge per trailing 1 bit of size). Throws nothing.
 */
export function appendLeaf(range: CompactRange, leaf: Buffer): CompactRange {
  const hashes = range.hashes.slice();
  let merged = leaf;
  for (let carry = range.size; carry % 2 === 1; carry = Math.floor(carry / 2)) {
    merged = nodeHash(hashes.pop()!, merged);
  }
  hashes.push(merged);
  return { size: range.size + 1, hashes };
}

/** The range over the given leaf hashes, in O(n) hashes. Throws nothing. */
export function rangeOfLeafHashes(leaves: readonly Buffer[], from: CompactRange = EMPTY_RANGE): CompactRange {
  let range = from;
  for (const leaf of leaves) range = appendLeaf(range, leaf);
  return range;
}

/**
 * The Merkle tree hash of the leaves the range covers: RFC 6962 splits at the largest
 * power of two below n, which is exactly the leftmost subtree, so the root folds the
 * subtrees from the right. Throws nothing.
 */
export function rangeRoot(range: CompactRange): Buffer {
  const { hashes } = range;
  if (hashes.length === 0) return sha256();
  let root = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) root = nodeHash(hashes[i]!, root);
  return root;
}

/** True when `hashes` has the shape a range of `size` must have (one per set bit of size). Throws nothing. */
export function isRangeShape(size: number, hashes: readonly Buffer[]): boolean {
  if (!Number.isSafeInteger(size) || size < 0) return false;
  let bits = 0;
  for (let rest = size; rest > 0; rest = Math.floor(rest / 2)) bits += rest % 2;
  return bits === hashes.length && hashes.every((h) => h.length === 32);
}
