// A parliament's record lists its business under a heading closed by a colon ("Questions to the
// Government:", "Answers to media questions:") before the sitting's turns: the heading is no
// speaker, and the list under it no one's words. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.name);

describe("a record's list of business", () => {
  it('reads the heading over the list as no speaker', () => {
    const record = [
      'CHAMBER OF DEPUTIES OF NORLAND — RECORD OF THE SITTING',
      'Questions to the Government:\n- From Mr Berg, to the Foreign Minister: when will the Vell text be signed?\n- From Ms Lind, to the Foreign Minister: who drafted it?',
      'The sitting opened at ten o’clock.',
      'The PRESIDENT: Good morning. Mr Berg, you have the floor.',
      'Mr BERG: Minister, when will the text be signed?',
      'The FOREIGN MINISTER (Solberg): In Kessel, on Friday.',
    ].join('\n\n');
    expect(turns(record)).not.toContain('Questions');
    expect(turns(record)).toHaveLength(3);
    expect(turnLabel('Answers to media questions:\nWill the talks resume?')).toBeUndefined();
  });

  it('still reads a questioner whose label names them', () => {
    expect(turnLabel('Questioner (Kessel Radio): Will the talks resume?')?.question).toBe(true);
    expect(turnLabel('Mr BERG: Minister, when will the text be signed?')?.name).toBe('Mr BERG');
  });
});
