import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendLeaf,
  type CompactRange,
  EMPTY_RANGE,
  isRangeShape,
  rangeOfLeafHashes,
  rangeRoot,
} from '../../src/govern/compactRange.ts';
import { sha256 } from '../../src/govern/hash.ts';
import { leafHash, rootOfLeafHashes } from '../../src/govern/merkle.ts';

import { LEAVES as RAW_LEAVES, ROOTS } from '../fixtures/govern/rfc6962.ts';

// The RFC 6962 reference leaves, hashed as leaves.
const LEAVES = RAW_LEAVES.map((l) => leafHash(l));

const leaf = (i: number) => leafHash(sha256(`leaf ${i}`));
const popcount = (n: number) => n.toString(2).replaceAll('0', '').length;

describe('the compact range of the audit tree', () => {
  it('gives the published RFC 6962 roots for sizes 0 to 8', () => {
    let range: CompactRange = EMPTY_RANGE;
    expect(rangeRoot(range).toString('hex')).toBe(ROOTS[0]);
    LEAVES.forEach((l, i) => {
      range = appendLeaf(range, l);
      expect(rangeRoot(range).toString('hex')).toBe(ROOTS[i + 1]);
    });
  });

  it('equals the full recomputation at every size up to 300, holding one hash per set bit', () => {
    const leaves = Array.from({ length: 300 }, (_, i) => leaf(i));
    let range: CompactRange = EMPTY_RANGE;
    for (let n = 1; n <= leaves.length; n++) {
      range = appendLeaf(range, leaves[n - 1]!);
      expect(range.size).toBe(n);
      expect(range.hashes.length).toBe(popcount(n));
      expect(isRangeShape(n, range.hashes)).toBe(true);
      expect(rangeRoot(range).equals(rootOfLeafHashes(leaves.slice(0, n)))).toBe(true);
    }
  });

  it('after any appends, from any start, the root is the full recomputation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 8 }), { maxLength: 40 }),
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 8 }), { maxLength: 40 }),
        (first, more) => {
          const a = first.map((d) => leafHash(d));
          const b = more.map((d) => leafHash(d));
          const extended = rangeOfLeafHashes(b, rangeOfLeafHashes(a));
          expect(extended.size).toBe(a.length + b.length);
          expect(rangeRoot(extended).equals(rootOfLeafHashes([...a, ...b]))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('appending leaves the range it extends unchanged', () => {
    const range = rangeOfLeafHashes([leaf(0), leaf(1), leaf(2)]);
    const before = range.hashes.map((h) => h.toString('hex'));
    appendLeaf(range, leaf(3));
    expect(range.hashes.map((h) => h.toString('hex'))).toEqual(before);
    expect(range.size).toBe(3);
  });

  it('a stored range of the wrong shape is recognised', () => {
    const range = rangeOfLeafHashes([leaf(0), leaf(1), leaf(2)]);
    expect(isRangeShape(3, range.hashes)).toBe(true);
    expect(isRangeShape(4, range.hashes)).toBe(false);
    expect(isRangeShape(3, [range.hashes[0]!])).toBe(false);
    expect(isRangeShape(3, [range.hashes[0]!, Buffer.alloc(31)])).toBe(false);
    expect(isRangeShape(-1, [])).toBe(false);
  });
});
