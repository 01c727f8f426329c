// A source described by the body it works for, which the roster does not know: "A Skarn Harbour
// Board official said …". The body's name qualifies the description; the one who speaks is the
// official, not the board. A person named in the phrase still speaks. Every text
// is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (sentence: string) =>
  quotesRead(`VELL NEWS\n\nCarriers account for 9 percent of transits.\n\n${sentence}`, 'story.txt', 31);

describe('a description qualified by an unknown body', () => {
  it('is the described official, before the words and after them', () => {
    expect(
      quotes(
        'A Skarn Harbour Board official said traffic would return "within six weeks of a signature," once the pilots are back.',
      ),
    ).toEqual([['Skarn Harbour Board official', 'within six weeks of a signature']]);
    expect(
      quotes('A Skarn Harbour Board official said: "Within six weeks of a signature, traffic returns."'),
    ).toEqual([['Skarn Harbour Board official', 'Within six weeks of a signature']]);
  });

  it('leaves a named speaker to the name', () => {
    expect(
      quotes('Board chairman Jon Ekdal said: "Within six weeks of a signature, traffic returns."'),
    ).toEqual([['Jon Ekdal', 'Within six weeks of a signature']]);
  });
});
