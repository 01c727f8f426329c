// A giver's part of a common fund against the fund's size, and two givers' parts, count two things;
// two sizes of the fund, or one giver's part told twice, may still disagree. Invented sentences
// about the Arvenia–Torvania talks, as a wire story, a communiqué and a parliamentary answer put them.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe("a giver's part of a fund", () => {
  it('is not set against the size of the fund', () => {
    expect(
      kinds(
        doc(
          'a',
          'Arvenia has pledged EUR 90 million toward the Vell valley reconstruction fund, the minister said.',
        ),
        doc(
          'b',
          'The communiqué sets up a Vell valley reconstruction fund of EUR 400 million over five years.',
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          "Arvenia's share is EUR 90 million, paid into the Vell valley reconstruction fund over five years.",
        ),
        doc('b', 'The Vell valley reconstruction fund has a target of EUR 400 million over five years.'),
      ),
    ).toEqual([]);
  });

  it('still flags two sizes of the fund, and one giver’s part given two figures', () => {
    expect(
      kinds(
        doc(
          'a',
          'The communiqué sets up a Vell valley reconstruction fund of EUR 400 million over five years.',
        ),
        doc(
          'b',
          'The Vell valley reconstruction fund will hold EUR 350 million over five years, the text says.',
        ),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc(
          'a',
          'Arvenia has pledged EUR 90 million toward the Vell valley reconstruction fund, the minister said.',
        ),
        doc(
          'b',
          'Arvenia will contribute EUR 75 million to the Vell valley reconstruction fund, its ministry said.',
        ),
      ),
    ).toEqual(['number ab']);
  });

  it('is set against a sum told without a reading, which may be the same part told otherwise', () => {
    const pledge = doc(
      'a',
      'Torvania has pledged EUR 120 million to the Vell valley reconstruction fund, its finance minister said.',
    );
    expect(
      kinds(
        pledge,
        doc(
          'b',
          'Torvania will give EUR 200 million in reconstruction aid for the Vell valley, its finance minister said.',
        ),
      ),
    ).toEqual(['number ab']);
    // Told as the pot's size, the other sum is the whole the part is paid into.
    expect(
      kinds(
        pledge,
        doc('b', 'The Vell valley reconstruction fund, worth EUR 450 million, opens in June, the text says.'),
      ),
    ).toEqual([]);
  });
});
