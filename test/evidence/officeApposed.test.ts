// A press release names its speakers with their office set off by commas before the verb ("Name,
// General Counsel, added:"): the words are the name's, the office only describes them. Near miss:
// a name in apposition to an office that opens the sentence is still the subject. Texts invented.
import { describe, expect, it } from 'vitest';
import { quotedInWire } from './quotesRead.ts';

describe('an office set off by commas between a name and its verb', () => {
  it("gives the words to the name, the office's words being no second candidate", () => {
    expect(
      quotedInWire('Ingrid Solberg, General Counsel, added: "No lender should run the tribunal."'),
    ).toEqual([['solberg', 'No lender should run the tribu']]);
    expect(
      quotedInWire('Ada Lindqvist, Chief Executive of Fjord Metals, said: "Our engineers know every pit."'),
    ).toEqual([['Ada Lindqvist', 'Our engineers know every pit.']]);
  });

  it('keeps the name an opening office puts in apposition', () => {
    expect(quotedInWire('The spokesman, Pavel Surin, said: "The annex is ready."')).toEqual([
      ['surin', 'The annex is ready.'],
    ]);
    expect(
      quotedInWire('A spokesman for the Citadel, Colonel Pavel Surin, added: "There was no hotline."'),
    ).toEqual([['surin', 'There was no hotline.']]);
  });
});
