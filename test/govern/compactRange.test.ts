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

// The RFC 6962 reference leaves and roots (as in merkle.test.ts): published literals.
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((h) => leafHash(Buffer.from(h, 'hex')));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

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
