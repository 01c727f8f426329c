// A parliament's written answer, printed under "ANSWER" with the answering office and its holder in
// brackets, is the holder's turn, not the asking member's; a row of asterisks under it is no part of
// it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { writtenAnswerLabel } from '../../src/evidence/writtenAnswers.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'question.txt', { roster }).claims.filter(
    (c): c is Quote => c.kind === 'quote',
  );

const record = (gap: string) =>
  [
    'NATIONAL ASSEMBLY',
    'UNSTARRED QUESTION NO. 88',
    '',
    'SHRI OMKAR DESAL:',
    '',
    'Will the Minister of PORTS be pleased to state whether the harbour treaty has been signed?',
    '',
    ['ANSWER', 'THE MINISTER OF STATE FOR PORTS', '(SHRIMATI LEENA VORA)'].join(gap),
    '',
    'The treaty has not been signed. The second reading of the text is due in June.',
    '',
    '*****',
    '',
    'HON. SPEAKER: Next question.',
    '',
    'SHRI OMKAR DESAL: Sir, when will the House see the text?',
    '',
    'SHRIMATI LEENA VORA: Sir, once the Cabinet has read it.',
  ].join('\n');

describe('a written answer under its heading', () => {
  it.each([['\n'], ['\n\n']])('gives the answer to the bracketed holder (lines joined by %j)', (gap) => {
    const answer = quotes(record(gap)).find((q) => q.data.words.startsWith('The treaty has not been signed'));
    expect(answer?.data.words).toBe(
      'The treaty has not been signed. The second reading of the text is due in June.',
    );
    expect(answer?.speaker?.name).toBe('Leena Vora');
    const asked = quotes(record(gap)).find((q) => q.data.words.startsWith('Will the Minister'));
    expect(asked?.data.words).not.toContain('treaty has not been signed');
  });

  it('reads no heading without an office and its holder', () => {
    expect(writtenAnswerLabel('ANSWER\nThe treaty has not been signed.\n(See annex.)')).toBeUndefined();
    expect(writtenAnswerLabel('Answers to the questions of 3 May')).toBeUndefined();
    expect(writtenAnswerLabel('ANSWER\nTHE MINISTER FOR PORTS\n(SHRI AMAL ROY)')?.name).toBe('SHRI AMAL ROY');
  });
});
