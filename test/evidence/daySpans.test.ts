// One reader for a span of days, as an occasion's days and a periodical's issue are written.
import { describe, expect, it } from 'vitest';
import { daySpans } from '../../src/evidence/daySpans.ts';

const shape = (text: string) =>
  daySpans(text).map(({ firstMonth, first, lastMonth, last, year }) => [
    firstMonth,
    first,
    lastMonth,
    last,
    year,
  ]);

describe('a span of days', () => {
  it('reads the day first and the month first, within a month and across two, with or without a year', () => {
    expect(shape('The round runs from 4 to 6 October in Fjellby.')).toEqual([[10, 4, 10, 6, undefined]]);
    expect(shape('on days 8 and 9 of November')).toEqual([[11, 8, 11, 9, undefined]]);
    expect(shape('Issue of 29 September – 5 October 2031')).toEqual([[9, 29, 10, 5, 2031]]);
    expect(shape('October 29–November 2, 2031')).toEqual([[10, 29, 11, 2, 2031]]);
  });

  it('takes no word that only begins like a month for one', () => {
    expect(shape('between 3 and 5 decisions, 2 to 4 marches')).toEqual([]);
  });
});
