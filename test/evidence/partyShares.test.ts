// A party's share of a named whole, in any unit, counts another thing than the whole or another kind
// of it; two figures for the whole, or for one party's share, may still disagree. Invented sentences
// about the Arvenia–Torvania trade talks, as a wire story and a briefing put them.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe("a party's share of a whole", () => {
  it('is not set against the whole or another kind of it', () => {
    const share = doc(
      'a',
      "Arvenia's share of the wheat quota is put at 400,000 tonnes, a paper seen by the wire says.",
    );
    expect(
      kinds(
        share,
        doc('b', 'The trade track in Fjellby is working with a wheat quota of 1.5 million tonnes a year.'),
      ),
    ).toEqual([]);
    expect(
      kinds(share, doc('b', 'The annex sets a barley quota of 90,000 tonnes a year for imports.')),
    ).toEqual([]);
  });

  it('still flags two figures for the whole, and one share given two figures', () => {
    expect(
      kinds(
        doc('a', 'The trade track in Fjellby is working with a wheat quota of 1.5 million tonnes a year.'),
        doc('b', 'The annex in Fjellby sets a wheat quota of 1.2 million tonnes a year for imports.'),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc(
          'a',
          "Arvenia's share of the wheat quota is put at 400,000 tonnes, a paper seen by the wire says.",
        ),
        doc('b', "In Fjellby, Arvenia's wheat quota will be 300,000 tonnes a year, the annex says."),
      ),
    ).toEqual(['number ab']);
  });
});
