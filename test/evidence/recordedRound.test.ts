// A round a record tells as done without a day of its own is dated by the record alone: it ran in
// the week before. Another source's round of that week, at one place or of one number, is that
// round; one at another place, or weeks before, is not. Invented sentences about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs, kinds } from './linkedDocs.ts';

const record = (sentence: string) => doc('b', sentence, 'meeting-transcript', '2031-03-17');
const opened = (sentence: string, published = '2031-03-11') => doc('a', sentence, 'press-release', published);

describe('a round a record tells as done, with no day', () => {
  it('is the round another source dates in the week before, at one place', () => {
    expect(
      eventPairs([
        opened('The second round of talks between Arvenia and Torvania opened in Kessel on 10 March.'),
        record('Since then, the second round in Kessel has ended, and the delegations have gone home.'),
      ]),
    ).toEqual(['a-b']);
  });

  it('gives the round no day of its own to set against the other source’s', () => {
    const told = [
      opened('The second round of talks between Arvenia and Torvania opened in Kessel on 10 March.'),
      record('Since then, the second round in Kessel has ended, and the delegations have gone home.'),
    ];
    expect(kinds(...told)).toEqual([]);
  });

  it('is not a round at another place, nor one weeks before the record', () => {
    expect(
      eventPairs([
        opened('The second round of talks between Arvenia and Torvania opened in Fjellby on 10 March.'),
        record('Since then, the round in Kessel has ended, and the delegations have gone home.'),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        opened('The talks between Arvenia and Torvania opened in Kessel on 20 February.', '2031-02-21'),
        record('Since then, the round in Kessel has ended, and the delegations have gone home.'),
      ]),
    ).toEqual([]);
  });
});
