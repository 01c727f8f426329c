// The negotiation's signing still ahead, told by two sources on two close days: one signing, one
// of the days wrong. And the place a spokesperson spoke in ("told reporters in Drava that the
// signing …") is where the words were said, not where the signing is. Sentences invented for the
// test, in the house styles of a presidency communiqué, a live blog, a wire and a readout;
// 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { doc, eventPairs, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const placeOf = (text: string) =>
  extractClaims(text, { roster, published: '2031-03-05', genre: 'news' }).flatMap((c) =>
    c.kind === 'event' ? [c.data.place ?? null] : [],
  );

describe('the place a source was speaking in', () => {
  it('is not the place of the event it reports', () => {
    expect(placeOf('Lind told reporters in Drava that the signing will take place on 20 March.')).toEqual([
      null,
    ]);
    // The remark on its own day is an event too (reportedRemarks.ts); neither is in Kessel.
    expect(
      placeOf('Dahl said at a briefing in Kessel on Tuesday that the talks would resume on 9 March.'),
    ).toEqual([null, null]);
  });

  it('keeps the place the event itself is given', () => {
    expect(placeOf('Lind told reporters that the signing will take place in Fjellby on 20 March.')).toEqual([
      'Fjellby',
    ]);
    expect(placeOf('The delegations met in Drava on Monday, Lind said.')).toEqual(['Drava']);
  });
});

describe('a signing ahead dated a day apart by two sources', () => {
  const communique = doc(
    'a',
    'The two Heads of State discussed the preparation of the signing ceremony, which the parties have set for 21 March in Fjellby.',
    'readout',
  );
  const liveBlog = doc(
    'b',
    'Torvania’s spokesperson Ada Lind has told reporters in Drava that the signing will take place on 20 March "as planned".',
  );

  it('is one signing, and its two days are flagged', () => {
    expect(eventPairs([communique, liveBlog])).toEqual(['a-b']);
    expect(kinds(communique, liveBlog)).toContain('date ab');
  });

  it('keeps an initialling and a signing apart', () => {
    const initialling = doc('c', 'The negotiators will initial the text in Fjellby on 20 March.');
    expect(eventPairs([communique, initialling])).toEqual([]);
  });
});
