// A deadline's sentence that names the other source's day as well as its own ("extended from
// 10 June to 14 June") tells the move, or two limits, itself: it sets neither day against the
// other source's. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const dateFlags = (...docs: ReturnType<typeof doc>[]) => kinds(...docs).filter((k) => k.startsWith('date'));

describe('a deadline told with both days', () => {
  const old = doc('a', 'Arvenia and Torvania must submit their written replies to the mediator by 10 June.');

  it('raises no date flag against the day it was moved from', () => {
    const moved = doc(
      'b',
      'The deadline for the written replies of Arvenia and Torvania to the mediator was extended from 10 June to 14 June.',
    );
    expect(dateFlags(old, moved)).toEqual([]);
  });

  it('still flags another day for the same deadline', () => {
    const other = doc(
      'b',
      'Arvenia and Torvania must submit their written replies to the mediator by 14 June.',
    );
    expect(dateFlags(old, other)).toEqual(['date ab']);
  });
});
