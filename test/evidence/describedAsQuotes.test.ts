// One word a named speaker "described" something "as": their own word, quoted however short. Near
// misses: a name given to a thing ("called the plan a "basis""), a scare quote nobody says. Sentences
// invented for the test.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const wire = (sentence: string) =>
  quotesRead(
    `Talks resume in Fjellby\n\nFJELLBY, March 4 (Wire) - The talks resumed on Tuesday.\n\n${sentence}`,
    'wire.txt',
    30,
  );

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
