// Who speaks a quotation whose attribution is itself reported: a wire's "X was quoted as saying"
// and an outlet's passive "the paper was told by X". The one named in the reporting clause is the
// speaker, not the one the sentence before named. Texts invented for the test, about the
// negotiation of test/evidence/roster.ts.
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

describe('a reported attribution after the quotation', () => {
  it('gives the words to the one "quoted as saying", not to the one the sentence before named', () => {
    const text = [
      'Arvenian foreign minister Oleg Varin said on Monday that the Arvenian summary "stands as written".',
      '"The river does not read treaties, and neither do the farmers on its banks," Dahl was quoted as saying in the Norland note.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['stands as written', 'varin'],
      ['The river does not read treaties, and neither do the farmers on its banks,', 'dahl'],
    ]);
  });

  it('reads "was cited as saying" so too', () => {
    const text = [
      'Pavel Surin spoke first at the Vell talks on Tuesday.',
      '"Nobody in this room wants a second winter of talks," Ingrid Solberg was cited as saying afterwards.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['Nobody in this room wants a second winter of talks,', 'solberg']]);
  });

  it('gives the words to the one an outlet "was told by"', () => {
    const text = [
      'Torvanian officials declined to comment on the draft.',
      '"The draft is thinner than the one we saw in spring," the Vell Courier was told by Taras Melnyk, who advises the Arvenian delegation.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['The draft is thinner than the one we saw in spring,', 'melnyk']]);
  });

  it('does not take a name that was told something as the one who spoke', () => {
    const text = [
      'Pavel Surin briefed reporters in Kessel on Wednesday.',
      '"The text is final," he said. Varin was told by Solberg that the answer would come later.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['The text is final,', 'surin']]);
  });
});
