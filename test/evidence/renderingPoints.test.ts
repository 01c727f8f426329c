// How many two renderings of one sentence speak of (renderingPoints.ts): one captive against
// all of them is a change of substance; a quantifier both give, or neither, is none.
import { describe, expect, it } from 'vitest';
import { quantityApart } from '../../src/evidence/renderingPoints.ts';

describe('how many two renderings speak of', () => {
  it('sets "the first" or "a single" against "every" or "all"', () => {
    expect(
      quantityApart(
        'nothing moves before the first hostage is home',
        'nothing moves until every hostage is home',
      ),
    ).toBe(true);
    expect(quantityApart('all the crossings will open', 'a single crossing will open')).toBe(true);
  });
  it('takes a quantifier both give, or neither gives, for no difference', () => {
    expect(quantityApart('not a single gun until all are home', 'no gun until everyone is home')).toBe(false);
    expect(quantityApart('every crossing will open', 'each crossing will open')).toBe(false);
    expect(quantityApart('the crossings will open', 'the gates will open')).toBe(false);
  });
});
