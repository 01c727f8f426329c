// A leader's address or speech published as its own text: the body is one quotation of the one
// its title names. Documents invented for the test, in the house styles of presidential sites.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'address.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a leader's address", () => {
  it('reads the body of an address as one quotation of the one its title names, sign-off included', () => {
    const page = [
      'President of Arvenia Mira Kostal',
      'Official website',
      'We will not sign in the dark. Address by President of Arvenia Mira Kostal',
      '19 March 2031 - 21:52',
      'Good evening, fellow Arvenians!',
      'Today our delegation came back from Fjellby. I told the envoy honestly what we can accept.',
      'Glory to Arvenia!',
      'Photo: Press Office of the President',
    ].join('\n\n');
    expect(quotes(page)).toEqual([
      [
        'Good evening, fellow Arvenians! Today our delegation came back from Fjellby. I told the envoy honestly what we can accept. Glory to Arvenia!',
        'kostal',
      ],
    ]);
  });

  it("names the office's holder when the title names the office, and a speech by a minister", () => {
    const office =
      'Evening address of the President of Torvania\n\n4 March 2031\n\nDear friends! We have read the text. Our answer will be ready, and we will give it ourselves.';
    expect(quotes(office)).toEqual([
      [
        'Dear friends! We have read the text. Our answer will be ready, and we will give it ourselves.',
        'varin',
      ],
    ]);
    const speech =
      'Speech by Foreign Minister Ingrid Solberg at the Union Council\n\nBrussels, 10 March 2031\n\nCheck against delivery\n\nThank you, Chair. We will not accept any deadline imposed from outside. Our partners know it.';
    expect(quotes(speech)).toEqual([
      [
        'Thank you, Chair. We will not accept any deadline imposed from outside. Our partners know it.',
        'solberg',
      ],
    ]);
  });

  it('names the speaker without the occasion the title adds ("at the Union Council in Brussels")', () => {
    const speech =
      'Speech by Foreign Minister Ingrid Solberg at the Union Council in Brussels\n\n10 March 2031\n\nThank you, Chair. We will not accept any deadline imposed from outside, and I say it again here.';
    expect(quotes(speech)).toEqual([
      [
        'Thank you, Chair. We will not accept any deadline imposed from outside, and I say it again here.',
        'solberg',
      ],
    ]);
  });

  it('leaves a statement by an office, and a report that speaks of an address, to their own reading', () => {
    const statement =
      'Statement by the High Representative on behalf of the Union\n\nThe Union welcomes the talks in Fjellby. It calls on both parties to agree the text.';
    expect(quotes(statement)).toEqual([]);
    const report =
      'Kostal gives evening address\n\nIn her address on Tuesday, President Kostal said the text was not final. Officials in Fjellby said talks would resume.';
    expect(quotes(report)).toEqual([]);
  });
});
