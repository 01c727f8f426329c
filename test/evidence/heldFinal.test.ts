// A party said to hold the negotiated text final ("the accord, which the northern side regards as
// final"; "the council deems the framework final") gives the text a final status for that side,
// set against a side that calls it a working draft. Denied, past or of a procedure's paper, or
// "final" as an adjective of something else, it gives none.
// Invented lines about the Keldmar–Ostrava talks.
import { describe, expect, it } from 'vitest';
import { wholeTextValue } from '../../src/evidence/wholeText.ts';

describe('a text a party holds final', () => {
  it('reads the text held final, in a relative clause or with the text as object', () => {
    expect(
      wholeTextValue('The envoy went through the 9-point accord, which the northern side regards as final.'),
    ).toBe('final');
    expect(wholeTextValue('Keldmar considers the revised framework final, its spokesman said.')).toBe(
      'final',
    );
    expect(wholeTextValue('The council deems the document to be final.')).toBe('final');
  });

  it('reads nothing where the holding is denied, over, of a procedure or of another noun', () => {
    expect(wholeTextValue('No delegation regards the framework as final.')).toBeUndefined();
    expect(wholeTextValue('Ostrava does not consider the accord final.')).toBeUndefined();
    expect(
      wholeTextValue('The accord, which Ostrava no longer considers final, was reopened.'),
    ).toBeUndefined();
    expect(
      wholeTextValue('Reporters asked whether the mediator regards the accord as final, and he smiled.'),
    ).toBeUndefined();
    expect(wholeTextValue('The hosts consider the seating proposal final.')).toBeUndefined();
    expect(wholeTextValue('Keldmar regards the text as final until the vote on Friday.')).toBeUndefined();
    expect(wholeTextValue('Keldmar considers the accord a final offer.')).toBeUndefined();
  });
});
