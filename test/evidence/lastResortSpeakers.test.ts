// Speakers found last, when every reading beside the quotation failed: the subject a colon's
// empty clause follows, and the speaker of words a document quotes twice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);
const LINE = '"We came to sign a text, not to admire one."';

describe('a colon whose clause names no one', () => {
  it('introduces the words of the subject of the sentences before it', () => {
    const sameParagraph = `At a rally on Monday, Foreign Minister Ingrid Solberg spoke in Vellish. The bureau's translation runs: ${LINE}`;
    const nextParagraph = `Foreign Minister Ingrid Solberg dismissed the report. The draft, she said, was old. Then, in a longer answer:\n\n${LINE}`;
    expect(speakers(sameParagraph)).toEqual(['solberg']);
    expect(speakers(nextParagraph)).toEqual(['solberg']);
  });

  it('leaves the words unattributed after a roster person who is no subject, or no one', () => {
    const object = `Foreign Minister Ingrid Solberg thanked President Mira Kostal for the visit. In our own translation: ${LINE}`;
    const nobody = `The talks resumed on Monday. In our own translation: ${LINE}`;
    expect(speakers(object)).toEqual([undefined]);
    expect(speakers(nobody)).toEqual([undefined]);
  });
});

describe('words a document quotes twice', () => {
  it('are the speaker of the attributed quotation that holds them', () => {
    const text = [
      'Vell talks end with a new text, minister says "not a line on a map"',
      'Foreign Minister Ingrid Solberg met the press on Friday. "The border is not a line on a map; it is where people live," she said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['solberg', 'solberg']);
  });

  it('stay unattributed when two speakers said them', () => {
    const text = [
      'Vell talks end with a new text, both say "not a line on a map"',
      'Foreign Minister Ingrid Solberg met the press on Friday. "The border is not a line on a map," she said. President Mira Kostal answered: "It is not a line on a map for us either."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([undefined, 'solberg', 'kostal']);
  });
});
