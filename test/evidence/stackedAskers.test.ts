// A question put down by several members, their labels stacked over it, is the first member's; a
// record's later wordless label (a speaker cut off) lends its words to no one. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (lines: string[]) =>
  processDocument(new TextEncoder().encode(lines.join('\n')), 'record.txt', { roster }).claims.filter(
    (c): c is Quote => c.kind === 'quote',
  );

describe('stacked askers of one question', () => {
  it('gives the question to the first label', () => {
    const found = quotes([
      'LEGISLATIVE COUNCIL',
      'STARRED QUESTION NO. *31',
      '',
      '*31. SHRI KAVIN RAO:',
      'SMT. LATA MENON:',
      '',
      'Will the Minister of WATER be pleased to state the date of the next round on the river accord?',
      '',
      'HON. CHAIRMAN: Minister.',
      '',
      'SHRI ARUN PAL: Sir, the round opens on the fourth of May.',
      '',
      'SMT. LATA MENON: Sir, who leads the delegation?',
      '',
      'SHRI ARUN PAL: Sir, the Secretary of the Ministry leads it.',
    ]);
    const asked = found.find((q) => q.data.words.startsWith('Will the Minister'));
    expect(asked?.speaker?.name).toBe('Kavin Rao');
    expect(found.find((q) => q.data.words === 'Sir, who leads the delegation?')?.speaker?.name).toBe(
      'Lata Menon',
    );
  });

  it('keeps a later wordless label to itself', () => {
    const found = quotes([
      'CHAIR: The sitting is open.',
      '',
      'MS. ORLA BRENN: The committee has read the text and',
      '',
      'MR. TEO VANCE:',
      '',
      'MS. ORLA BRENN: May I finish? The committee has read the text and finds it sound.',
    ]);
    expect(found.find((q) => q.data.words.startsWith('May I finish'))?.speaker?.name).toBe('Orla Brenn');
  });
});
