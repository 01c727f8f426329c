// A meeting tool's transcript export: a clock and a name before each line, one paragraph for the
// whole call, the tool's own fields in the head ("Recording: …vtt"), its notices between the turns
// ("Per Berg joined the meeting.") and a caller it cannot name numbered after an underscore
// ("Call-in User_2:"). Near miss: a speaker who says someone joined speaks on.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'meeting-transcript-call.txt', 40);

const call = (notice: string) =>
  [
    'Fjellby water group - weekly call',
    'Meeting ID: 512 3390 2214',
    'Recording: GMT20310303-100000_Recording.transcript.vtt (exported as text)',
    '',
    '00:00:05 Ada Lind: Good morning. We are on the annex today.',
    '00:00:19 Ivo Vik: The Norland draft has eleven points now.',
    notice,
    '00:00:41 Call-in User_2: Hello, can anyone hear me?',
    '00:00:47 Ada Lind: Yes. Go ahead.',
  ].join('\n');

describe("a meeting tool's transcript", () => {
  it('ends a turn at the tool’s notice and reads a numbered caller’s label, no header field', () => {
    expect(quotes(call('00:00:33 Per Berg joined the meeting.'))).toEqual([
      ['Ada Lind', 'Good morning. We are on the annex today.'],
      ['Ivo Vik', 'The Norland draft has eleven points now.'],
      ['Call-in User_2', 'Hello, can anyone hear me?'],
      ['Ada Lind', 'Yes. Go ahead.'],
    ]);
  });

  it('keeps a speaker’s own words that someone joined inside the turn', () => {
    const read = quotes(call('and I am told Per Berg joined the meeting late.'));
    expect(read[1]).toEqual(['Ivo Vik', 'The Norland draft has eleven points now.']);
    expect(read).toHaveLength(4);
  });
});
