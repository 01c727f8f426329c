import { describe, expect, it } from 'vitest';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  merkleRoot,
  verifyConsistency,
  verifyInclusion,
} from '../../src/govern/merkle.ts';

import { LEAVES, ROOTS } from '../fixtures/govern/rfc6962.ts';

// [leaf index (0-based), tree size, audit path]
const INCLUSION: [number, number, string[]][] = [
  [0, 1, []],
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
// [first size, second size, consistency proof]
const CONSISTENCY: [number, number, string[]][] = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [
    2,
    5,
    [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];

const hex = (hashes: Buffer[]) => hashes.map((h) => h.toString('hex'));
const bytes = (hashes: string[]) => hashes.map((h) => Buffer.from(h, 'hex'));
const hashed = LEAVES.map(leafHash);
const root = (size: number) => Buffer.from(ROOTS[size]!, 'hex');

describe('RFC 6962 Merkle tree', () => {
  it.each(ROOTS.map((r, size) => [size, r] as const))(
    'the tree of the first %i CT test leaves has the published root',
    (size, expected) => {
      expect(merkleRoot(LEAVES.slice(0, size)).toString('hex')).toBe(expected);
    },
  );

  it.each(INCLUSION)(
    'the audit path of leaf %i in a tree of %i matches the published one and verifies',
    (index, size, path) => {
      expect(hex(inclusionProof(hashed.slice(0, size), index))).toEqual(path);
      expect(verifyInclusion(hashed[index]!, index, size, bytes(path), root(size))).toBe(true);
    },
  );

  it('an audit path fails for a wrong leaf, index, size or a flipped bit', () => {
    const [index, size, path] = INCLUSION[2]!;
    const proof = bytes(path);
    expect(verifyInclusion(hashed[index + 1]!, index, size, proof, root(size))).toBe(false);
    expect(verifyInclusion(hashed[index]!, index - 1, size, proof, root(size))).toBe(false);
    expect(verifyInclusion(hashed[index]!, index, size * 2, proof, root(size))).toBe(false);
    expect(verifyInclusion(hashed[index]!, index, size, proof.slice(1), root(size))).toBe(false);
    const flipped = proof.map((p) => Buffer.from(p));
    flipped[1]![0]! ^= 8;
    expect(verifyInclusion(hashed[index]!, index, size, flipped, root(size))).toBe(false);
  });

  it.each(CONSISTENCY)(
    'the consistency proof from %i to %i matches the published one and verifies',
    (first, second, path) => {
      expect(hex(consistencyProof(hashed.slice(0, second), first))).toEqual(path);
      expect(verifyConsistency(first, second, root(first), root(second), bytes(path))).toBe(true);
    },
  );

  it('every consistency proof between sizes 1..8 verifies, and fails against a wrong old root', () => {
    for (let second = 1; second <= 8; second++) {
      for (let first = 1; first < second; first++) {
        const proof = consistencyProof(hashed.slice(0, second), first);
        expect(verifyConsistency(first, second, root(first), root(second), proof)).toBe(true);
        expect(verifyConsistency(first, second, root(first === 1 ? 2 : 1), root(second), proof)).toBe(false);
      }
    }
  });
});
