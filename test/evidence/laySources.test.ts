// People news meets who hold no office, described as met ("one fisherman", "a lawyer from a
// neighbouring state"), and the verb translated European press gives an unnamed source ("confides").
// Near misses: a lay noun that is not the subject of the verb, an office ending in "man".
// Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { quotedAfterWireLede as wire } from './quotesRead.ts';

describe('a person the story meets', () => {
  it('is the one described, past an aside on why they are not named', () => {
    expect(
      wire(
        `Traders at the Osterby market fear the deal. One fisherman, who asked that his name be withheld, said: "Nobody weighs our nets."`,
      ),
    ).toEqual([['fisherman', 'Nobody weighs our nets.']]);
  });

  it('is the one described by what they do, before the colon that opens the quotation', () => {
    expect(
      wire(
        `A woman mending nets by the harbour wall said the strike had taught her one thing: "Ports close fast."`,
      ),
    ).toEqual([['woman', 'Ports close fast.']]);
  });

  it('confides the words after the quotation', () => {
    expect(
      wire(
        `"We saw the same pages in two drafts," confides a lawyer from a neighbouring state who asked not to be named.`,
      ),
    ).toEqual([['lawyer', 'We saw the same pages in']]);
  });

  it('is not the speaker when the named person speaks of them', () => {
    expect(wire(`"Ports close faster than they open," Solberg said after meeting a fisherman.`)).toEqual([
      ['solberg', 'Ports close faster than '],
    ]);
  });

  it('leaves an office whose word ends in "man" to the office', () => {
    expect(wire(`"The annex is ours," a German official said.`)).toEqual([
      ['German official', 'The annex is ours,'],
    ]);
  });
});
