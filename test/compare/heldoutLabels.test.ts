// The held-out labels (test/fixtures/compare/heldout) were written blind, before the engine
// ran on them. This checks only that they are well formed against the parser's own paths —
// every labelled point exists and every point of both texts is accounted for exactly once —
// never what the engine pairs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/core/outline/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/compare/heldout');
const KINDS = new Set(['kept', 'reworded', 'rewritten', 'moved', 'split', 'merged']);

interface LabelledPair {
  name: string;
  from: string;
  to: string;
  truth: {
    pairs: { from: string[]; to: string[]; kind: string }[];
    added: string[];
    deleted: string[];
  };
}

const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as {
  about: string;
  pairs: LabelledPair[];
};

function paths(file: string): string[] {
  return parseDraft(readFileSync(join(DIR, file), 'utf8'), { fileName: file }).provisions.map((p) => p.path);
}

describe('held-out compare labels', () => {
  it('say they were written blind and hold at least five pairs', () => {
    expect(labels.about).toMatch(/blind/i);
    expect(labels.pairs.length).toBeGreaterThanOrEqual(5);
  });

  for (const pair of labels.pairs) {
    it(`${pair.name}: name every point of both texts exactly once, with a known kind`, () => {
      const fromSide = [...pair.truth.pairs.flatMap((p) => p.from), ...pair.truth.deleted].sort();
      const toSide = [...pair.truth.pairs.flatMap((p) => p.to), ...pair.truth.added].sort();
      expect(fromSide).toEqual(paths(pair.from).sort());
      expect(toSide).toEqual(paths(pair.to).sort());
      for (const p of pair.truth.pairs) expect(KINDS.has(p.kind), `${p.kind} in ${pair.name}`).toBe(true);
    });
  }
});
