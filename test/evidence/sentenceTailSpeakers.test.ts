// A phrase quoted inside a sentence whose source closes the sentence (", one official said."), and
// a wire's "per" after the marks. Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (paragraph: string) => {
  const text = `Quota talks stall\n\nFJELLBY, March 3, 2031 - The quota talks stalled on Monday.\n\n${paragraph}\n\nThe next round opens in April.`;
  return processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.name ?? null]);
};

describe('a quoted phrase whose sentence closes on its source', () => {
  it('is the source’s the last clause names', () => {
    expect(
      speakers(
        'Torvania wants the vote delayed until it has had "a decent stretch of weeks" with the annex, one delegate said.',
      ),
    ).toEqual([['a decent stretch of weeks', 'delegate']]);
  });

  it('is no one’s when the last clause names no source', () => {
    expect(
      speakers(
        'Torvania wants the vote delayed until it has had "a decent stretch of weeks" with the annex, as before.',
      ),
    ).toEqual([['a decent stretch of weeks', null]]);
  });
});

describe('a phrase quoted from a text, remarked on at the sentence’s end', () => {
  it('is the text’s, not the remarker’s', () => {
    expect(
      speakers(
        'The wording "an equitable share of the catch" is found in the 1987 compact and in this annex, Clara Lind observed.',
      ),
    ).toEqual([['an equitable share of the catch', null]]);
    expect(
      speakers(
        'The words "an equitable share of the catch" appear in both the old and the new draft, one delegate noted.',
      ),
    ).toEqual([['an equitable share of the catch', null]]);
    expect(
      speakers(
        'The old compact reads "an equitable share of the catch" in its second article, one delegate noted.',
      ),
    ).toEqual([['an equitable share of the catch', null]]);
  });
});

describe('a wire’s "per" after the marks', () => {
  it('names the source as "according to" does', () => {
    expect(
      speakers('Arvenia wants the table "before the fishing season opens," per one negotiator.'),
    ).toEqual([['before the fishing season opens,', 'negotiator']]);
  });

  it('names the source with the comma outside the marks as well as inside', () => {
    expect(
      speakers('Arvenia wants the table "before the fishing season opens", per one negotiator.'),
    ).toEqual([['before the fishing season opens', 'negotiator']]);
    expect(speakers('Arvenia wants the table "before the fishing season opens", per Clara Lind.')).toEqual([
      ['before the fishing season opens', 'Clara Lind'],
    ]);
  });

  it('is no source before an article of a text', () => {
    expect(speakers('The fee stays at "three crowns a tonne", per Article 6 of the compact.')).toEqual([
      ['three crowns a tonne', null],
    ]);
    expect(speakers('The fee stays at "three crowns a tonne," per Article 6 of the compact.')).toEqual([
      ['three crowns a tonne,', null],
    ]);
  });

  it('is no source before a figure’s unit', () => {
    expect(speakers('The quota rose to "nine tonnes a boat," per cent of last year’s catch.')).toEqual([
      ['nine tonnes a boat,', null],
    ]);
  });
});
