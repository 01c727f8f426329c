// A vote's tally as a chamber's record, a ministry's release and a regional paper give it: one
// figure alike and the other not is one vote misreported; alike in neither, two votes.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/passages.ts';
import { tallyOf } from '../../src/evidence/voteTally.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const passage = (text: string) => ({ text }) as Passage;

describe("a vote's tally", () => {
  it('is read from a record, a release and a report', () => {
    expect(tallyOf(passage('Ayes 112, Noes 61, Abstentions 9'), roster)).toEqual([112, 61]);
    expect(tallyOf(passage('The Assembly ratified the accord by 112 votes to 61.'), roster)).toEqual([
      112, 61,
    ]);
    expect(tallyOf(passage('The bill passed with 1,204 in favour and 340 against.'), roster)).toEqual([
      1204, 340,
    ]);
    expect(tallyOf(passage('The Assembly has 180 members.'), roster)).toBeUndefined();
  });

  const release = doc(
    'a',
    'The signature follows the ratification of the accord by the Arvenian Assembly on Thursday by 112 votes to 61.',
    'press-release',
    '2031-05-16',
  );
  it('flags one figure misreported', () => {
    const report = doc(
      'b',
      'The accord cleared the Arvenian Assembly last week by 112 votes to 59, after a long debate.',
      'news',
      '2031-05-20',
    );
    expect(kinds(release, report)).toEqual(['number ab']);
  });

  it('does not flag the same tally, or a tally alike in neither figure (another vote)', () => {
    const same = doc('b', 'Ayes 112, Noes 61, Abstentions 9', 'meeting-transcript', '2031-05-14');
    expect(kinds(release, same)).toEqual([]);
    const other = doc(
      'b',
      'The Torvanian Council approved its own bill on Vell river water by 40 votes to 12.',
      'news',
      '2031-05-20',
    );
    expect(kinds(release, other)).toEqual([]);
  });
});
