// A round of talks recalled by where and when it sat ("following the talks in Ossel last weekend")
// is an occasion that happened: read as talks at that place, on no day the record gives it. By its
// place alone it stays a reference. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a round recalled by its place and time', () => {
  it('reads the round named after "after" or "following" with its place and a past time', () => {
    expect(events('The ministers reviewed the map following the talks in Ossel last weekend.')).toEqual([
      ['talks', null],
    ]);
    expect(
      events('The mediators redrafted the plan after the second round at Kerrow Lodge last month.', 'news'),
    ).toEqual([['talks', null]]);
  });

  it('is not dated by a day the sentence gives another act', () => {
    const later = events(
      'After the talks in Ossel last weekend, the ministry issued a statement on Monday.',
      'news',
    );
    expect(later.filter(([kind]) => kind === 'talks')).toEqual([['talks', null]]);
  });

  it('gives way to a sitting the same sentence reports', () => {
    const kinds = events('The two ministers met in Kerrow after the round in Ossel last weekend.').map(
      ([k]) => k,
    );
    expect(kinds).toEqual(['meeting']);
  });

  it('reads no round named only by its place, by a month, or by neither', () => {
    expect(events('The mediators redrafted the plan after the second round in Ossel.')).toEqual([]);
    expect(events('The text was shortened after the talks in March.', 'news')).toEqual([]);
    expect(events('The mediators redrafted the plan after the second round.', 'news')).toEqual([]);
  });
});
