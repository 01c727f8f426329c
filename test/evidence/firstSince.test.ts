// "The first call since 12 January", "for the first time since the talks collapsed on 12
// January": the wire's formula names the day of an earlier event to measure the gap; it is not
// the day of the event the sentence reports. Sentences invented for the test, in the house styles
// of a wire lede, a readout and a presidential post; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('the day after "the first ... since"', () => {
  it('is not the day of the event the sentence reports', () => {
    expect(events('The call, the first since January 12, lasted an hour.')).toEqual([['call', '2031-03-05']]);
    expect(events('It was the first meeting between the two leaders since 12 January.')).toEqual([
      ['meeting', '2031-03-05'],
    ]);
    expect(
      events(
        'The two leaders met on Tuesday for the first time since the talks collapsed on 12 January.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-04']]);
    expect(events('Kostal and Varin met in Fjellby, their first meeting since 12 January.', 'news')).toEqual([
      ['meeting', null],
    ]);
  });

  it('leaves the day of the event itself, and "since" with no "first"', () => {
    expect(events('The first phone call since January 12 took place on 4 March.', 'news')).toEqual([
      ['call', '2031-03-04'],
    ]);
    expect(events('Talks have been under way in Fjellby since 12 January.', 'news')).toEqual([
      ['talks', '2031-01-12'],
    ]);
  });
});
