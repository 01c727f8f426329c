// A source described by the body it works for, which the roster does not know: "A Skarn Harbour
// Board official said …". The body's name qualifies the description; the one who speaks is the
// official, not the board. A person named in the phrase still speaks. A clause that ends on a colon
// over the words' own paragraph gives them to its subject. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (sentence: string) =>
  quotesRead(`VELL NEWS\n\nCarriers account for 9 percent of transits.\n\n${sentence}`, 'story.txt', 31);

describe('a description qualified by an unknown body', () => {
  it('is the described official, before the words and after them', () => {
    expect(
      quotes(
        'A Skarn Harbour Board official said traffic would return "within a month of the handshake," once the pilots are back.',
      ),
    ).toEqual([['Skarn Harbour Board official', 'within a month of the handshake']]);
    expect(
      quotes('A Skarn Harbour Board official said: "Within a month of the handshake, traffic returns."'),
    ).toEqual([['Skarn Harbour Board official', 'Within a month of the handshake']]);
  });

  it('leaves a named speaker to the name', () => {
    expect(
      quotes('Board chairman Jon Ekdal said: "Within a month of the handshake, traffic returns."'),
    ).toEqual([['Jon Ekdal', 'Within a month of the handshake']]);
  });
});

describe("a paragraph ending on a colon over the words' own paragraph", () => {
  it('gives the words to the described subject of the clause, whatever its verb', () => {
    expect(
      quotes(
        'A senior official in Kessel summed up the offer in two lines:\n\n"Nine points we can accept; a tenth we cannot."',
      ),
    ).toEqual([['senior official', 'Nine points we can accept; a te']]);
  });

  it('gives them to no one when the clause has no subject to speak', () => {
    expect(
      quotes('In Kessel on Monday, the mood was grim:\n\n"Nine points we can accept; a tenth we cannot."'),
    ).toEqual([[undefined, 'Nine points we can accept; a te']]);
  });

  it("gives a list's marked items to the one the pronoun over the list stands for", () => {
    const said = quotes(
      'Henrik Dahl spoke in Fjellby.\n\nHe set out what Norland would keep:\n- "No fisher loses a licence before the board has sat."\n- "No one touches the dam, in peace or in war."',
    );
    expect(said.map(([who]) => who)).toEqual(['dahl', 'dahl']);
  });

  it('gives no marked item to the pronoun of a line that introduces nothing', () => {
    const said = quotes(
      'Henrik Dahl spoke in Fjellby.\n\nHe left for Kessel at noon.\n- "No fisher loses a licence before the board has sat."',
    );
    expect(said.map(([who]) => who)).toEqual([undefined]);
  });
});
