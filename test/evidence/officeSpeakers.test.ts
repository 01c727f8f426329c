// A speaker known only by an office goes to the one roster person the same document names as
// holding it; two holders, an unnamed source or a title word from another sentence keep the office
// as said. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre }).filter(
    (c): c is Quote => c.kind === 'quote',
  );
const speakers = (text: string) => quotes(text).map((c) => c.speaker?.personId ?? c.speaker?.name);

describe('a speaker known only by an office', () => {
  it('is the one roster person the document names as its holder', () => {
    const communique = [
      'Communiqué of the Vell Basin Forum, Lake Orsa, 3 June 2031',
      '1. The Forum met at Lake Orsa on 2 and 3 June 2031. The Chair of the Forum, Foreign Minister Ingrid Solberg, presided.',
      '2. The Chair, in her closing remarks, recalled that the river "belongs to those who fish it long before it belongs to any map".',
    ].join('\n\n');
    const [quote] = quotes(communique);
    expect(quote?.speaker?.personId).toBe('solberg');
    // The office stays as the document said it.
    expect(quote?.speaker?.said).toMatch(/chair/i);
  });

  it('keeps the office when the document names two holders', () => {
    const report = [
      'The morning session was opened by the Chair of the Forum, Foreign Minister Ingrid Solberg. The afternoon panel was led by the Chair of the Expert Group, Special Envoy Henrik Dahl.',
      'The Chair said the river "belongs to those who fish it long before it belongs to any map".',
    ].join('\n\n');
    expect(speakers(report)).not.toContain('solberg');
    expect(speakers(report)).not.toContain('dahl');
  });

  it('takes no holder for an unnamed source or a title from the sentence before', () => {
    const report = [
      'The Norland delegation, led by Ingrid Solberg, declined to comment. A delegation source said only that the "priority is the summer flow of the river".',
      'Thank you, Chair. Henrik Dahl then spoke of the monitors.',
    ].join('\n\n');
    expect(speakers(report)).not.toContain('solberg');
    expect(speakers(report)).not.toContain('dahl');
  });
});
