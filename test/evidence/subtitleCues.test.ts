// Subtitle files as newsrooms and meeting apps save them: a SubRip file of a NATO-style press
// conference where the captioner names a voice once and implies it after, a WebVTT podcast with
// voice tags, a meeting app's WebVTT that repeats the name on every cue under an identifier, and a
// Kremlin-style SubRip with a title card and a note of the room. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { subtitleTurns } from '../../src/evidence/subtitleCues.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string, file = 'captions.srt.txt') =>
  processDocument(new TextEncoder().encode(text), file, { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

const srt = `1
00:00:00,500 --> 00:00:03,900
[JOINT PRESS POINT - FJELLBY - 4 MARCH 2031]

2
00:00:04,200 --> 00:00:08,100
SOLBERG: Good afternoon. The third round
closed an hour ago.

3
00:00:08,300 --> 00:00:12,700
Both delegations stayed
until the last paragraph,

4
00:00:12,900 --> 00:00:16,000
and the river chapter is now agreed.

5
00:00:16,400 --> 00:00:20,800
JOURNALIST (Kyodo): Minister, Drava says
the text is still open.

6
00:00:21,000 --> 00:00:23,500
Who is right?

7
00:00:24,000 --> 00:00:27,200
SOLBERG: (laughter)
Both of us, on different chapters.
`;

describe('subtitle cues', () => {
  it('a SubRip cue is one quotation of the last voice named, its number and times left out', () => {
    expect(quotes(srt)).toEqual([
      ['solberg', 'Good afternoon. The third round closed an hour ago.'],
      ['solberg', 'Both delegations stayed until the last paragraph,'],
      ['solberg', 'and the river chapter is now agreed.'],
      ['journalist', 'Minister, Drava says the text is still open.'],
      ['journalist', 'Who is right?'],
      ['solberg', 'Both of us, on different chapters.'],
    ]);
  });

  it("a WebVTT voice tag names the cue's speaker", () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '<v Ana Berg>Welcome back to River Desk.',
      '',
      '00:00:04.500 --> 00:00:08.000',
      '<v Henrik Dahl>Thank you. We have nine points on the table.',
      '',
      '00:00:08.200 --> 00:00:11.000',
      '<v Henrik Dahl>Seven of them are settled.',
      '',
      '00:00:11.500 --> 00:00:13.000',
      '<v Ana Berg>And the other two?',
    ].join('\n');
    expect(quotes(vtt, 'episode.vtt.txt')).toEqual([
      ['Ana Berg', 'Welcome back to River Desk.'],
      ['dahl', 'Thank you. We have nine points on the table.'],
      ['dahl', 'Seven of them are settled.'],
      ['Ana Berg', 'And the other two?'],
    ]);
  });

  it("a meeting app's cues under identifiers, the name on each, are one quotation a cue", () => {
    const teams = [
      'WEBVTT',
      '',
      '5e1c9a-4/12-0',
      '00:00:02.100 --> 00:00:07.400',
      'Pavel Surin: The Citadel has read the draft',
      'and sends its comments tonight.',
      '',
      '5e1c9a-4/13-0',
      '00:00:07.600 --> 00:00:10.000',
      'Pavel Surin: in writing, to both co-chairs.',
      '',
      '5e1c9a-4/14-0',
      '00:00:10.800 --> 00:00:14.200',
      'Taras Melnyk: Kessel has no comments. We are ready to initial.',
    ].join('\n');
    expect(quotes(teams, 'meeting.vtt.txt')).toEqual([
      ['surin', 'The Citadel has read the draft and sends its comments tonight.'],
      ['surin', 'in writing, to both co-chairs.'],
      ['melnyk', 'Kessel has no comments. We are ready to initial.'],
    ]);
  });

  it('a page with an article around a few timings is no subtitle file', () => {
    const page = [
      'Envoy upbeat after talks',
      'By Staff Reporter',
      'The envoy spoke for ten minutes.',
      'Readers asked about the timings of the broadcast.',
      '00:00:01,000 --> 00:00:02,000',
      'One.',
      '00:00:03,000 --> 00:00:04,000',
      'Two.',
      '00:00:05,000 --> 00:00:06,000',
      'Three.',
    ].join('\n\n');
    expect(subtitleTurns(page)).toBeUndefined();
  });

  it('cues before any voice is named give no quotation', () => {
    const unnamed = [
      '1',
      '00:00:01,000 --> 00:00:03,000',
      '[Music]',
      '',
      '2',
      '00:00:03,500 --> 00:00:06,000',
      'The talks resumed this morning.',
      '',
      '3',
      '00:00:06,500 --> 00:00:09,000',
      'PRESIDENT VARIN: We came to sign.',
    ].join('\n');
    expect(quotes(unnamed)).toEqual([['varin', 'We came to sign.']]);
  });

  it("the last cue ends with its sentence: what follows is no cue's words", () => {
    const story = [
      "Varin's remarks, as captioned by the broadcaster",
      '',
      'FJELLBY (Reuters) - The broadcaster captioned the president as follows:',
      '',
      '00:00:01,000 --> 00:00:03,000',
      'PRESIDENT VARIN: We came to sign.',
      '',
      '00:00:03,500 --> 00:00:06,000',
      'The text is ready.',
      '',
      '00:00:06,500 --> 00:00:09,000',
      'We will not reopen it.',
      '',
      'Torvania disputed that account. "Nothing has been initialled," a spokesman said.',
    ].join('\n');
    expect(quotes(story)).toEqual([
      ['varin', 'We came to sign.'],
      ['varin', 'The text is ready.'],
      ['varin', 'We will not reopen it.'],
      ['spokesman', 'Nothing has been initialled,'],
    ]);
    const podcast = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000',
      '<v Ana Berg>Welcome back to River Desk.',
      '',
      '00:00:03.500 --> 00:00:06.000',
      '<v Henrik Dahl>We have nine points on the table.',
      '',
      '00:00:06.500 --> 00:00:08.000',
      '<v Henrik Dahl>Seven are settled.',
      '',
      'Transcript produced by the show. Music by the river band.',
    ].join('\n');
    expect(quotes(podcast, 'episode.vtt.txt')).toEqual([
      ['Ana Berg', 'Welcome back to River Desk.'],
      ['dahl', 'We have nine points on the table.'],
      ['dahl', 'Seven are settled.'],
    ]);
  });

  it('only the known cue settings follow the times; a spoken word:word token is words', () => {
    const cues = [
      '00:00:01.000 --> 00:00:03.000 align:start position:10%',
      'PRESIDENT VARIN: We came to sign.',
      '',
      '00:00:03.500 --> 00:00:06.000 score:3-1 was the count on the river chapter.',
      '',
      '00:00:06.500 --> 00:00:09.000',
      'We will not reopen it.',
    ].join('\n');
    expect(subtitleTurns(cues)?.map((t) => cues.slice(t.body[0], t.body[1]))).toEqual([
      'We came to sign.',
      'score:3-1 was the count on the river chapter.',
      'We will not reopen it.',
    ]);
  });
});
