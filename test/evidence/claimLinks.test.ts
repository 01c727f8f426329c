// Claim linking by the general signals: an amount one source gives without its unit, a
// count that points back ("three of them"), a count's year, a meeting's procedure, who
// wrote a text. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningWords } from '../../src/evidence/meaning.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published = '2031-03-05') => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});
const link = (a: string, b: string) => linkSources([doc('a', a), doc('b', b)], roster);

describe('claim links by general signals', () => {
  it('links an amount one source gives without its unit to the same value with one, not to last summer’s count', () => {
    const { links, disagreements } = link(
      'Torvania will release a minimum of 2.4 billion cubic metres of water a year from the Osk reservoir.',
      'Last summer barely 1.1 billion cubic metres reached Arvenia, against the 2.4 billion Torvania now promises as a yearly minimum.',
    );
    expect(links.map((l) => l.reason)).toEqual(['one amount of 2.4 billion cubic metres']);
    expect(disagreements).toEqual([]);
  });

  it('reads "three of them" as a count of the plural before it', () => {
    expect(
      quantities('The Union will run the gauging stations — three of them — and report monthly.'),
    ).toMatchObject([{ value: 3, unit: 'station' }]);
    const { disagreements } = link(
      'The Union will run the gauging stations on the Osk — three of them — and report monthly.',
      'The Union will operate four gauging stations on the Osk.',
    );
    expect(disagreements.map((d) => d.kind)).toEqual(['number']);
  });

  it('does not take a name after a number for what it counts', () => {
    expect(quantities('the 2.4 billion Torvania now promises')).toMatchObject([{ value: 2.4e9, unit: '' }]);
  });

  it('reads no meaning in a record’s procedure: who has the floor, thanks to the chair', () => {
    expect([...meaningWords('The representative of Torvania (Mr. Varin): Thank you, Chair.')]).toEqual([
      'torvania',
      'varin',
    ]);
    expect([...meaningWords('I give the floor to the delegation of Torvania.')]).toEqual([
      'delegation',
      'torvania',
    ]);
    // A floor that is a minimum stays one.
    expect(meaningWords('Two billion cubic metres is a floor.').has('minimum')).toBe(true);
  });

  it('reads who wrote a text from a sentence that says so, not from a text named by its owner', () => {
    const named = link(
      'On the river, Norland’s text speaks of a zone of 15 kilometres.',
      'The framework on the river was drafted by Arvenia’s experts.',
    );
    expect(named.disagreements).toEqual([]);
    const said = link(
      'It is Arvenia’s own draft, whatever Norland says about the river framework.',
      'The river framework was drafted by Norland’s experts.',
    );
    expect(said.disagreements.map((d) => d.kind)).toEqual(['authorship']);
  });

  it('does not link two counts of one noun through a word of time', () => {
    const { links } = link(
      'The data will cover two gauging points downstream for the past twelve months.',
      'The twenty-point framework was drafted after talks over five months.',
    );
    expect(links).toEqual([]);
  });

  it('does not link two distances through the word of their unit alone', () => {
    const { links, disagreements } = link(
      'Arvenia proposed that the zone reach 25 kilometres inland.',
      'Torvania wants patrols limited to 15 kilometres of the coast.',
    );
    expect(links).toEqual([]);
    expect(disagreements).toEqual([]);
  });
});
