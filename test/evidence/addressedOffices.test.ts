// A parliament's label that sets the address before the office ("HON. SPEAKER:", "Hon. Chairperson:")
// names the presiding office, not a person called "Hon.". The House's cry ("Hon. Members:") stays as written.
// Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.name.toLowerCase());

describe('an address before an office in a label', () => {
  it('reads "HON. SPEAKER:" as the office, and "Hon. Members:" as the House', () => {
    const record = [
      'HOUSE OF ASSEMBLY — ORAL QUESTIONS',
      'HON. SPEAKER: Question No. 9. Shri Tarun Velkar.',
      'SHRI TARUN VELKAR: Sir, when will the ferry tender be published?',
      'SHRI OMKAR DESHNAV: Sir, the tender will be published next month.',
      'Hon. Members: Hear, hear!',
      'HON. SPEAKER: Next question.',
    ].join('\n\n');
    expect(speakers(record)).toEqual([
      'hon. speaker',
      'tarun velkar',
      'omkar deshnav',
      'hon. members',
      'hon. speaker',
    ]);
  });
});
