// A text written in a party's own office, named by the party's adjective ("written in the
// Torvanian foreign ministry"), is that party's text as one written in its capital is; a venue
// with no party's adjective names no author. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const mediators = doc(
  'a',
  'The envoy said the Vell framework had been prepared by the Norland mediation team in Fjellby.',
  'news',
  '2031-03-05',
);

describe('a text written in a party’s office', () => {
  it('flags "written in the Torvanian foreign ministry" against the mediators as its authors', () => {
    const office = doc(
      'b',
      'Opposition deputies say the Vell framework was written in the Torvanian foreign ministry and only stamped in Fjellby.',
      'news',
      '2031-03-07',
    );
    expect(kinds(mediators, office)).toEqual(['authorship ab']);
  });

  it('names no author for a venue no party’s adjective names', () => {
    const venue = doc(
      'b',
      'Opposition deputies say the Vell framework was written in the Grand Hotel over two nights last week.',
      'news',
      '2031-03-07',
    );
    expect(kinds(mediators, venue)).toEqual([]);
  });

  it('names no author for a party’s manner, language or format the text was written in', () => {
    for (const manner of [
      'Commentators say the Vell framework was drafted in the Arvenian style of terse legal prose.',
      'Commentators say the Vell framework was written in the Union template for such accords.',
    ])
      expect(kinds(mediators, doc('b', manner, 'news', '2031-03-07')), manner).toEqual([]);
  });
});
