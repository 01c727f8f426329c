// A running total and one operation's count: Hansard's "Since January, 310 detainees have been
// released" and a release's "62 were released today" count two things, the whole so far and one part
// of it. Two totals of one week still disagree. Invented sentences in several house styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('a running total against one operation', () => {
  it("gives no number flag for the total so far against the day's release", () => {
    expect(
      kinds(
        doc(
          'a',
          'Ms Dunn: Since January, 310 detainees have been released in five operations.',
          'meeting-transcript',
          '2031-05-12',
        ),
        doc(
          'b',
          'The ICRC today facilitated the release of 62 detainees from Torvania to Arvenia.',
          'press-release',
          '2031-05-14',
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', 'In total, 310 detainees have been released this year.', 'news', '2031-05-12'),
        doc(
          'b',
          'Torvania released 62 detainees today, bringing the total since January to 372.',
          'social',
          '2031-05-14',
        ),
      ),
    ).toEqual([]);
  });

  it("still flags two totals of one week, and two counts of one day's release", () => {
    expect(
      kinds(
        doc('a', 'Since January, 372 detainees have been released.', 'news', '2031-05-14'),
        doc('b', 'Since January, 310 detainees have been released.', 'news', '2031-05-14'),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc('a', 'Torvania released 62 detainees today.', 'news', '2031-05-14'),
        doc('b', 'Torvania released 48 detainees today, the ministry said.', 'news', '2031-05-14'),
      ),
    ).toEqual(['number ab']);
  });
});
