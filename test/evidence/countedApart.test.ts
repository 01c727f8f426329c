// Figures of one unit that count two things, found on sets written blind (tuned27, tuned28) and
// tried here on invented lines of the Arvenia–Torvania talks in the houses' own conventions: a
// band's width against a road's length, experts called "persons" against a mission's observers,
// a release told with its remainder against the whole held, a level "not fallen below" a figure,
// a condition set on a loan and a counter-proposal's bulleted terms. Each beside a case that must
// still flag.
import { describe, expect, it } from 'vitest';
import { measureKind } from '../../src/evidence/measureKinds.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { partAndRemainder } from '../../src/evidence/remainderWhole.ts';
import { doc, kinds } from './linkedDocs.ts';

const numberFlags = (a: string, b: string, genreA = 'news', genreB = 'news') =>
  kinds(doc('a', a, genreA as 'news'), doc('b', b, genreB as 'news')).filter((k) => k.startsWith('number'));

describe('a band’s width and a line’s length', () => {
  const kindOf = (text: string) => measureKind(text, quantities(text)[0]!);
  it('reads which a distance is', () => {
    expect(kindOf('a demilitarised zone extending 10 kilometres on either side of the Vell line')).toBe(
      'width',
    );
    expect(kindOf('We support a 25-kilometre-wide buffer zone along the river.')).toBe('width');
    expect(kindOf('The railway total length 48 kilometres, the bridge must be repaired first.')).toBe(
      'length',
    );
    expect(kindOf('The Kessel–Drava road, 48 kilometres long, would reopen in June.')).toBe('length');
    expect(kindOf('of which 9 kilometres in the buffer zone')).toBe('length');
    expect(kindOf('The two sides met for 10 kilometres of talks.')).toBeUndefined();
  });

  const zone =
    'The Parties agree to a demilitarised zone extending 10 kilometres on either side of the Vell line, the Norland ministry said.';
  it('sets no zone against a road or a railway', () => {
    expect(
      numberFlags(
        zone,
        'The rebuilt Kessel–Drava road, 48 kilometres long, would reopen to trucks in June, officials said.',
      ),
    ).toEqual([]);
    expect(
      numberFlags(
        zone,
        'The railway total length 48 kilometres, among which 9 kilometres in the buffer zone, engineers said.',
      ),
    ).toEqual([]);
  });
  it('still flags two widths of one zone, and two lengths of one road', () => {
    expect(
      numberFlags(
        zone,
        'The zone will extend 15 kilometres on either side of the Vell line, Torvanian officials said.',
      ),
    ).toEqual(['number ab']);
    expect(
      numberFlags(
        'The Kessel–Drava road, 48 kilometres long, would reopen to trucks in June, officials said.',
        'The 52-kilometre road from Kessel to Drava could reopen this summer, officials said.',
      ),
    ).toEqual(['number ab']);
  });
});

describe('people a generic word counts, of the kind said before it', () => {
  it('sets experts called "persons" against no mission’s observers', () => {
    expect(
      numberFlags(
        'Arvenian and Torvanian experts together 16 persons crossed the Vell bridge on Tuesday under escort of the monitoring mission.',
        'The Union monitoring mission will grow from 120 observers to 200 observers under the revised text.',
      ),
    ).toEqual([]);
  });
});

describe('a release told with its remainder', () => {
  const release =
    'Norland welcomed the release today of nine fishermen of Arvenia, and expressed the hope that the remaining two fishermen will be freed within 48 hours.';
  const briefing =
    'The Secretary-General welcomes the release yesterday of nine fishermen of Arvenia, and looks forward to the release of the two who remain in detention.';
  const apart = (a: string, b: string) => partAndRemainder(a, quantities(a)[0]!, b, quantities(b)[0]!);
  it('is no other count of the whole held', () => {
    const held = 'Torvania has held 11 fishermen of Arvenia since 2 March.';
    expect(apart(release, held)).toBe(true);
    expect(apart(held, briefing)).toBe(true);
  });
  it('still disagrees with a whole its parts do not make, and tells no remainder where none is said', () => {
    expect(apart(release, 'Torvania has held 14 fishermen of Arvenia since 2 March.')).toBe(false);
    expect(
      apart(
        'Torvania released 9 fishermen of Arvenia today.',
        'Torvania released 11 fishermen of Arvenia today.',
      ),
    ).toBe(false);
  });
});

describe('a level said not to have fallen below a figure', () => {
  it('holds of any figure above it, not of one below', () => {
    expect(quantities('the flow has not fallen below 300 cubic metres per second')[0]?.approx).toBe('above');
    const level =
      'The Torvanian embassy recalls that the flow of the Vell at the Kessel gauge has not fallen below 300 cubic metres per second during the talks.';
    expect(
      numberFlags(
        level,
        'The revised text sets the flow of the Vell at the Kessel gauge at 350 cubic metres per second.',
      ),
    ).toEqual([]);
  });
});

describe('a figure set as a condition or as a counter-proposal’s term', () => {
  const text = 'The revised text sets a minimum flow of 350 cubic metres per second at the Kessel gauge.';
  it('takes a condition on a loan for a position', () => {
    expect(
      numberFlags(
        'The Union loan is conditional on the inclusion in the final text of a minimum flow of 400 cubic metres per second at the Kessel gauge.',
        text,
      ),
    ).toEqual([]);
  });
  it('takes the bulleted terms a counter-proposal leads for its position', () => {
    const counter =
      'Ministers adopted a counter-proposal on the Vell basin, annexed to this statement. Its central elements are:\n- a minimum flow of 500 cubic metres per second at the Kessel gauge;\n- a filling period of eight years.';
    expect(numberFlags(counter, text, 'joint-statement' as 'news')).toEqual([]);
  });
  it('still flags the terms a text is said to set', () => {
    expect(
      numberFlags(
        'Under the revised text, the minimum flow at the Kessel gauge is 500 cubic metres per second.',
        text,
      ),
    ).toEqual(['number ab']);
  });
});
