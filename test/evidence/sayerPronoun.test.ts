// "X stated that she had spoken by telephone with Y": the that-clause's "he" or "she" is the
// one who says it, so the call is X's and Y's, and a source dating it a day apart disagrees.
// The one told ("told Dahl that he had met …") is not at the event, and another call of the
// sayer's with someone else stays apart.
import { describe, expect, it } from 'vitest';
import { withSayer } from '../../src/evidence/sayerPronoun.ts';
import { doc, kinds } from './linkedDocs.ts';

const says = (clause: string, verb: string) => {
  const index = clause.indexOf(verb);
  return withSayer(clause, Object.assign([verb], { index }) as unknown as { index: number; 0: string })
    .replace(/\s+/g, ' ')
    .trim();
};

describe('a that-clause led by he or she', () => {
  it('keeps the sayer beside the clause, without the verb and its audience', () => {
    expect(says('Minister Solberg stated that she had spoken with Varin', 'stated that')).toBe(
      'Minister Solberg she had spoken with Varin',
    );
    expect(says('Dahl told President Kostal that he had met Varin', 'told President Kostal that')).toBe(
      'Dahl he had met Varin',
    );
    // Another subject: the clause alone, as before.
    expect(says('Dahl said that the presidents had met', 'said that')).toBe('the presidents had met');
  });

  it('flags one call dated a day apart when one source reports it through the sayer (readout, communiqué)', () => {
    const readout = doc(
      'readout',
      'On 5 March 2031, Foreign Minister Ingrid Solberg held a telephone conversation with President Oleg Varin of Torvania.',
      'readout',
      '2031-03-05',
    );
    const communique = doc(
      'communique',
      'Minister Solberg also stated that she had spoken by telephone with President Varin on March 4 and that both sides had agreed to aim for signing by March 20.',
      'joint-statement',
      '2031-03-07',
    );
    expect(kinds(readout, communique)).toEqual(['date readoutcommunique']);
  });

  it('keeps apart a call of the sayer with someone else, and one the audience was told of', () => {
    const readout = doc(
      'readout',
      'On 5 March 2031, Foreign Minister Ingrid Solberg held a telephone conversation with President Oleg Varin of Torvania.',
      'readout',
      '2031-03-05',
    );
    const other = doc(
      'wire',
      'Solberg told reporters on Friday that she had spoken by telephone with President Kostal on March 4.',
      'news',
      '2031-03-07',
    );
    const told = doc(
      'wire2',
      'Varin told Foreign Minister Solberg on Friday that he had spoken by telephone with President Kostal on March 4.',
      'news',
      '2031-03-07',
    );
    expect(kinds(readout, other)).toEqual([]);
    expect(kinds(readout, told)).toEqual([]);
  });
});
