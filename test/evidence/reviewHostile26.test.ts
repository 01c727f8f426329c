// Input built against linking (review 26): two copies of thousands of lines alike but for a number.
// Each line links with LINKS_PER_SOURCE lines of the other copy, and the pair loop then walked every
// later passage one by one past those with no links left (and past its own copy's lines): 200 million
// steps for two copies of 10,000 lines, 11 s CPU. It now jumps past them (linkBudget.ts `next`).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { LINKS_PER_SOURCE } from '../../src/evidence/linkBudget.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';

// CPU time of this process: on a loaded machine wall time says more about the neighbours.
const BOUND_MS = 9000;
const cpuMs = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const twoCopies = (text: string) => {
  const doc = processDocument(Buffer.from(text), 'briefing.txt', { roster, received: '2031-03-05' });
  return ['a', 'b'].map((source) => ({
    source,
    cleanText: doc.cleanText,
    published: doc.meta.date,
    claims: doc.claims,
  }));
};

describe('session 26 linking on hostile input', () => {
  it('links two copies of 10,000 numbered questions in time linear in their number (was 11 s CPU)', () => {
    const lines = 10_000;
    const docs = twoCopies(
      Array.from({ length: lines }, (_, i) => `Q - Is the text final ${i}? A - It is agreed.`).join('\n'),
    );
    let result!: ReturnType<typeof linkSources>;
    expect(cpuMs(() => (result = linkSources(docs, roster)))).toBeLessThan(BOUND_MS);
    // Each line uses up its links with the other copy, as before the jumps.
    expect(result.links).toHaveLength(lines * LINKS_PER_SOURCE);
    expect(result.links.every((l) => l.a.source !== l.b.source)).toBe(true);
  });

  it('links three sources past each passage used up with one of them, the others still compared', () => {
    const lines = 300;
    const text = Array.from(
      { length: lines },
      (_, i) => `Q - Is the text final ${i}? A - It is agreed.`,
    ).join('\n');
    const [a, b] = twoCopies(text);
    const c = { ...b!, source: 'c' };
    const { links } = linkSources([a!, b!, c], roster);
    // The links made before the jumps (each passage at most LINKS_PER_SOURCE with each other source).
    expect(links).toHaveLength(14_256);
    expect(links.length).toBeLessThanOrEqual(3 * lines * LINKS_PER_SOURCE);
    for (const [x, y] of [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ])
      expect(links.some((l) => l.a.source === x && l.b.source === y)).toBe(true);
  });
});
