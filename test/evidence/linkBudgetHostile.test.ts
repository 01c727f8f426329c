// Input built against linking in session 23: thousands of transcript turns alike but for a number
// ("Q - Is the text final 12? A - It is agreed."). They are no repeats word for word, so each line
// of one copy was linked with every line of the other (25 million links for two copies of 5,000
// lines, over a minute); a passage now links with at most LINKS_PER_SOURCE of one other source
// and kind of passage, LINKS_PER_SOURCE_ALL of all kinds.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { LINKS_PER_SOURCE_ALL } from '../../src/evidence/linkBudget.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 15_000;

describe('session 23 linking on hostile input', () => {
  it('reads and links two copies of thousands of numbered questions in a few seconds', () => {
    const lines = 5000;
    const text = Array.from(
      { length: lines },
      (_, i) => `Q - Is the text final ${i}? A - It is agreed.`,
    ).join('\n');
    let links = 0;
    const ms = cpuMs(() => {
      const doc = processDocument(Buffer.from(text), 'briefing.txt', { roster, received: '2031-03-05' });
      const docs = ['a', 'b'].map((source) => ({
        source,
        cleanText: doc.cleanText,
        published: doc.meta.date,
        claims: doc.claims,
      }));
      links = linkSources(docs, roster).links.length;
    });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(links).toBeGreaterThan(0);
    expect(links).toBeLessThanOrEqual(lines * LINKS_PER_SOURCE_ALL);
  });
});
