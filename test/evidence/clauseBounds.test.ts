// Where a quotation's speaker may be looked for: a semicolon after the closing mark opens another
// clause, whose subject speaks its own words. Texts invented for the test, in wire and
// explainer styles.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.partyId ?? q.speaker?.name]);

describe('a semicolon after the closing mark', () => {
  it('keeps the speaker named before the quotation, not the subject of the clause after it', () => {
    expect(
      quotes(
        '- Whether the text is final. Varin told a news conference on 30 March that "for us the text is final"; Arvenia insists it is agreed only in principle.',
      ),
    ).toEqual([['for us the text is final', 'varin']]);
    expect(
      quotes(
        'Kostal wrote on Tuesday that the accord was "a fair basis"; Dahl said it was "one step among many".',
      ),
    ).toEqual([
      ['a fair basis', 'kostal'],
      ['one step among many', 'dahl'],
    ]);
  });

  it('still reads a speaker named after the comma, before a semicolon', () => {
    expect(quotes('"We are ready to sign," Varin said; the talks resume on Monday.')).toEqual([
      ['We are ready to sign,', 'varin'],
    ]);
  });
});

describe('"what officials called"', () => {
  it('gives the words to the plural "what" opens, in lower case and without an article', () => {
    expect(
      quotes(
        'The delegation, led by Deputy Foreign Minister Henrik Dahl, took with it what officials called "a list of questions, not a list of answers".',
      ),
    ).toEqual([['a list of questions, not a list of answers', 'officials']]);
    expect(
      quotes('The round ended on Friday in what diplomats described as "a constructive spirit".'),
    ).toEqual([['a constructive spirit', 'diplomats']]);
  });

  it('leaves "what he called" to the one "he" is', () => {
    expect(quotes('President Varin rejected what he called "a compromise in name only".')).toEqual([
      ['a compromise in name only', 'varin'],
    ]);
  });
});

describe('a colon after "his words"', () => {
  it('gives the quotation the colon introduces to the one the possessive is', () => {
    const liveblog =
      'The presidency has just released a video of President Oleg Varin at the border. His words, as translated by our Fjellby bureau:\n\n"Today we bring our people home."';
    expect(quotes(liveblog)).toEqual([['Today we bring our people home.', 'varin']]);
    const wire =
      'Mira Kostal spoke to troops in Kessel on Friday. In her words:\n\n"No one will be left behind."';
    expect(quotes(wire)).toEqual([['No one will be left behind.', 'kostal']]);
  });

  it("leaves a colon whose clause names no one's words", () => {
    expect(quotes('President Oleg Varin was at the border. The banner read:\n\n"Welcome home."')).toEqual([]);
  });
});
