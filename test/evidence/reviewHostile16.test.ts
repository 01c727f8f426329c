// Input built against this session's new pair rules: each must stay within a loose bound on a
// loaded machine.
import { describe, expect, it } from 'vitest';
import { periodsApart } from '../../src/evidence/deadlines.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { roster } from './roster.ts';
import { cpuMs, linkTwiceCpuMs } from './timedRuns.ts';

const passage = (text: string) => ({ text }) as Passage;

describe('hostile input, review 16', () => {
  it('links two lists of hundreds of numbered points without reading each point once per pair', () => {
    // Each point's periods ("within N days") were read afresh for every pair: 1.6 times the
    // linking time of the session before. A loose bound: the pair loop itself stays quadratic.
    const list = Array.from({ length: 300 }, (_, i) => `${i + 1}. The parties agree to point ${i + 1}.`).join(
      '\n\n',
    );
    expect(linkTwiceCpuMs(list)).toBeLessThan(6000);
  });

  it('still reads two lengths of one period, and one passage read twice gives the same', () => {
    const a = passage('Heavy weapons shall be withdrawn within 30 days of entry into force.');
    const b = passage('Heavy weapons shall be withdrawn within 21 days of entry into force.');
    const c = passage('The monitors shall report within 21 days after the signing.');
    expect(periodsApart(a, b)).toEqual([30, 21]);
    expect(periodsApart(a, b)).toEqual([30, 21]);
    expect(periodsApart(a, c)).toBeUndefined();
    expect(periodsApart(b, b)).toBeUndefined();
  });

  it('reads "not yet been … settled" once, not by every split of "yet been" (was exponential: 6 s at 28)', () => {
    const hostile = `Arvenia signed first; the order is not ${'yet been '.repeat(40)}x.`;
    expect(cpuMs(() => readSigningOrder(hostile, roster))).toBeLessThan(500);
    // The open order still reads with "yet been" as one run.
    expect(
      readSigningOrder('Arvenia signed first, but the order has not yet been settled.', roster)?.settled,
    ).toBe(false);
  });
});
