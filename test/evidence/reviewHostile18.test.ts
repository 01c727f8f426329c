// Input built against patterns added in session 18: each once read a run of spaces once per space.
import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../src/evidence/periodLabels.ts';
import { readoutActs } from '../../src/evidence/readoutActs.ts';
import { cpuMs, linkTwiceCpuMs } from './timedRuns.ts';

const BOUND_MS = 2000;
describe('session 18 patterns on hostile input', () => {
  it("links a readout's sentence with a 100,000-character run of spaces in one pass (was 13 s)", () => {
    for (const space of [' ', '\t', '\u00a0']) {
      const line = `The Prime Minister welcomed the talks${space.repeat(100_000)}in Drava.`;
      expect(linkTwiceCpuMs(`${line}\n`)).toBeLessThan(BOUND_MS);
    }
  });

  it('still cuts a readout sentence at each later act, after a run of spaces too', () => {
    const sentence =
      'The Prime Minister welcomed the plan   and  stressed the need for calm, and urged restraint.';
    expect(readoutActs(sentence).map((a) => sentence.slice(...a.at).trim())).toEqual([
      'The Prime Minister welcomed the plan',
      'stressed the need for calm',
      'urged restraint.',
    ]);
  });

  it("reads a hearing's label with a long run of spaces between its capitals in one pass (was 0.75 s at 20,000)", () => {
    const paragraph = `The AB${' '.repeat(100_000)}CD. Thank you.`;
    expect(cpuMs(() => periodLabel(paragraph, () => true))).toBeLessThan(BOUND_MS);
  });

  it('still drops "pro tempore" from the name of a label after one space or several', () => {
    expect(periodLabel('The SPEAKER pro tempore. The House will be in order.', () => true)?.name).toBe(
      'The SPEAKER',
    );
    expect(periodLabel('The SPEAKER  pro \ttempore. The House will be in order.', () => true)?.name).toBe(
      'The SPEAKER',
    );
  });
});
