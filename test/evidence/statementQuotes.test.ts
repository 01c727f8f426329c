// A statement quoted whole over several paragraphs, with no mark reopening them: the style of
// government readouts ('A spokesperson said:', then the statement, closed once at its end). Texts
// invented for the test, in the house styles of a prime minister's office, a foreign ministry's
// media release and a news report, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

const claims = (text: string, genre: Genre) => extractClaims(text, { roster, genre });
const quotes = (text: string, genre: Genre) =>
  claims(text, genre)
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe('a statement quoted over several paragraphs', () => {
  it("reads a prime minister's office readout as one quotation of its spokesperson, and its call as an event", () => {
    const text = [
      'PM call with President Kostal: 3 March 2031',
      'A Government House spokesperson said:',
      '"The Prime Minister spoke to President Kostal of Arvenia this afternoon.',
      'The leaders discussed the talks in Fjellby and the text of the framework.',
      'They agreed to speak again next week."',
      'Published 3 March 2031',
    ].join('\n\n');
    expect(quotes(text, 'readout')).toEqual([
      [
        'The Prime Minister spoke to President Kostal of Arvenia this afternoon. The leaders discussed the talks in Fjellby and the text of the framework. They agreed to speak again next week.',
        'Government House spokesperson',
      ],
    ]);
    expect(
      claims(text, 'readout').some((c) => c.kind === 'event' && /spoke to President Kostal/.test(c.text)),
    ).toBe(true);
  });

  it("reads a ministry's release whose minister's statement opens after a colon in the paragraph", () => {
    const text = [
      'Media release',
      'Foreign Minister Ingrid Solberg said today: "Norland will host the next round in Fjellby.',
      'Both delegations have confirmed that they will attend."',
    ].join('\n\n');
    expect(quotes(text, 'press-release')).toEqual([
      [
        'Norland will host the next round in Fjellby. Both delegations have confirmed that they will attend.',
        'solberg',
      ],
    ]);
  });

  it('leaves a quotation open at its paragraph when a later paragraph marks quotations of its own', () => {
    const text = [
      'Pavel Surin said: "We have not seen the text',
      'Ingrid Solberg said the draft was "nearly ready for the leaders".',
    ].join('\n\n');
    expect(quotes(text, 'news').map(([w]) => w)).toEqual([
      'We have not seen the text',
      'nearly ready for the leaders',
    ]);
  });
});
