// RFC 6962 Merkle tree hash, inclusion and consistency proofs over leaf data. The tree
// lets a party holding only a signed root check one entry, or that the log only grew.
import { sha256 } from './hash.ts';

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

/** RFC 6962 leaf hash: SHA-256(0x00 || data). Throws nothing. */
export function leafHash(data: Uint8Array): Buffer {
  return sha256(LEAF, data);
}

/** RFC 6962 interior node hash: SHA-256(0x01 || left || right). Throws nothing. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE, left, right);
}

/** The largest power of two strictly below n (n >= 2): RFC 6962's split point. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Merkle tree hash of leaf hashes; the empty tree is SHA-256 of nothing. Throws nothing. */
export function rootOfLeafHashes(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = splitPoint(leaves.length);
  return nodeHash(rootOfLeafHashes(leaves.slice(0, k)), rootOfLeafHashes(leaves.slice(k)));
}

/** Merkle tree hash (MTH) of raw leaf data. Throws nothing. */
export function merkleRoot(data: readonly Uint8Array[]): Buffer {
  return rootOfLeafHashes(data.map(leafHash));
}

/** Audit path for leaf `index` (0-based), RFC 6962 §2.1.1; empty when out of range. Throws nothing. */
export function inclusionProof(leaves: readonly Buffer[], index: number): Buffer[] {
  if (index < 0 || index >= leaves.length || leaves.length < 2) return [];
  const k = splitPoint(leaves.length);
  return index < k
    ? [...inclusionProof(leaves.slice(0, k), index), rootOfLeafHashes(leaves.slice(k))]
    : [...inclusionProof(leaves.slice(k), index - k), rootOfLeafHashes(leaves.slice(0, k))];
}

/** Consistency proof from the first `size` leaves to all of them, RFC 6962 §2.1.2. Throws nothing. */
export function consistencyProof(leaves: readonly Buffer[], size: number): Buffer[] {
  if (size <= 0 || size >= leaves.length) return [];
  return subproof(size, leaves, true);
}

function subproof(m: number, leaves: readonly Buffer[], complete: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return complete ? [] : [rootOfLeafHashes(leaves)];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), complete), rootOfLeafHashes(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), rootOfLeafHashes(leaves.slice(0, k))];
}

/** Checks an audit path against a root (RFC 9162 §2.1.3.2). Throws nothing. */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && Buffer.from(r).equals(root);
}

/** Checks that the tree of `second` leaves extends the one of `first` (RFC 9162 §2.1.4.2). Throws nothing. */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  // Every tree extends the empty one; nothing to prove.
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Uint8Array = path[0]!;
  let sr: Uint8Array = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && Buffer.from(fr).equals(firstRoot) && Buffer.from(sr).equals(secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
