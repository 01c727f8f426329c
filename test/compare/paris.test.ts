import { describe, expect, it } from 'vitest';
import { loadParis } from '../../bench/compareParis.ts';
import { compareDrafts } from '../../src/compare/index.ts';

// The Paris 2015 drafts (read from shared/benchmarks at test time): 9 → 12 December renumbered
// every article after Article 2; all 29 must be paired with the article the published text
// gave them, whatever evidence the engine adds for rewritten provisions.
describe('Paris 2015, 9 → 12 December', () => {
  it('pairs all 29 articles with their renumbered successors', { timeout: 30_000 }, () => {
    const paris = loadParis();
    const [from, to] = [paris[2]!, paris[3]!];
    const result = compareDrafts(from.provisions, to.provisions);
    const number = (side: 'from' | 'to', path: string) => result.provisions[side][path]!.number;
    const articles = result.alignment.pairs
      .filter((p) =>
        [...p.from.map((x) => result.provisions.from[x]), ...p.to.map((x) => result.provisions.to[x])].every(
          (v) => v?.depth === 0,
        ),
      )
      .map(
        (p) =>
          `${p.from.map((x) => number('from', x)).join('+')}→${p.to.map((x) => number('to', x)).join('+')}`,
      );
    const expected = [
      ['Article 1', 'Article 1'],
      ['Article 2', 'Article 2'],
      ['Article 2bis', 'Article 3'],
      ['Article 3', 'Article 4'],
      ['[Article 3bis]', 'Article 5'],
      ['[Article 3ter]', 'Article 6'],
      ...[4, 5, 6, 7, 8].map((n) => [`Article ${n}`, `Article ${n + 3}`]),
      ['Article 8 bis', 'Article 12'],
      ...[9, 10, 11, 12, 13, 14, 15, 16].map((n) => [`Article ${n}`, `Article ${n + 4}`]),
      ...[18, 19, 20, 21, 22, 23, 24, 25, 26].map((n) => [`Article ${n}`, `Article ${n + 3}`]),
    ].map(([a, b]) => `${a}→${b}`);
    expect(expected).toHaveLength(29);
    expect(articles).toEqual(expected);
    expect(result.alignment.added).toEqual([]);
    expect(result.alignment.deleted).toEqual([]);
  });
});
