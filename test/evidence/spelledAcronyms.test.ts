// An office named in full once and by its initials after, in a lobby briefing's, a UN note's and a
// wire's wording: the initials speak as the office the document spelled out, never as a name the
// roster lacks. Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string, genre: Genre = 'news') =>
  extractClaims(text, { roster, genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe('an office the document spells out before its initials', () => {
  it("reads a lobby briefing's PMOS as the Prime Minister's Official Spokesperson", () => {
    const lobby = [
      "The Prime Minister's Official Spokesperson said the Prime Minister had spoken to President Kostal.",
      'Asked about the deadline, the PMOS said it was "a matter for the parties" and "not for Whitehall".',
      '"We want this signed," the PMOS said.',
    ].join('\n\n');
    expect(quotes(lobby, 'press-release')).toEqual([
      ['a matter for the parties', "the Prime Minister's Official Spokesperson"],
      ['not for Whitehall', "the Prime Minister's Official Spokesperson"],
      ['We want this signed,', "the Prime Minister's Official Spokesperson"],
    ]);
  });

  it("reads a UN note's SRSG, and no office for initials a name's capitals spell", () => {
    const note = [
      'The Special Representative of the Secretary-General for the Vell, Ana Berg, met both delegations in Fjellby.',
      '"Both sides are closer than a week ago," the SRSG told reporters.',
    ].join('\n\n');
    expect(quotes(note)).toEqual([
      ['Both sides are closer than a week ago,', 'the Special Representative of the Secretary-General'],
    ]);
    const wire = 'Ana Berg met Henrik Dahl on Monday.\n\n"Nothing is signed," the AB said.';
    expect(quotes(wire).map(([, s]) => s)).not.toContain('the Ana Berg');
  });

  it('takes the spelling nearest before the initials, not an earlier heading whose capitals spell them too', () => {
    const note = [
      'GENEVA, March 4 (Reuters) - Talks resumed.',
      'Security Review Set for Geneva',
      'The Special Representative of the Secretary-General arrived on Monday.',
      'Later the SRSG said "we are close to a deal".',
    ].join('\n\n');
    expect(quotes(note).map(([, s]) => s)).toEqual(['the Special Representative of the Secretary-General']);
  });
});
