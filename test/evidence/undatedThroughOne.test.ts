// An undated mention joined to a dated report through a third one (sameEventThrough.ts):
// one loose match alone does not merge two occasions.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { eventPairs } from './linkedDocs.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published: string) => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});

const chaired = doc(
  'b',
  'Kostal and Varin met in Osterby on Tuesday, with Henrik Dahl in the chair.',
  '2031-03-05',
);
// Undated, and placed: it fits any occasion in that town.
const mention = doc('c', 'The meeting in Osterby had been useful, a Torvanian official said.', '2031-03-06');

describe('an undated report tied to a dated one through a third', () => {
  it('is not joined through a single third report to a dated one that names none of its places', () => {
    const unplaced = doc('a', 'Mira Kostal and Oleg Varin met on 4 March 2031.', '2031-03-05');
    expect(eventPairs([unplaced, chaired, mention])).toEqual(['a-b', 'b-c']);
  });

  it('is joined where both name one place', () => {
    const placed = doc('a', 'Mira Kostal and Oleg Varin met in Osterby on 4 March 2031.', '2031-03-05');
    expect(eventPairs([placed, chaired, mention])).toContain('a-c');
  });

  it('is joined where two reports each tie both', () => {
    const unplaced = doc('a', 'Mira Kostal and Oleg Varin met on 4 March 2031.', '2031-03-05');
    const another = doc(
      'd',
      'Kostal and Varin met in Osterby on 4 March, their second meeting in a week.',
      '2031-03-07',
    );
    expect(eventPairs([unplaced, chaired, mention, another])).toContain('a-c');
  });
});
