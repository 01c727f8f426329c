// One call told a day apart where one account names one of its two people in the call's clause and
// the other outside it ("Arvenia's president, Kostal, telephoned Torvania's president, Varin, on …"):
// both tell the same two on the line, and one of the days is wrong, though a source tells of
// another call of one of them on another day. Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('one call, one of its two people named outside its clause', () => {
  const readout = doc(
    'a',
    'President Mira Kostal held a telephone conversation with President Oleg Varin on 3 March. On 6 March, Foreign Minister Ingrid Solberg spoke with President Oleg Varin by telephone.',
    'readout',
    '2031-03-09',
  );

  it('flags the day given a day apart', () => {
    const wire = doc(
      'b',
      "Arvenia's president, Mira Kostal, telephoned Torvania's president, Oleg Varin, on Wednesday 4 March, three diplomats briefed on the exchange told this newspaper.",
      'news',
      '2031-03-10',
    );
    expect(kinds(readout, wire)).toEqual(['date ab']);
  });

  it('does not flag a call of the one named with someone else', () => {
    const other = doc(
      'b',
      "Norland's foreign minister, Ingrid Solberg, telephoned Torvania's president, Oleg Varin, on Wednesday 4 March, three diplomats briefed on the exchange told this newspaper.",
      'news',
      '2031-03-10',
    );
    expect(kinds(readout, other)).toEqual([]);
  });
});
