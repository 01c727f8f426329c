// A visit is told by where it went: two sources that send people to two towns in one week tell
// two trips, however alike their words; two that name one town may tell one.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('visits told by where they went', () => {
  it('keeps apart trips to two towns in one week, and links two reports of one trip', () => {
    const week = doc(
      'week',
      'The Commissioner, who visited Harlow and two camps for displaced families last week, asked to be heard.',
      'news',
      '2031-03-18',
    );
    const day = doc('day', 'The envoy was in Dunmere yesterday.', 'meeting-transcript', '2031-03-17');
    expect(eventPairs([week, day])).toEqual([]);
    const again = doc(
      'again',
      'The Commissioner visited Harlow on Tuesday, her office said.',
      'news',
      '2031-03-13',
    );
    expect(eventPairs([week, again])).toEqual(['again-week']);
  });
});
