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

  it('keeps the office when its holder is named but is not on the roster', () => {
    // The sitting's president is a registry official the roster lacks; the attendance line names
    // a roster head of state by the same title, who does not preside here.
    const record = [
      'Vell Basin Water Forum',
      'Summary record of the second sitting, 9 April 2031',
      'President: Ms. Adaeze Nwosu (Registry)',
      'Present: Arvenia: President Mira Kostal; Torvania: Mr. Pavel Surin',
      'The President: The sitting is open. We turn to the draft on low-water releases.',
      'Mr. Surin (Torvania): Torvania asks for a week to study the draft.',
      'The President: We will take up the draft again on Friday.',
    ].join('\n\n');
    expect(speakers(record)).not.toContain('kostal');
    expect(speakers(record)).toContain('surin');
    // With the roster president alone named in the chair, the chair's turns are hers.
    const rosterChair = record
      .replace('President: Ms. Adaeze Nwosu (Registry)', 'President: Ms. Mira Kostal')
      .replace('Arvenia: President Mira Kostal; ', '');
    expect(speakers(rosterChair).filter((s) => s === 'kostal')).toHaveLength(2);
  });

  it('takes the name that closes the apposition of an office, not a word of its "of" phrase', () => {
    // "Foreign Policy" reads like a title and a name; the holder is the name the phrase ends with.
    const report = [
      'Member of the Assembly, Chair of the Committee on Foreign Policy and River Affairs Ingrid Solberg opened the hearing on Monday.',
      '"The annex must come to this committee before anyone signs it," the Chair of the Committee said.',
    ].join('\n\n');
    expect(speakers(report)).toContain('solberg');
  });

  it('finds the office where it stands whatever letters come before it', () => {
    // A dotted capital İ lower-cases to two characters: the office must still be found where it stands.
    const communique = [
      'Communiqué of the Vell Basin Forum, 3 June 2031',
      'Meeting near İstanbul, the Chair of the Forum, Foreign Minister Ingrid Solberg, opened the session.',
      'The Chair said the annex "will be ready for signature by the autumn".',
    ].join('\n\n');
    expect(speakers(communique)).toContain('solberg');
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
