// Who wrote one numbered provision against who wrote the whole text named by its size, and an
// author only asked for: no disagreement on who wrote the text. A word on the whole that leaves no
// part to anyone else still contradicts. Invented sentences in readout, post, wire and hearing styles.
import { describe, expect, it } from 'vitest';
import { partAuthors } from '../../src/evidence/partAuthors.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';

const passage = sentencePassage;

describe('the writer of one provision and the writer of the whole text', () => {
  it('reads a numbered point against a sized text prepared by another as no disagreement', () => {
    const whole =
      "The President reviewed the Norland framework, a 21-point document prepared by the Envoy's team.";
    expect(
      partAuthors(passage(whole), passage('Point 7 on the Vell dam was written by our team, overnight.')),
    ).toBe(true);
    expect(
      partAuthors(
        passage('Clause 4, officials said, was drafted by Arvenian lawyers in May.'),
        passage('Norland tabled a text of 18 points drawn up by its own envoy.'),
      ),
    ).toBe(true);
  });

  it('still reads a word on every line of the text against a provision as a disagreement', () => {
    const every = 'Every line of the 21-point document was written by my team in Fjellby.';
    const entirely = "The 21-point framework is entirely Norland's own work.";
    const part = 'Point 7 was written in Drava.';
    expect(partAuthors(passage(every), passage(part))).toBe(false);
    expect(partAuthors(passage(entirely), passage(part))).toBe(false);
  });

  it('still compares a provision with a text named by a pronoun or unsized', () => {
    expect(partAuthors(passage('It is a Norland text.'), passage('Point 7 was written in Drava.'))).toBe(
      false,
    );
  });

  it('reads an author asked for as none', () => {
    expect(
      partAuthors(
        passage('Senators want to know who wrote this plan and who pays for it.'),
        passage('The plan was written in Drava.'),
      ),
    ).toBe(true);
  });

  it('flags no authorship between a readout on the framework and a post on one of its points', () => {
    const readout = doc(
      'a',
      "The Minister reviewed the Norland framework, a 21-point document prepared by Norland's envoy in recent weeks.",
      'readout',
    );
    const post = doc(
      'b',
      "Point 7 on the Vell dam was written by Torvania's team, overnight, in Fjellby.",
      'social',
    );
    expect(kinds(readout, post).filter((k) => k.startsWith('authorship'))).toEqual([]);
  });
});
