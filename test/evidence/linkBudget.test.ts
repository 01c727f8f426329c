import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { LINKS_PER_SOURCE, LINKS_PER_SOURCE_ALL, linkBudget } from '../../src/evidence/linkBudget.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { roster } from './roster.ts';

const passage = (source: string, at: number): Passage => ({
  source,
  span: [at, at + 10],
  text: 'The ministers agreed the text.',
  kind: 'sentence',
  words: new Set(['minist', 'agre', 'text']),
  quantities: [],
  names: [],
  nameWords: new Set(),
});

describe('linkBudget', () => {
  const a = passage('a', 0);
  const bs = Array.from({ length: LINKS_PER_SOURCE + 2 }, (_, i) => passage('b', i * 20));
  const c = passage('c', 0);
  const compared = [a, ...bs, c];

  it('stops a passage linking with more passages of one source than the limit', () => {
    const { done, over } = linkBudget(compared);
    const links: { a: Passage; b: Passage }[] = [];
    for (let j = 1; j <= bs.length; j++) {
      if (done(links, 0) || over(0, j)) continue;
      links.push({ a, b: compared[j]! });
    }
    expect(links).toHaveLength(LINKS_PER_SOURCE);
    // Another source still has its own budget, and so has a passage of b with another passage.
    expect(done(links, 0)).toBe(false);
    expect(over(0, compared.length - 1)).toBe(false);
    expect(over(1, compared.length - 1)).toBe(false);
  });

  it('counts a link against both its passages', () => {
    const { done, over } = linkBudget(compared);
    const links = Array.from({ length: LINKS_PER_SOURCE }, () => ({ a: bs[0]!, b: c }));
    expect(done(links, 1)).toBe(false);
    expect(over(1, compared.length - 1)).toBe(true);
    expect(over(compared.length - 1, 2)).toBe(true);
    expect(over(0, 2)).toBe(false);
  });

  it('is done with a passage once it has used up its links with every other source', () => {
    const { done } = linkBudget([a, bs[0]!, c]);
    const links = Array.from({ length: LINKS_PER_SOURCE }, () => ({ a, b: bs[0]! }));
    expect(done(links, 0)).toBe(false);
    expect(done([...links, ...links.map(() => ({ a: c, b: a }))], 0)).toBe(true);
    expect(done([], 2)).toBe(false);
  });
  it('still compares a passage of another kind (another figure) once one kind has used up its links', () => {
    const figure = { ...passage('b', 500), quantities: [{ value: 3, unit: 'station' }] } as Passage;
    const { done, over } = linkBudget([a, ...bs, figure]);
    const links = bs.slice(0, LINKS_PER_SOURCE).map((b) => ({ a, b }));
    expect(done(links, 0)).toBe(false);
    expect(over(0, 1 + LINKS_PER_SOURCE)).toBe(true);
    expect(over(0, 1 + bs.length)).toBe(false);
    expect(LINKS_PER_SOURCE_ALL).toBeGreaterThan(LINKS_PER_SOURCE);
  });

  it('flags a figure a writer gives after 16 passages on its topic that give none', () => {
    const doc = (source: string, cleanText: string) => ({
      source,
      cleanText,
      published: '2031-03-05',
      claims: extractClaims(cleanText, { roster, published: '2031-03-05' }),
    });
    const who = [
      'Delegates',
      'Officials',
      'Diplomats',
      'Observers',
      'Mediators',
      'Envoys',
      'Advisers',
      'Negotiators',
    ];
    const topic = [...who, ...who.map((w) => `Two ${w.toLowerCase()}`)].map(
      (w) => `${w} say the Union will operate the gauging stations on the Osk and report each month.`,
    );
    const writer = [
      ...topic,
      'The Union will run the gauging stations on the Osk — three of them — and report monthly.',
    ];
    const { disagreements } = linkSources(
      [doc('b', 'The Union will operate four gauging stations on the Osk.'), doc('a', writer.join('\n\n'))],
      roster,
    );
    expect(disagreements.map((d) => d.kind)).toEqual(['number']);
  });
});
