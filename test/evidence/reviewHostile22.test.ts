// Input built against session 22's blocking of linking (linkBlocking.ts): thousands of near-identical
// lines whose keys pair almost every passage with every other. Blocking then gives up before it
// builds its set of pairs, and the loop over every pair runs, as it did before blocking. And a
// question label ("Q - ") before a run of spaces: the label's asides read a few spaces, not the run.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 6000;

describe('session 22 blocking on hostile input', () => {
  it('links two copies of thousands of forum-like lines without building every pair of keys', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `Posted by u/x${i} 3 points · 2h\nreply`).join('\n');
    const doc = processDocument(Buffer.from(text), 'thread.txt', { roster, received: '2031-03-05' });
    const docs = ['a', 'b'].map((source) => ({
      source,
      cleanText: doc.cleanText,
      published: doc.meta.date,
      claims: doc.claims,
    }));
    expect(cpuMs(() => linkSources(docs, roster))).toBeLessThan(BOUND_MS);
  });

  it('reads a question label before a long run of spaces in one pass', () => {
    const text = `Q - ${' '.repeat(100_000)}the text is not final.`;
    expect(
      cpuMs(() => processDocument(Buffer.from(text), 'briefing.txt', { roster, received: '2031-03-05' })),
    ).toBeLessThan(BOUND_MS);
  });
});
