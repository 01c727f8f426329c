// A week or a month named, then the day in it set off by a comma or a dash (governingDate.ts).
// Sentences invented for the test, in the styles of a wire, a minister's answer and an op-ed; read
// as written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a period narrowed to its day', () => {
  it('dates the event by the day that follows the week or month it names', () => {
    expect(events('The two ministers met earlier this month, on 2 March, in Fjellby.', 'news')).toEqual([
      ['meeting', '2031-03-02'],
    ]);
    expect(events('Lind rang me at the start of the month — on the 3rd — about the river.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
  });

  it('reads a weekday in the week named, not the nearest one', () => {
    expect(events('We met the Kostal delegation last week, on Tuesday, in Drava.', 'news')).toEqual([
      ['meeting', '2031-02-25'],
    ]);
  });

  it('keeps the period where the day after it is another clause or falls outside it', () => {
    expect(
      events('We met in Drava last week, and on Tuesday the talks will resume in Kessel.', 'news'),
    ).toEqual([
      ['meeting', null],
      ['talks', '2031-03-11'],
    ]);
    expect(events('We met in Drava last week, on 2 February, to settle the agenda.', 'news')).toEqual([
      ['meeting', null],
    ]);
    // A day that a subject follows opens a clause of its own: the day is not the week's.
    expect(events('The envoys met last week, on Tuesday Varin phoned Kostal.', 'news')).toEqual([
      ['meeting', null],
      ['call', '2031-03-04'],
    ]);
    expect(
      events('We sat down in Drava last week, on Tuesday the mediators left for Kessel.', 'news'),
    ).toEqual([['meeting', null]]);
  });
});
