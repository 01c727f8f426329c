// A deadline set by a period ("mid-April", "the first half of April") against one set by a day:
// the day must fall within the period for the two to agree. "The end of March" is 31 March.
// Documents invented for the test: a presidency readout, a wire, a ministry post.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const readout = doc(
  'a',
  'The President noted that the deadline for a ceasefire along the Vell line is March 31.',
  'readout',
);
const wire = (when: string) =>
  doc('b', `The deadline for a ceasefire along the Vell line is ${when}, the Citadel said.`);

describe('a deadline set by a period, against one set by a day', () => {
  it('is flagged when the day falls outside the period', () => {
    expect(kinds(readout, wire('mid-April'))).toEqual(['date ab']);
    expect(kinds(readout, wire('the first half of April'))).toEqual(['date ab']);
  });

  it('agrees when the day falls within it', () => {
    expect(kinds(readout, wire('the end of March'))).toEqual([]);
    const post = doc('c', 'The ceasefire deadline along the Vell line is 18 April, the ministry said.');
    expect(kinds(wire('mid-April'), post)).toEqual([]);
  });
});
