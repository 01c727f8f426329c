// Meeting coverage names its speakers by the party they speak for: "The representative of
// Torvania", "the Permanent Representative of Norland", "Arvenia's delegate". The office is kept
// as said, with the party it represents; a pronoun after a sentence such an office opens goes back
// to it, unless someone was named since. Invented UN, alliance and Union coverage.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { roster } from './roster.ts';

const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news', published: '2031-03-18' }).flatMap((c) =>
    c.kind === 'quote'
      ? [[c.data.words, c.speaker?.partyId ?? null, c.speaker?.said ?? c.speaker?.name ?? null]]
      : [],
  );

describe('a delegation’s speaker keeps its party', () => {
  it.each([
    [
      'The representative of Torvania said: "We came in good faith."',
      'torvania',
      'The representative of Torvania',
    ],
    [
      'The Permanent Representative of Norland told the Council: "The talks will go ahead."',
      'norland',
      'The Permanent Representative of Norland',
    ],
    [
      'The delegate of Arvenia said the talks must continue. "We will be in Fjellby," she said.',
      'arvenia',
      'The delegate of Arvenia',
    ],
    [
      '"We are ready to help," said the representative of the Union.',
      'union',
      'the representative of the Union',
    ],
  ])('%s', (text, party, said) => {
    expect(speakers(text)).toEqual([[expect.any(String), party, expect.stringContaining(said)]]);
  });
});

describe('a pronoun after an office that opened the sentence before', () => {
  it('goes back to the office, with its party', () => {
    const text = `Torvania's representative disagreed. "There is nothing to discuss," he said.`;
    expect(speakers(text)).toEqual([
      ['There is nothing to discuss,', 'torvania', "Torvania's representative"],
    ]);
  });
  it('goes back to a person named since', () => {
    const text =
      'The representative of Torvania spoke first. Foreign Minister Ingrid Solberg replied. "We disagree," she said.';
    expect(speakers(text)).toEqual([['We disagree,', 'norland', 'Ingrid Solberg']]);
  });
});

describe('a delegation’s speaker named by its party’s adjective', () => {
  it.each([
    [
      'The Torvanian representative said the framework had been drafted in Drava. "We wrote it," he said.',
      'torvania',
      'The Torvanian representative',
    ],
    [
      'The Arvenian delegate took issue with that account. "This is false," she said.',
      'arvenia',
      'The Arvenian delegate',
    ],
    [
      '"The talks will go ahead," the Norlandic ambassador told the Council.',
      'norland',
      'the Norlandic ambassador',
    ],
  ])('%s', (text, party, said) => {
    expect(speakers(text)).toEqual([[expect.any(String), party, said]]);
  });
  it('is not a party’s when the adjective is no party’s', () => {
    const text = 'The Permanent Representative took issue with that account. "This is false," she said.';
    expect(speakers(text)[0]?.[1]).toBeNull();
  });
});

describe('a delegate the roster lacks, with the party set beside the name', () => {
  it.each([
    ['Lena Vos (Arvenia) said the exchange must happen this month. "Every day counts," she said.', 'arvenia'],
    ['"We are grateful," said Lena Vos (Norland).', 'norland'],
    ['Arvenia\'s Permanent Representative, Ambassador Lena Vos, said: "The talks will go on."', 'arvenia'],
    ['Speaking for Torvania, Ambassador Ivan Petrov said: "We are ready."', 'torvania'],
  ])('%s', (text, party) => {
    expect(speakers(text)).toEqual([[expect.any(String), party, expect.not.stringMatching(/^\(/)]]);
  });
  it.each([
    'After talks in Arvenia, Ambassador Lena Vos said: "We are ready."',
    'Arvenia hosted the talks, and Lena Vos said: "We are ready."',
  ])('keeps no party a name is only near: %s', (text) => {
    expect(speakers(text)[0]?.[1]).toBeNull();
  });
});
