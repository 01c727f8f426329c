// Who speaks a quotation whose reporting verb has a pronoun for its subject, in a sentence that
// names a party between the pronoun and the one it stands for. Texts invented for the test, about
// the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

/** Each quotation's words and its speaker (a roster id, else the name), read as news. */
function quotes(text: string): [string, string | undefined][] {
  return extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);
}

describe('a "he" or "she" before the verb is a person', () => {
  it('does not give the words to a party the sentence names between the pronoun and its person', () => {
    const text = [
      'The Norland mediator, Henrik Dahl, spoke to reporters in Kessel on Thursday about the ceasefire.',
      'The mediator said Torvania\'s river patrols had moved back after the weekend\'s call between the two commands, a step he described as "useful but slow."',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['useful but slow.', 'dahl']]);
  });

  it('still gives an "it" to the party that is its subject', () => {
    const text = [
      'Arvenia published its answer to the draft on Friday.',
      'The note said Arvenia would keep its patrols on the river, a position it described as "final and not open to talks".',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['final and not open to talks', 'Arvenia']]);
  });
});
