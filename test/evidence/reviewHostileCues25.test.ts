// Input built against session 25's subtitle cues (review 25): a document with a timing arrow in its
// prose and one long line of figures ending in a mark. The cue identifier's pattern was tried at
// every start of the line, each try running to its end, before the line was refused.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { subtitleTurns } from '../../src/evidence/subtitleCues.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 3000;

describe('session 25 subtitle cues on hostile input', () => {
  it('refuses a long line of figures as a cue identifier in linear time', () => {
    const figures = `Arrow --> here.\n\n${'1'.repeat(100000)}!\n`;
    const hex = Array.from({ length: 100000 }, (_, i) => '0123456789abcdef'[(i * 7) % 16]).join('');
    const mixed = `Arrow --> here.\n\n${hex}"\n`;
    expect(cpuMs(() => subtitleTurns(figures))).toBeLessThan(BOUND_MS);
    expect(cpuMs(() => subtitleTurns(mixed))).toBeLessThan(BOUND_MS);
    expect(
      cpuMs(() => processDocument(Buffer.from(figures), 'a.txt', { roster, received: '2031-03-05' })),
    ).toBeLessThan(BOUND_MS);
  });
});
