// One word a named speaker "described" something "as": their own word, quoted however short. Near
// misses: a name given to a thing ("called the plan a "basis""), a scare quote nobody says. Sentences
// invented for the test.
import { describe, expect, it } from 'vitest';
import { quotedInWire as wire } from './quotesRead.ts';

describe('a word a speaker described something as', () => {
  it("is the speaker's quotation, one word or two", () => {
    expect(wire('Varin described the second day as "constructive" before leaving for Kessel.')).toEqual([
      ['varin', 'constructive'],
    ]);
  });

  it('leaves a name given to a thing and a scare quote unquoted', () => {
    expect(wire('Varin called the plan a "basis" for the next round.')).toEqual([]);
    expect(wire('The so-called "constructive" phase began on Monday.')).toEqual([]);
  });

  it('is the subject of the active verb, an auxiliary or an adverb between them', () => {
    expect(wire('Varin has repeatedly described the second day as "constructive".')).toEqual([
      ['varin', 'constructive'],
    ]);
    expect(wire('Solberg, whom Varin described as "patient", left for Kessel.')).toEqual([
      ['varin', 'patient'],
    ]);
    expect(wire('Varin was describing the talks as "tense" when the lights went out.')).toEqual([
      ['varin', 'tense'],
    ]);
  });

  it('is no word of whoever reports a passive or a relative clause describing', () => {
    // The passive, its describer after "by": the one who reports it did not choose the word.
    expect(
      wire('The second day was described as "chaotic" by Drava papers, Solberg told reporters on Tuesday.'),
    ).toEqual([]);
    expect(wire('Solberg was described as "stubborn" in Drava on Monday.')).toEqual([]);
    // A relative clause inside the reported speech, or in a clause before the speaker: others' word.
    expect(wire('Solberg said the plan, which observers have described as "hollow", still stood.')).toEqual(
      [],
    );
    expect(
      wire('Pressed on those who described the plan as "hollow", Solberg said they were mistaken.'),
    ).toEqual([]);
  });
});

describe('two words an office reports, the office resolved to the minister named before', () => {
  it("are the minister's quotation", () => {
    expect(
      wire(
        'Ingrid Solberg, the foreign minister, spoke on Monday.\n\nThe minister also said that Norland had "serious doubts" about the annex.',
      ),
    ).toEqual([['solberg', 'serious doubts']]);
  });

  it('leaves a name the office gives a thing as a label', () => {
    expect(
      wire(
        'Ingrid Solberg, the foreign minister, spoke on Monday.\n\nThe minister called the annex a "working paper".',
      ),
    ).toEqual([]);
  });
});
