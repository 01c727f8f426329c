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
});
