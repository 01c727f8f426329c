import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';

const EMPTY = { parties: [], people: [] };
const QUOTE = '\n\n"The text is final. It will be signed as it stands," he said.';
const speakerOf = (sentence: string) =>
  extractClaims(sentence + QUOTE, { roster: EMPTY }).flatMap((c) =>
    c.kind === 'quote' ? [c.speaker?.name] : [],
  );

describe('a building before the subject', () => {
  it('gives "he" to the person after a place a preposition of place governs', () => {
    expect(speakerOf('Outside the Villa Nord, Ola Berg was asked about the text.')).toEqual(['Ola Berg']);
    expect(speakerOf('Behind the Grand Hotel, Ola Berg spoke to reporters.')).toEqual(['Ola Berg']);
  });

  it('keeps a named subject that opens its sentence', () => {
    expect(speakerOf('Ola Berg was asked about the text outside the Villa Nord.')).toEqual(['Ola Berg']);
    expect(speakerOf('Ola Berg met Per Dahl, who left early.')).toEqual(['Ola Berg']);
  });
});
