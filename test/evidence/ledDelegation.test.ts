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
});
