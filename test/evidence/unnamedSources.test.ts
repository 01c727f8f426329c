// Who a reporter's pronoun goes back to when the sentence before named its subject by a description
// and the name beside it ("A Torvanian deputy minister, Oleg Varin, went further. He said …"), and the
// name an unnamed source gave ("A retired teacher, who gave his name only as Jon, …"). Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe('a name in apposition to the description that opens a sentence', () => {
  it('is the subject a later pronoun goes back to', () => {
    const story = [
      'Norland’s foreign minister, Ingrid Solberg, who chaired the round, declined to give figures. "The text is not final," she said.',
      'A Torvanian deputy minister, Oleg Varin, went further. He said the draft showed "how little the other side wants this."',
    ].join('\n\n');
    expect(speakers(story)).toEqual([
      ['The text is not final,', 'solberg'],
      ['how little the other side wants this.', 'varin'],
    ]);
  });

  it('leaves a name after a preposition in the description to the sentence’s own subject', () => {
    const story = [
      'Norland’s foreign minister, Ingrid Solberg, spoke first. "We are close," she said.',
      'The talks with a Torvanian deputy minister, Oleg Varin, ran late. She said they had "gone better than anyone expected."',
    ].join('\n\n');
    expect(speakers(story).at(-1)).toEqual(['gone better than anyone expected.', 'solberg']);
  });
});

describe('an unnamed source who gave a name', () => {
  it('speaks by the name given', () => {
    const story =
      'Relatives waited outside the ministry in Kessel on Tuesday. A retired teacher, who gave his name only as Jon, had brought a list. "Nobody has called us back," he said.';
    expect(speakers(story)).toEqual([['Nobody has called us back,', 'Jon']]);
  });

  it('stays described where no name was given', () => {
    const story =
      'Families gathered in Kessel on Tuesday. One woman, who gave no name, held a photograph. "We are still waiting," she said.';
    expect(speakers(story)).toEqual([['We are still waiting,', 'woman']]);
  });
});
