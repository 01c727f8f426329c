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
    expect(read('The draft was revised to 19 points on Friday.', '19')).toEqual({ became: true, by: false });
    expect(read('Torvania cut its force to 400 troops, down from 600.', '400')).toEqual({
      became: true,
      by: false,
    });
  });

  it('reads an amount added or dropped', () => {
    expect(read('The mediator adds three points on transit.', 'three')).toEqual({ became: false, by: true });
    expect(read('It has three points more than the first draft.', 'three')).toEqual({
      became: false,
      by: true,
    });
  });

  it('reads a plain figure as no change', () => {
    expect(read('The revised draft now has 14 points.', '14')).toEqual({ became: false, by: false });
  });
});
