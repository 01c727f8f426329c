// Input built against session 22's new readers (review 23): each shape took seconds to minutes on
// a few kilobytes before its fix, growing with the square or the cube of the run.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';
import { cpuMs, linkTwiceCpuMs } from './timedRuns.ts';

const BOUND_MS = 6000;
const read = (text: string) =>
  cpuMs(() => processDocument(Buffer.from(text), 'page.txt', { roster, received: '2031-03-05' }));

describe('session 22 readers on hostile input', () => {
  it('reads a capture note over a long run of spaces in one pass (postAge.ts)', () => {
    // Before: three runs of whitespace around the note's day split the run every way, ~n³.
    const text = `Captured${' '.repeat(1500)}${'x'.repeat(50)}\n\nThe Vell framework is final, the minister said.`;
    expect(read(text)).toBeLessThan(BOUND_MS);
  });

  it('reads a question label before a long run of line separators in one pass (unassertedState.ts)', () => {
    // U+2028 survives normalisation as whitespace; "\s*\d*\s*" after the "Q" split its run every way, ~n².
    const text = `Q${'\u2028'.repeat(60_000)}x the Vell framework is final.`;
    expect(linkTwiceCpuMs(text)).toBeLessThan(BOUND_MS);
  });

  it("reads a video page's head of one long word once (captionTurns.ts)", () => {
    // The host's name sought in the head ("Nadia Ferrer talks to …") from every letter of the word, ~n².
    const captions = Array.from(
      { length: 12 },
      (_, i) => `0:${String(i * 3).padStart(2, '0')}\n>> we talk of item ${i} now`,
    );
    const text = `${'a'.repeat(120_000)}\n\n${captions.join('\n')}`;
    expect(read(text)).toBeLessThan(BOUND_MS);
  });

  it("reads a forum post's 'submitted' before a long run of line separators in one pass (forumThreads.ts)", () => {
    // "submitted\s+(?:[^\n]{0,40}?\s+)?by" split the run between its two runs of spaces, ~n².
    const text = `submitted${'\u2028'.repeat(16_000)}${'x'.repeat(50)}\n\nThe Vell framework is final.`;
    expect(read(text)).toBeLessThan(BOUND_MS);
  });
});
