// "Not one", "none" and "not a single" after a count tell how many of it stand agreed or open, not
// a second figure set against the count. Invented sentences about the Arvenia–Torvania talks in
// several house styles: a wire story, a ministry comment, a briefing transcript and a liveblog.
import { describe, expect, it } from 'vitest';
import { deniedBeside } from '../../src/evidence/correctedFigures.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const denied = (sentence: string) => quantities(sentence).flatMap((q) => deniedBeside(sentence, q));

describe('a status after a count is no denied figure', () => {
  it('reads "not one", "none" and "not a single one" as a status', () => {
    expect(denied('The framework now has 28 points, not one of them agreed, a diplomat said.')).toEqual([]);
    expect(denied('FJELLBY (Wire) - The draft runs to 28 points, not one agreed so far.')).toEqual([]);
    expect(denied('MR. DAHL: It has 20 points, none agreed yet.')).toEqual([]);
    expect(denied('The ministry notes that of the 12 articles, not a single one is settled.')).toEqual([]);
    expect(denied('12:40 Torvania says the paper lists twelve articles - not one settled.')).toEqual([]);
    expect(denied('Sixteen points remain on the table, and not one!')).toEqual([]);
  });

  it('still reads a figure set right against the count', () => {
    expect(denied('It has 20 points, not 19, whatever they say in Fjellby.')).toEqual([19]);
    expect(denied('The paper has 20 points, not 19 points.')).toEqual([19]);
    expect(denied('It has two points, not one.')).toEqual([1]);
    expect(denied('The pullback is ten kilometres, not fifteen kilometres, the envoy said.')).toEqual([15]);
  });
});

describe('a status beside a size flags nothing', () => {
  it('does not set "not one" against another source\'s size', () => {
    const wire = doc(
      'a',
      'The revised framework has 28 points, not one of them agreed, officials in Fjellby said.',
    );
    const briefing = doc(
      'b',
      'MS. HEWETT: The revised framework has 28 points, and we want every one of them agreed.',
    );
    expect(kinds(wire, briefing)).toEqual([]);
  });
});
