// Two sources that set a limit on the same day, one saying what is due and the other only that
// it is the deadline ("NEW DEADLINE IS MARCH 21" in a leader's post, "sign no later than March 21"
// in a readout): one limit, though they share no party and no word. Two limits on one day
// for two things each names (a release and a pull-back) stay apart.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('limits on one day', () => {
  it("links a leader's post in capitals and a readout on the same day", () => {
    const post = doc('post', 'GREAT PROGRESS. NEW DEADLINE IS MARCH 21!', 'social', '2031-03-13');
    const readout = doc(
      'readout',
      'The President called on both sides to sign the framework no later than March 21.',
      'readout',
      '2031-03-18',
    );
    expect(eventPairs([post, readout])).toEqual(['post-readout']);
  });

  it('links a joint statement and a post on the same day', () => {
    const statement = doc('statement', 'The deadline is 14 March.', 'joint-statement', '2031-03-05');
    const post = doc('post', 'Our answer to the mediators will be sent by March 14.', 'social', '2031-03-06');
    expect(eventPairs([statement, post])).toEqual(['post-statement']);
  });

  it('keeps apart two limits on one day for two things', () => {
    expect(
      eventPairs([
        doc('a', 'All detainees shall be released by 14 March.', 'joint-statement', '2031-03-05'),
        doc('b', 'Heavy weapons are to be withdrawn from the river line by 14 March.', 'news', '2031-03-06'),
      ]),
    ).toEqual([]);
  });
});
