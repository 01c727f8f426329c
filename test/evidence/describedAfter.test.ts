// A quotation that opens its sentence with an office or a description after it ('"…," the official
// said.') is theirs: the sentence before may name someone else as another verb's subject or as an
// object. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.partyId ?? c.speaker?.name);

describe('an office or a description after a quotation that opens its sentence', () => {
  it('keeps the description, not a party the sentence before makes subject of its own verb', () => {
    const text = [
      'The talks ended on Friday.',
      'A senior Torvanian official told the Daily News that Arvenia had insisted on a sequence of signatures. "We will sign first. A state does not sign after a province," the official said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['senior Torvanian official']);
  });

  it('still takes a name after the quotation, and a pronoun still looks back', () => {
    const named = 'Arvenia had insisted on a sequence. "We will sign first, as agreed," Ingrid Solberg said.';
    const pronoun =
      'Foreign Minister Ingrid Solberg insisted on a sequence. "We will sign first, as agreed," she said.';
    expect(speakers(named)).toEqual(['solberg']);
    expect(speakers(pronoun)).toEqual(['solberg']);
  });
});
