// Who speaks a quotation a paper gives to a source described by what they saw or did: "one of
// the people who saw the text said". Texts invented for the test, about the negotiation of
// test/evidence/roster.ts.
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

describe('a source described by a relative clause', () => {
  it('gives the words to "one of the people who …" before the verb or after it', () => {
    const text = [
      'Pavel Surin did not attend the Kessel round on Monday.',
      'The river chapter comes first. One of the people who read the draft said the water chapter was "short, and nobody in Kessel pretended otherwise".',
      'One of those who attended the talks told the Courier: "The Union was not in the room."',
      '"Nobody read it twice," said one of the people who saw the draft.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['short, and nobody in Kessel pretended otherwise', 'of the people who read the draft'],
      ['The Union was not in the room.', 'of those who attended the talks'],
      ['Nobody read it twice,', 'of the people who saw the draft'],
    ]);
  });

  it('leaves the words with the one who spoke to such a source', () => {
    const text = [
      'Pavel Surin did not attend the Kessel round on Monday.',
      'Henrik Dahl met one of the people who read the draft and said the text was "ready for the ministers".',
      '"We are close," Dahl told one of those who attended the talks.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['ready for the ministers', 'dahl'],
      ['We are close,', 'dahl'],
    ]);
  });
});
