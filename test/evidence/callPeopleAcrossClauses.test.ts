// One call that two sources date a day apart, where neither clause names all its people: one
// names three on the line, the other one of them in the call's clause and the rest after a comma
// ("a conversation of President Varin with the Arvenian leader, President Kostal, …"). Every person
// either clause names is in the other's sentence: one call, and one of the days is wrong.
// Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('one call whose people each source names across its sentence', () => {
  const readout = doc(
    'a',
    'President Mira Kostal held a telephone conversation today with President Oleg Varin and special envoy Henrik Dahl.',
    'readout',
    '2031-03-04',
  );

  it('flags the day given a day apart', () => {
    const other = doc(
      'b',
      'On 5 March took place a telephone conversation of President Oleg Varin with the Arvenian leader, President Mira Kostal, and with the envoy of Norland, Henrik Dahl.',
      'readout',
      '2031-03-05',
    );
    expect(kinds(readout, other)).toEqual(['date ab']);
  });

  it('does not flag a call with someone the first call did not have', () => {
    const other = doc(
      'b',
      'On 5 March took place a telephone conversation of President Oleg Varin with the Norland foreign minister, Ingrid Solberg.',
      'readout',
      '2031-03-05',
    );
    expect(kinds(readout, other)).toEqual([]);
  });
});
