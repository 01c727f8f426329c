// Wire copy opens a sentence with its unnamed sources in the plural, a qualifier before their
// party's adjective: "Senior Arvenian officials … said". The description is kept as said, not
// read as a person named "Senior Arvenian" nor as the party. Invented texts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);

describe('plural sources with a qualifier before their adjective', () => {
  it('keeps the whole description as the speaker', () => {
    expect(
      speakers(
        'Senior Torvanian officials, who asked not to be named, said the map was "a draft of a draft."',
      ),
    ).toEqual(['Senior Torvanian officials']);
  });

  it('still reads a plural without one', () => {
    expect(speakers('Torvanian officials said the map was "a draft of a draft."')).toEqual([
      'Torvanian officials',
    ]);
  });
});
