// A figure told as a change is read in one place for every figure and for a text's size: what it
// became, or how much was added or dropped.
import { describe, expect, it } from 'vitest';
import { changeOf } from '../../src/evidence/figureChange.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import type { Passage } from '../../src/evidence/passages.ts';

const read = (text: string, figure: string) => {
  const p = { text, quantities: quantities(text) } as Passage;
  const q = p.quantities.find((x) => x.text.includes(figure))!;
  return changeOf(p, q);
};

describe('a figure told as a change', () => {
  it('reads what a figure became, before or after it', () => {
    expect(read('The draft was revised to 19 points on Friday.', '19')).toEqual({
      became: true,
      by: false,
      was: false,
    });
    expect(read('Torvania cut its force to 400 troops, down from 600.', '400')).toEqual({
      became: true,
      by: false,
      was: false,
    });
  });

  it('reads an amount added or dropped', () => {
    expect(read('The mediator adds three points on transit.', 'three')).toEqual({
      became: false,
      by: true,
      was: false,
    });
    expect(read('It has three points more than the first draft.', 'three')).toEqual({
      became: false,
      by: true,
      was: false,
    });
  });

  it('reads parts a text lost or gained as an amount', () => {
    expect(read('Since spring the proposal has lost four articles and gained an annex.', 'four').by).toBe(
      true,
    );
    expect(read('The charter gained two clauses in the last round.', 'two').by).toBe(true);
  });

  it('reads the figure a change moved from as what it was', () => {
    expect(read('Ports would take 40 per cent of fees, up from 25% under the old rules.', '25').was).toBe(
      true,
    );
    expect(read('The quota was cut from 900 tonnes to 700 tonnes.', '900').was).toBe(true);
    // The figure it became, and a figure merely "from" a place or a party, are not.
    expect(read('Ports would take 40 per cent of fees, up from 25% under the old rules.', '40').was).toBe(
      false,
    );
    expect(read('A grant of 60 million euros from the Fund arrived.', '60').was).toBe(false);
    expect(read('Observers from 12 states attended.', '12').was).toBe(false);
  });

  it('reads a plain figure as no change', () => {
    expect(read('The revised draft now has 14 points.', '14')).toEqual({
      became: false,
      by: false,
      was: false,
    });
  });
});
