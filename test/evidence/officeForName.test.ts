// An office whose portfolio follows "for" ("Minister for Trade") named just after a closing mark
// runs on to the holder's name after it, as "Secretary of the Treasury" does. Invented texts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);

describe('an office with "for" before the name, after the quotation', () => {
  it('gives the quotation to the name after the portfolio', () => {
    expect(
      speakers('"The crossing opens in May, not before," says Minister for Foreign Affairs Oda Brevik.'),
    ).toEqual(['Oda Brevik']);
    expect(speakers('"We asked for two more days," said Secretary for Defence Ilse Marten.')).toEqual([
      'Ilse Marten',
    ]);
  });

  it('leaves "for" after a name alone', () => {
    expect(speakers('"The crossing opens in May," says Oda Brevik for the ministry.')).toEqual([
      'Oda Brevik',
    ]);
  });
});
