// A transcription service's press conference: each label closed by its colon, the recording's time
// after it on the label's line, the words on the next line; the voices it could not name kept as
// "Speaker 1:", "Speaker 2:". Near misses: a numbered voice in a meeting (no press to ask), a
// numbered list item ("Phase 2:") that is nobody's label. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string, name = 'press-conference-lind.txt') => quotesRead(text, name, 40);

const conference = [
  'Ada Lind Press Conference on the Fjellby Talks Transcript',
  '',
  'Norland envoy Ada Lind spoke to reporters in Fjellby on March 3, 2031. Read the transcript here.',
  '',
  'Ada Lind: (00:00)',
  'Good morning. The second round ends today, and the paper goes to both capitals tonight.',
  '',
  'Speaker 1: (00:22)',
  'Envoy, has the other side seen the annex yet?',
  '',
  'Ada Lind: (00:27)',
  'It has had the annex since Friday. Nobody will sign what they have not read.',
  '',
  'Speaker 2: (00:49)',
  'Is the date of the signing fixed, or can it move again?',
  '',
  'Ada Lind: (00:55)',
  'The date is fixed for now.',
  '',
  'Speaker 2: (01:02)',
  'The other delegation says the annex was drafted in Fjellby.',
  '',
  'Ada Lind: (01:08)',
  'That is not so. Both delegations wrote it together, line by line.',
].join('\n');

describe("a transcription service's labels with a time after the colon", () => {
  it('reads the words under the label without the time', () => {
    const read = quotes(conference);
    expect(read[0]).toEqual(['Ada Lind', 'Good morning. The second round ends toda']);
    expect(read.every(([, words]) => !/^\(?\d/.test(String(words)))).toBe(true);
  });

  it('ends a turn at the next numbered voice and gives the asking voices to the press', () => {
    expect(quotes(conference).slice(1)).toEqual([
      ['journalist', 'Envoy, has the other side seen the annex'],
      ['Ada Lind', 'It has had the annex since Friday. Nobod'],
      ['journalist', 'Is the date of the signing fixed, or can'],
      ['Ada Lind', 'The date is fixed for now.'],
      // The voice asked before: its claim put to the envoy is a question too.
      ['journalist', 'The other delegation says the annex was '],
      ['Ada Lind', 'That is not so. Both delegations wrote i'],
    ]);
  });

  it('keeps a numbered voice of a meeting as the voice, and a numbered heading as nobody', () => {
    const meeting = [
      'Technical session on the voter roll: meeting transcript',
      '',
      'Ada Lind: (00:00)',
      'Good morning. We start with the audit and then the money for it.',
      '',
      'Speaker 3: (00:31)',
      'For the donor group, the pledge stands and we would like to see the audit plan first.',
      '',
      'Ada Lind: (00:58)',
      'Thank you. Phase 2: the audit itself, which the authority will open next week.',
    ].join('\n');
    expect(quotes(meeting, 'meeting-transcript-roll.txt')).toEqual([
      ['Ada Lind', 'Good morning. We start with the audit an'],
      ['Speaker 3', 'For the donor group, the pledge stands a'],
      ['Ada Lind', 'Thank you. Phase 2: the audit itself, wh'],
    ]);
  });
  it('reads a list of numbered parties in minutes as nobody’s turns', () => {
    const minutes = [
      'Record of the second expert meeting on the crossings',
      '',
      'Kessel, 9 May 2031',
      '',
      'Participant 1: Border Agency of Estmark, represented by its chief of staff.',
      '',
      'Participant 2: Customs Service of Norland, represented by a senior adviser.',
      '',
      'The meeting opened at 09:00 and agreed to meet again in June.',
    ].join('\n');
    expect(quotes(minutes, 'minutes-crossings.txt').map(([who]) => who)).not.toContain('Participant 1');
  });
  it('keeps the numbered voice that opens a press conference and asks the room as its own voice', () => {
    const hosted = [
      'Per Holm Press Conference on the Border Crossings Transcript',
      '',
      'Estmark minister Per Holm spoke to reporters in Kessel on May 9, 2031.',
      '',
      'Speaker 1: (00:00)',
      'Welcome, all. The minister has ten minutes for you. Who has the first question?',
      '',
      'Per Holm: (00:09)',
      'The crossings reopen on Monday.',
      '',
      'Speaker 2: (00:15)',
      'Will the night crossings reopen as well?',
      '',
      'Per Holm: (00:19)',
      'Not yet.',
      '',
      'Speaker 1: (00:40)',
      'The minister leaves for the capital after this; the next briefing is on Thursday.',
    ].join('\n');
    const who = quotes(hosted, 'press-conference-holm.txt').map(([name]) => name);
    expect(who).toEqual(['Speaker 1', 'Per Holm', 'journalist', 'Per Holm', 'Speaker 1']);
  });
  it('keeps a clock time that is the whole first line of an answer as its words', () => {
    const briefing = [
      'Press briefing by the Interior Ministry spokesperson, 9 May 2031',
      '',
      'Question: At what time do the crossings open on Monday?',
      '',
      'Spokesperson: 07:45',
      'The first buses leave an hour later.',
      '',
      'Question: And the night crossings?',
      '',
      'Spokesperson: Those stay closed for now.',
    ].join('\n');
    expect(quotesRead(briefing, 'briefing-crossings.txt', 80)).toContainEqual([
      'Spokesperson',
      '07:45 The first buses leave an hour later.',
    ]);
  });
});
