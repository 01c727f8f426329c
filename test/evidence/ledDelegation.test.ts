// Leading a delegation on a day (at a place or not) is a round of talks; leading one on no day is
// heading it, no occasion. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a delegation led at a place or on a day', () => {
  it('is the round of talks, dated by its own day', () => {
    expect(events('I led our delegation in Brellow on Monday and Tuesday.', 'meeting-transcript')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(events("The minister led her country's delegation on 27 February, aides said.", 'news')).toEqual([
      ['talks', '2031-02-27'],
    ]);
  });

  it('is no event when the delegation is only headed, or led into something else', () => {
    expect(events('She has led the delegation since the spring and will stay on.', 'news')).toEqual([]);
    expect(events('The minister led the delegation in a walkout on Tuesday.', 'news')).toEqual([]);
    expect(events('I led our delegation in Brellow for three days.', 'meeting-transcript')).toEqual([]);
  });

  it('is no round when the delegation was led at a games or a ceremony, or from a month and year', () => {
    expect(
      events('Lind led the Velland delegation at the Brellow Winter Games closing parade on Sunday.', 'news'),
    ).toEqual([]);
    expect(
      events('The minister led her delegation at the state funeral in Kessel on Monday.', 'news'),
    ).toEqual([]);
    expect(events('Lind has led the Velland delegation from April 2029 onward.', 'news')).toEqual([]);
    // Still a round: a place in capitals; talks at a games are told by their own word.
    expect(events('Lind led the Velland delegation at Port Amsel on Monday.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(
      events(
        'I led our delegation in Brellow on Monday for the final reception round.',
        'meeting-transcript',
      ),
    ).toEqual([['talks', '2031-03-03']]);
    expect(
      events(
        'Lind led the Velland delegation at the Brellow Games on Monday for talks on the river.',
        'news',
      ),
    ).toEqual([['talks', '2031-03-03']]);
  });
});
