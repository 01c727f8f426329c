// Counts of people: a running total ("so far", "already", "as of") read weeks apart is read at two
// times; the same week two figures for it disagree, "people" standing for the kind the other
// names ("civilians", "detainees"). Invented sentences about the Arvenia–Torvania talks, in the
// styles of two leaders' readouts of one call, a mission's press release and a wire story.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const april = doc(
  'a',
  'The President noted that 1,200 civilians had already returned to their homes in the Vell valley since the beginning of April.',
  'readout',
  '2031-04-27',
);

describe('a running count', () => {
  it('read three weeks later is another reading, not another figure for it', () => {
    const may = doc(
      'b',
      'As of 17 May, the Mission has registered 2,340 civilians who have returned to their homes in the Vell valley.',
      'press-release',
      '2031-05-18',
    );
    expect(kinds(april, may)).toEqual([]);
  });

  it('read the same day by the other side with another figure flags, "people" standing for civilians', () => {
    const other = doc(
      'b',
      'The Prime Minister said that, according to Torvanian records, only about 800 people have so far been able to return to their homes in the Vell valley.',
      'readout',
      '2031-04-27',
    );
    expect(kinds(april, other)).toEqual(['number ab']);
  });

  it('is not set against a count of another kind told ten times smaller', () => {
    const armies = doc(
      'b',
      'Under the draft, the two armies would leave the Vell valley and people could return to their homes.',
      'news',
      '2031-04-27',
    );
    expect(kinds(april, armies)).toEqual([]);
  });
});
