// Who a sentence says wrote a text, found misread on sets written blind (tuned27, tuned28) and
// tried on invented lines of the Arvenia–Torvania talks: the agent after "by" named by office ("the
// Mediator") with a party named elsewhere in the sentence; a text owned by a possessive ("the
// mediator's text") beside a party that asked for something; an annex against a proposal; and the
// one text of several a passive of writing governs. Each beside a flag that must stand.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const authorship = (a: string, b: string, genreA = 'press-release', genreB = 'news') =>
  kinds(doc('a', a, genreA as 'news'), doc('b', b, genreB as 'news')).filter((k) =>
    k.startsWith('authorship'),
  );

const drafted = 'The nine-point text was drafted entirely by the legal team of the Norland foreign ministry.';

describe('the agent of writing, not a party named elsewhere', () => {
  it('reads the Mediator after "by" as the author, not the party that engaged with the text', () => {
    expect(
      authorship(
        'The President conveyed that Torvania has engaged constructively with the nine-point text presented by the Mediator and underlined that the date of 20 March 2031 for the written responses of both delegations remains unchanged.',
        drafted,
      ),
    ).toEqual([]);
  });
  it('reads the owner of "the mediator’s text", not the party that asked for more', () => {
    expect(
      authorship(
        'The Deputy is right that the figure in the mediator’s text is well below what Arvenia has asked for, which is 500.',
        drafted,
        'meeting-transcript',
      ),
    ).toEqual([]);
  });
  it('still flags a text said drafted by another party', () => {
    expect(
      authorship('The nine-point text was drafted by Torvanian lawyers in the Citadel.', drafted),
    ).toEqual(['authorship ab']);
  });
});

describe('two texts of one negotiation', () => {
  const annex =
    'The railway annex was drafted by Norland officials of the facilitation team at the request of both parties.';
  it('sets an annex against no proposal', () => {
    expect(
      authorship(annex, 'The so-called Union proposal was written in Kessel, whatever the communiqué says.'),
    ).toEqual([]);
  });
  it('gives the author to the text its passive governs', () => {
    expect(
      authorship(
        'Solberg said that the proposal "completes what is missing," in reference to the plan presented by Torvania.',
        'The Union proposal was prepared by the Union in consultation with its members.',
      ),
    ).toEqual([]);
  });
  it('still flags two authors of the annex', () => {
    expect(
      authorship(
        annex,
        'Between us, the railway annex was basically written by the Arvenian transport ministry.',
        'press-release',
        'social',
      ),
    ).toEqual(['authorship ab']);
  });
});
