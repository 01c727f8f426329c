// Two sums of money twice apart or more, or two sizes of a text half as large again and three or
// more parts off, are two things counted; nearer figures may still be two accounts of one.
// Invented sentences about the Arvenia–Torvania talks, as wire stories and a communiqué put them.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('sums of money far apart', () => {
  it('are not set against each other', () => {
    expect(
      kinds(
        doc(
          'a',
          'The donors put EUR 90 million into the Vell valley reconstruction fund, the minister said.',
        ),
        doc('b', 'The donors put EUR 400 million into the Vell valley reconstruction fund, the envoy said.'),
      ),
    ).toEqual([]);
  });

  it('still disagree when one is less than twice the other', () => {
    expect(
      kinds(
        doc(
          'a',
          'The donors put EUR 350 million into the Vell valley reconstruction fund, the minister said.',
        ),
        doc('b', 'The donors put EUR 400 million into the Vell valley reconstruction fund, the envoy said.'),
      ),
    ).toEqual(['number ab']);
  });
});

describe('sizes of a text far apart', () => {
  it('are not set against each other', () => {
    expect(
      kinds(
        doc('a', 'The mediator handed Arvenia and Torvania a 20-point plan for the Vell valley in Kessel.'),
        doc('b', 'The mediator handed Arvenia and Torvania a nine-point plan for the Vell valley in Kessel.'),
      ),
    ).toEqual([]);
  });

  it('still disagree a point or two apart', () => {
    expect(
      kinds(
        doc('a', 'The mediator handed Arvenia and Torvania a 12-point plan for the Vell valley in Kessel.'),
        doc('b', 'The mediator handed Arvenia and Torvania a 14-point plan for the Vell valley in Kessel.'),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc('a', 'The mediator handed Arvenia and Torvania a four-point plan for the Vell valley in Kessel.'),
        doc('b', 'The mediator handed Arvenia and Torvania a six-point plan for the Vell valley in Kessel.'),
      ),
    ).toEqual(['number ab']);
  });
});
