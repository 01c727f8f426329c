// An office and the name in apposition after a quotation, before the verb: '"…," the council's
// spokesperson, Ada Lind, told the radio.' The name speaks, not the office's holder on the roster nor
// the body the possessive names. Near miss: an office with no name after it stays the speaker.
import { describe, expect, it } from 'vitest';
import { quotedInWire as wire } from './quotesRead.ts';

describe('an office then the name in apposition, before the verb', () => {
  it('gives the words to the name', () => {
    expect(
      wire(`"We heard it on the radio first," the council's spokesperson, Ada Lind, told Vell Radio.`),
    ).toEqual([['Ada Lind', 'We heard it on the radio first']]);
    expect(wire(`"We heard it on the radio first," Torvania's spokesman, Ada Lind, said on Monday.`)).toEqual(
      [['Ada Lind', 'We heard it on the radio first']],
    );
  });

  it('keeps the office when no name follows it', () => {
    expect(wire(`"We heard it on the radio first," Torvania's spokesman said on Monday.`)).toEqual([
      ['Torvania', 'We heard it on the radio first'],
    ]);
  });
});
