// Who was "on the line" is read per verb, and each verb once read the mentions of the whole text
// before it again: 116,000 characters of such sentences took 3 s, the square of their number.
import { describe, expect, it } from 'vitest';
import { onTheLine } from '../../src/evidence/onTheLine.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 2000;

describe('many calls told by who was on the line', () => {
  const text = 'Arvenia was on the line. Ingrid Solberg was not on the call. '.repeat(2000);

  it('still reads each of them, present and absent', () => {
    const found = onTheLine(text, roster);
    expect(found).toHaveLength(4000);
    expect(found.slice(0, 2).map((f) => f.present)).toEqual([true, false]);
  });

  it('reads 120,000 characters of them without reading the text before each again', () => {
    expect(cpuMs(() => onTheLine(text, roster))).toBeLessThan(BOUND_MS);
  });
});
