// A person put in a town by one source and said by another not to have gone there: "the delegation
// in Castelna included Foreign Minister Solberg" / "Solberg, who did not travel to Castelna". Invented
// lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { placedPeople } from '../../src/evidence/personAtPlace.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const placed = (text: string) =>
  placedPeople({ ...sentencePassage(text), names: [] }, roster).map(
    (x) => `${x.person} ${x.town} ${x.there}`,
  );

describe('a person in a town, or not', () => {
  it('reads who was in a town and who did not go there', () => {
    expect(
      placed('The Norland delegation in Castelna also included Foreign Minister Ingrid Solberg.'),
    ).toEqual(['solberg Castelna true']);
    expect(
      placed('Foreign Minister Ingrid Solberg, who did not travel to Castelna, followed the talks.'),
    ).toEqual(['solberg Castelna false']);
  });

  it('reads no stay where the town is denied, or far from the person', () => {
    expect(placed('Ingrid Solberg was not seen, and nor was anyone in Castelna.')).toEqual([]);
    expect(placed('Ingrid Solberg spoke of the river.')).toEqual([]);
  });

  it('flags a person in the town against a source saying the person did not go there', () => {
    const wire = doc(
      'a',
      'The Norland delegation in Castelna also included Foreign Minister Ingrid Solberg.',
      'news',
      '2031-03-04',
    );
    const explainer = doc(
      'b',
      'Foreign Minister Ingrid Solberg, who did not travel to Castelna, followed the talks from home.',
      'news',
      '2031-03-08',
    );
    expect(kinds(wire, explainer)).toEqual(['participants ab']);
    const otherTown = doc(
      'c',
      'Foreign Minister Ingrid Solberg, who did not travel to Belhaven, followed the talks.',
      'news',
      '2031-03-08',
    );
    expect(kinds(wire, otherTown)).toEqual([]);
  });

  it('reads no denial in a plan: "will not travel" or "would not go"', () => {
    expect(
      placed('Ingrid Solberg will not travel to Castelna for the next session, her aides said.'),
    ).toEqual([]);
    expect(placed('Ingrid Solberg would not go to Castelna unless the agenda changed.')).toEqual([]);
  });

  it('flags no stay against a denial of another round, day or occasion', () => {
    const later = doc(
      'a',
      'Foreign Minister Ingrid Solberg was in Castelna for the third round of talks on Thursday.',
      'news',
      '2031-03-06',
    );
    const earlier = doc(
      'b',
      'Foreign Minister Ingrid Solberg did not travel to Castelna for the second round, which closed on Sunday.',
      'news',
      '2031-03-02',
    );
    expect(kinds(later, earlier)).toEqual([]);
    const signing = doc(
      'c',
      'Foreign Minister Ingrid Solberg was in Castelna for the signing.',
      'news',
      '2031-03-04',
    );
    const talks = doc(
      'd',
      'Foreign Minister Ingrid Solberg did not travel to Castelna for the talks.',
      'news',
      '2031-03-06',
    );
    expect(kinds(signing, talks)).toEqual([]);
    const plan = doc(
      'e',
      'Foreign Minister Ingrid Solberg will not travel to Castelna for the follow-up meeting, her office said.',
      'news',
      '2031-03-06',
    );
    expect(kinds(signing, plan)).toEqual([]);
  });

  it('still flags a stay and a denial of the same day and round', () => {
    const there = doc(
      'a',
      'Foreign Minister Ingrid Solberg was in Castelna for the second round of talks on 3 March.',
      'news',
      '2031-03-04',
    );
    const not = doc(
      'b',
      'Foreign Minister Ingrid Solberg did not travel to Castelna for the second round on 3 March.',
      'news',
      '2031-03-06',
    );
    expect(kinds(there, not)).toEqual(['participants ab']);
  });
});
