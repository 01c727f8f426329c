import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingIndex } from '../../src/compare/postings.ts';
import { buildVector, CosineScorer, cosine, vocabularySizeOf } from '../../src/compare/vectors.ts';

// Keys from a small range collide often (repeats, shared keys); large ones exercise the hash spread.
const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }));
const units = fc.array(fc.array(key, { maxLength: 30 }), { maxLength: 80 });

describe('PostingIndex', () => {
  it('lists, for every key, exactly the units that have it, ascending, each once', () => {
    fc.assert(
      fc.property(units, (keysOfUnit) => {
        const index = new PostingIndex(keysOfUnit);
        const expected = new Map<number, number[]>();
        keysOfUnit.forEach((keys, unit) => {
          for (const k of new Set(keys)) expected.set(k, [...(expected.get(k) ?? []), unit]);
        });
        for (const [k, list] of expected) {
          const slot = index.find(k);
          expect(slot).toBeGreaterThanOrEqual(0);
          const got = Array.from({ length: index.size(slot) }, (_, i) => index.unit(slot, i));
          expect(got).toEqual(list);
        }
      }),
    );
  });

  it('answers -1 for a key no unit has, after growing past its first table', () => {
    const keysOfUnit = Array.from({ length: 300 }, (_, u) =>
      Array.from({ length: 10 }, (_, i) => u * 10 + i),
    );
    const index = new PostingIndex(keysOfUnit);
    expect(index.capacity).toBeGreaterThanOrEqual(6000);
    expect(index.find(2999)).toBeGreaterThanOrEqual(0);
    expect(index.find(3000)).toBe(-1);
    expect(index.find(123_456_789)).toBe(-1);
  });
});

describe('CosineScorer', () => {
  it('gives exactly the value of cosine, for any query loaded after another', () => {
    const terms = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 25 });
    fc.assert(
      fc.property(fc.array(terms, { minLength: 2, maxLength: 8 }), (lists) => {
        const idf = Float64Array.from({ length: 61 }, (_, i) => 0.5 + (i % 7) / 3);
        const vectors = lists.map((t) => buildVector(t, idf));
        const scorer = new CosineScorer(vocabularySizeOf(vectors));
        for (const q of vectors) {
          scorer.load(q);
          for (const v of vectors) expect(scorer.score(v)).toBe(cosine(q, v));
        }
      }),
    );
  });
});
