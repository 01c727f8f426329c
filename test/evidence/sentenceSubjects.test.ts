// Who a later "she said" goes back to: a sentence's subject, and the name an inverted attribution
// ("…, said Minister Lind") sets after its verb. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);

describe('the antecedent of a pronoun that speaks', () => {
  it('is the name an inverted attribution sets after its verb', () => {
    const text = [
      'LAKE ORSA, June 9 (Vell Wire) -- Vell Air is ready to resume flights to the valley as soon as the airport reopens, said Foreign Minister Ingrid Solberg.',
      '"We have been told that the airport could receive its first flights in July," she told reporters.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['solberg']);
  });

  it('keeps the nearest person when no attribution is inverted', () => {
    const text = [
      'Buses carrying detainees crossed Salt Ford from seven in the morning.',
      'A short video of President Mira Kostal at the border was released at noon. Her words, as our bureau translated them:',
      '"Today we bring our people home, and not a day later than the text says."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['kostal']);
  });

  it('skips a name the roster lacks after a preposition or in brackets', () => {
    const said = 'she said both sides had made "steady, practical progress" there.';
    const opener = 'Foreign Minister Ingrid Solberg met the press on Friday.';
    const place = [opener, `Asked about the round of talks held in Port Edrin last week, ${said}`].join(
      '\n\n',
    );
    const aside = [
      opener,
      `Questions came from Kestrel Radio (Vell Wire) first. ${said.replace('she', 'She')}`,
    ].join('\n\n');
    expect(speakers(place)).toEqual(['solberg']);
    expect(speakers(aside)).toEqual(['solberg']);
  });
});
