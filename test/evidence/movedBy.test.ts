// How far a measure rose or fell ("rents went up by about 30 per cent") is another measure than a
// share or a level ("a quota of 20 percent"): set apart, the two flag nothing. Two movements of one
// measure, or two shares, are still compared.
import { describe, expect, it } from 'vitest';
import { movedBy } from '../../src/evidence/figureChange.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const moved = (text: string) => {
  const p = { text, quantities: quantities(text) } as Passage;
  return p.quantities.map((q) => movedBy(p, q));
};
const numberFlags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .disagreements.filter((d) => d.kind === 'number')
    .map((d) => d.reason);

describe('a figure told as how far a measure moved', () => {
  it('reads a rise or a fall by an amount', () => {
    expect(
      moved('Grain prices in the border towns have gone up by about 30 per cent since the blockade.'),
    ).toEqual([true]);
    expect(moved('Transit revenue fell by 12% in the first quarter.')).toEqual([true]);
    expect(moved('Ministers expect a 15 percent increase in harbour fees.')).toEqual([true]);
  });

  it('reads a share or a level as no movement', () => {
    expect(moved('The accord gives the island fleets 20 percent of the annual quota.')).toEqual([false]);
    expect(moved('The levy was fixed by decree at 15 percent of the fee.')).toEqual([false]);
  });

  it('flags no share against a movement, and still flags two shares', () => {
    const share = doc(
      'a',
      'Under the accord the island fleets would receive 20 percent of the annual quota for the northern bay.',
    );
    const rise = doc(
      'b',
      'Fish prices on the northern bay have risen by about 35 percent since the annual quota for the island fleets was cut.',
    );
    expect(numberFlags(share, rise)).toEqual([]);
    const otherShare = doc(
      'c',
      'Under the accord the island fleets would receive 25 percent of the annual quota for the northern bay.',
    );
    expect(numberFlags(share, otherShare)).toHaveLength(1);
  });
});
