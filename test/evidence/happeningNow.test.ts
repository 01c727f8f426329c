// An event with no day of its own that the text tells as going on or just done is on the day of
// writing: the present perfect of beginning, ending or issuing, and the present progressive of
// meeting. Sentences invented for the test; read as written on 2031-03-05.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('an event told as just done or going on', () => {
  it('is dated the day of writing in the present perfect', () => {
    expect(
      events(
        "We've just wrapped up, and have just finished three rounds of talks in Harrow with Norland.",
        'news',
      ),
    ).toContainEqual(['talks', '2031-03-05']);
    expect(events('The cabinet office has issued a statement on the corridor.', 'news')).toEqual([
      ['statement', '2031-03-05'],
    ]);
  });

  it('is dated the day of writing in the present progressive of meeting', () => {
    expect(events('The two envoys are meeting in Harrow to close the last chapters.', 'news')).toEqual([
      ['meeting', '2031-03-05'],
    ]);
  });

  it('leaves a meeting named by "is" with no deed undated, and a plan ahead', () => {
    expect(events('The next meeting is in Harrow.', 'news')).toEqual([['meeting', null]]);
    expect(
      events('The two envoys are meeting again after the recess to go over the annex.', 'news'),
    ).not.toContainEqual(['meeting', '2031-03-05']);
    expect(events('The envoys will have finished the talks in Harrow by then.', 'news')).not.toContainEqual([
      'talks',
      '2031-03-05',
    ]);
  });
});
