// A long record whose labels name an office alone ("The Vice-President:") thousands of times: each
// such turn read every earlier turn again for the office's holder, and the office's holder read the
// whole text again for its party (100,000 characters took 2.1 s a copy, 200,000 took 8.4 s).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';
import { cpuTimed } from './timedRuns.ts';

const BOUND_MS = 2000;
type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

describe('a record of office labels', () => {
  it('reads 200,000 characters of office-alone turns in one pass over the labels', () => {
    const turns = Array.from(
      { length: 4000 },
      (_, i) => `The Vice-President: Words number ${i}.\n\nQUESTION: And then ${i}?\n\n`,
    );
    const text = `Press conference\n\n${turns.join('')}`;
    const { ms, value: d } = cpuTimed(() =>
      processDocument(new TextEncoder().encode(text), 'a.txt', { roster, received: '2031-03-10' }),
    );
    expect(ms).toBeLessThan(BOUND_MS);
    expect(d.claims.filter((c) => c.kind === 'quote').length).toBeGreaterThan(4000);
  });

  it('gives an office alone the holder the latest label named with it', () => {
    const text = [
      'Sejm of the Republic, 14th sitting',
      'Vice-Marshal of the Sejm Anja Roth: I open the sitting.',
      'Vice-Marshal of the Sejm Ole Berg: I take the chair.',
      'Vice-Marshal: The Minister has the floor.',
      'Vice-Marshal of the Sejm Anja Roth: I take the chair again.',
      'Vice-Marshal: The sitting is closed.',
    ].join('\n\n');
    const speakers = extractClaims(text, { roster, genre: detectGenre(text).genre })
      .filter((c): c is Quote => c.kind === 'quote')
      .map((c) => c.speaker?.personId ?? c.speaker?.name);
    expect(speakers).toEqual(['Anja Roth', 'Ole Berg', 'Ole Berg', 'Anja Roth', 'Anja Roth']);
  });
});

// Comments under a post (replyComments.ts): each row of buttons reads a few lines above it, never
// past the row before; a commenter's line is tried for its trailer only when short.
describe('a page of comments', () => {
  it('reads thousands of comments, and a long run of spaces before a reply button, in one pass', () => {
    const comments = Array.from(
      { length: 4000 },
      (_, i) => `reader_${i} · ${(i % 20) + 1}h\nComment number ${i} on the talks.\n♡ ${i}   Reply\n\n`,
    );
    const text = `Post by the envoy\n\n${comments.join('')}${' '.repeat(50_000)}· 2h\nReply\n`;
    const { ms, value: d } = cpuTimed(() =>
      processDocument(new TextEncoder().encode(text), 'a.txt', { roster, received: '2031-03-10' }),
    );
    expect(ms).toBeLessThan(BOUND_MS * 2);
    expect(d.claims.filter((c) => c.kind === 'quote').length).toBeGreaterThan(3900);
  });
});

describe('a record that numbers its lines, at length', () => {
  it('reads 200,000 characters of numbered lines and labels in one pass', () => {
    const page = (p: number) =>
      Array.from({ length: 25 }, (_, i) =>
        i % 5 === 0
          ? `${i + 1}  MS. VALE:  The basin opens on day ${p}-${i}`
          : `${i + 1}  and the works go on ${p}-${i}`,
      ).join('\n');
    const text = Array.from({ length: 220 }, (_, p) => `Page ${p + 1}\n${page(p)}\n\nFooter line\n`).join(
      '\n',
    );
    const { ms, value: d } = cpuTimed(() =>
      processDocument(new TextEncoder().encode(text), 'record.txt', { roster, received: '2031-03-10' }),
    );
    expect(ms).toBeLessThan(BOUND_MS);
    expect(d.claims.filter((c) => c.kind === 'quote').length).toBeGreaterThan(1000);
  });
});
