// "In the Torvanian capital" names a capital by its people's adjective: no town that differs
// from the one another source names, so it does not set one meeting apart into two.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('a capital named by its people’s adjective', () => {
  it('links a wire’s talks "in the Torvanian capital" with the talks another source puts in Drava', () => {
    for (const wire of [
      'Negotiators from Arvenia and Torvania began three days of talks in the Torvanian capital on Wednesday.',
      'President Mira Kostal and President Oleg Varin met for five hours in the Torvanian capital on Wednesday.',
    ])
      expect(
        eventPairs([
          doc('wire', wire),
          doc(
            'report',
            'The first day of the Arvenia-Torvania talks with President Mira Kostal and President Oleg Varin ended late on Wednesday in Drava.',
          ),
        ]),
      ).toEqual(['report-wire']);
  });

  it('still keeps apart meetings in two towns named as towns', () => {
    expect(
      eventPairs([
        doc('a', 'President Mira Kostal and President Oleg Varin met for five hours in Lindau on Wednesday.'),
        doc('b', 'President Mira Kostal and President Oleg Varin met in Osterby on Wednesday.'),
      ]),
    ).toEqual([]);
  });
});
