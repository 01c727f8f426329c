// Input built against patterns added in session 17: each once backtracked for seconds.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 2000;
describe('session 17 patterns on hostile input', () => {
  it('reads a first line of run-together capitals after a colon in one pass (was 1 s at 80 characters)', () => {
    const text = `Fjellby: ${'Ab'.repeat(2000)},\n\nMR. DAHL: Thank you.\n\nTHE CHAIR: We close.`;
    expect(
      cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'meeting-transcript' })),
    ).toBeLessThan(BOUND_MS);
  });
});
