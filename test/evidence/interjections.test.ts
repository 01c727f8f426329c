// A parliament's record notes interjections in brackets, with who called out and what. Texts
// invented for the test, in the style of a German plenary record in translation.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { interjectionQuotes } from '../../src/evidence/interjections.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const read = (text: string) =>
  interjectionQuotes(text, buildGazetteer(roster)).map((q) => {
    const quote = q as Quote;
    return [text.slice(quote.span[0], quote.span[1]), quote.speaker?.personId ?? quote.speaker?.name];
  });

describe("a record's notes of interjections", () => {
  it('quotes a group, a named member, and the call after applause in one note', () => {
    const text = [
      'Anna Roth (Greens):',
      'The map is not a detail, colleagues.',
      '(Interjection from the Liberals: Nor is the money!)',
      '(Interjection from Minister Ingrid Solberg: We are at the table!)',
      '(Applause from the Greens – Interjection from the Social Democrats: Shameful!)',
      '(Applause from the Liberals)',
      '(Laughter from the Greens)',
    ].join('\n\n');
    expect(read(text)).toEqual([
      ['Nor is the money!', 'Liberals'],
      ['We are at the table!', 'solberg'],
      ['Shameful!', 'Social Democrats'],
    ]);
  });

  it('reads no quotation from a bracket without a call, nor from one of an aside with a colon', () => {
    const text =
      'The vote (Ayes: 312, Noes: 201) was carried. (Applause from the Volkspartei) (Note: translated)';
    expect(read(text)).toEqual([]);
  });
});
