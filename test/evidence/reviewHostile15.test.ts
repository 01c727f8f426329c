// Input built against the engine's public path: each once read a long run from every start.
// The bound is loose for a loaded machine; each took many seconds before.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { findQuoteSpans } from '../../src/evidence/quotes.ts';
import { splitSentences } from '../../src/evidence/sentences.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 500;
describe('hostile input, review 15', () => {
  it('splits a 200,000-character run of stops once, not from each of its stops (was 58 s)', () => {
    for (const stop of ['.', '?', '!', '…']) {
      const text = stop.repeat(200_000);
      expect(cpuMs(() => splitSentences(text))).toBeLessThan(BOUND_MS);
      expect(
        cpuMs(() =>
          processDocument(new TextEncoder().encode(text), 'dots.txt', { roster, received: '2031-03-10' }),
        ),
      ).toBeLessThan(BOUND_MS * 2);
    }
    // A run of stops still ends its sentence where the next begins.
    expect(splitSentences('We met... Then we left?! "Yes." 2 more.')).toEqual([
      [0, 9],
      [10, 24],
      [25, 31],
      [32, 39],
    ]);
  });

  it('pairs quote marks in a long record without one, not reading to the end from every sentence', () => {
    // A sitting's record: many short turns and no double mark, then one quotation at its end.
    const turns = Array.from({ length: 60_000 }, (_, i) => `A. LIND (GRN). Item ${i}. Who wrote it?`);
    const text = `${turns.join('\n\n')}\n\nB. HOLM. I quote: "Nobody did."`;
    expect(cpuMs(() => splitSentences(text))).toBeLessThan(BOUND_MS * 2);
    let spans = 0;
    expect(cpuMs(() => (spans = findQuoteSpans(text).length))).toBeLessThan(BOUND_MS);
    expect(spans).toBe(1);
    // A mark still holds its sentence open across a stop.
    expect(splitSentences('He said "We met. We left." Then silence.')).toEqual([
      [0, 26],
      [27, 40],
    ]);
  });
});
