// Input built against linking events (review 25): hundreds of lines, each of talks at its own
// venue on its own day. Blocking keys events by class alone, so every pair is compared; a pair
// that fits was then checked against every event of each source, each check a full comparison
// (otherFits in eventsApart.ts): cubic in the count, 31 KB took 11 s to link. Here 900 lines took
// 5.8 s of CPU before, 3.5 s after (the pairs blocking lets through are left).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 5000;
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const town = (i: number) =>
  `Vossa${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (((i / 26) | 0) % 26))}`;

describe('linking events on hostile input', () => {
  it('links two copies of nine hundred talks, each at its own venue, in a few seconds', () => {
    const text = Array.from(
      { length: 900 },
      (_, i) =>
        `Delegations held talks in ${town(i)} on ${(i % 28) + 1} ${MONTHS[((i / 28) | 0) % 12]} ${2020 + ((i / 336) | 0)}.`,
    ).join('\n\n');
    const doc = processDocument(Buffer.from(text), 'wire.txt', { roster, received: '2031-03-05' });
    const docs = ['a', 'b'].map((source) => ({
      source,
      cleanText: doc.cleanText,
      published: doc.meta.date,
      claims: doc.claims,
    }));
    let links = 0;
    expect(cpuMs(() => (links = linkSources(docs, roster).links.length))).toBeLessThan(BOUND_MS);
    expect(links).toBeGreaterThanOrEqual(900);
  });
});
