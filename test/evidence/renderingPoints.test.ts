// How many two renderings of one sentence speak of (renderingPoints.ts): one captive against
// all of them, or a thing done in the main against done whole, is a change of substance; a
// quantifier or a degree both give, or neither, is none.
import { describe, expect, it } from 'vitest';
import { degreeApart, quantityApart } from '../../src/evidence/renderingPoints.ts';

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

describe('how far two renderings say a thing is done', () => {
  it('sets "basically" or "largely" against "fully" or "word for word"', () => {
    expect(degreeApart('the annex is agreed, basically', 'the annex is fully agreed')).toBe(true);
    expect(degreeApart('the clause is our text word for word', 'the clause is largely our text')).toBe(true);
  });
  it('takes a degree both give, or neither gives, for no difference', () => {
    expect(degreeApart('the annex is fully agreed', 'the annex is completely agreed')).toBe(false);
    expect(degreeApart('the annex is largely agreed', 'the annex is mostly agreed')).toBe(false);
    expect(degreeApart('the annex is agreed', 'the annex is fully agreed')).toBe(false);
  });
});
