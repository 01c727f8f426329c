// Turns and messages under a header line of their own, the sender's name and a clock: a podcast tool's
// transcript ("Name  0:04"), a Slack channel copied from its window ("Name  10:14 AM"), a chat server's
// copy ("Name — Today at 08:47", reactions under each message). Near misses: a programme's speakers
// over their titles, a live page's "Updated 14:02", prose with a clock in it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';
import { cpuMs } from './timedRuns.ts';

const quotes = (text: string, name = 'copy.txt') => quotesRead(text, name, 40);

describe('messages under a name-and-clock header', () => {
  it("reads a podcast transcript's turns as their speakers' words", () => {
    const podcast = [
      'The Vell Desk, episode 41: a text in two capitals',
      'Transcript generated automatically. 32 min',
      '',
      'Lena Vik   0:03',
      'Welcome back. With me today is the Norland envoy, who flew in from Fjellby this morning.',
      '',
      'Henrik Dahl   0:19',
      'Thank you for having me. The text went to both delegations on the same evening, at the same hour.',
      '',
      'Lena Vik   0:41',
      'Both of them say they received nothing. How do you explain that?',
      '',
      'Henrik Dahl   0:52',
      'I explain it with politics. The paper is in their hands, and they know it.',
      '',
      'Lena Vik   1:20',
      'We will leave it there. Thank you for your time today.',
    ].join('\n');
    expect(quotes(podcast)).toEqual([
      ['Lena Vik', 'Welcome back. With me today is the Norla'],
      ['dahl', 'Thank you for having me. The text went t'],
      ['Lena Vik', 'Both of them say they received nothing. '],
      ['dahl', 'I explain it with politics. The paper is'],
      ['Lena Vik', 'We will leave it there. Thank you for yo'],
    ]);
  });

  it("reads a Slack channel copied from its window, a handle's sender and the app's lines left out", () => {
    const slack = [
      '#vell-talks',
      '',
      'Ingrid Solberg  9:02 AM',
      'Delegations are back in the hotel, the plenary starts at eleven.',
      '',
      'tomas.reif  9:05 AM',
      'do we know whether the Citadel has the new text yet?',
      '(edited)',
      '',
      'Ingrid Solberg  9:07 AM',
      'They have it since last night, I handed it over myself.',
      '👍 4  👀 2',
      '',
      'tomas.reif  9:09 AM',
      'then why does their spokesman deny it every morning',
    ].join('\n');
    expect(quotes(slack)).toEqual([
      ['solberg', 'Delegations are back in the hotel, the p'],
      ['tomasreif', 'do we know whether the Citadel has the n'],
      ['solberg', 'They have it since last night, I handed '],
      ['tomasreif', 'then why does their spokesman deny it ev'],
    ]);
  });

  it("reads a chat server's copy, the day's rule and the reactions nobody's words", () => {
    const server = [
      'Vell Watchers',
      '# negotiations',
      '',
      '──────── April 2, 2031 ────────',
      '',
      'Ana Berg — Today at 08:47',
      'text reached Kessel last night according to two people in the delegation',
      '🔥 5',
      '',
      'Jon Ekdal — Today at 08:55',
      'we hear the same from Drava, twelve points and an annex on the river',
      '',
      'Ana Berg — Today at 09:02',
      'twelve, not nine? the envoy said nine on Tuesday',
      '😬 3  🤔 1',
      '',
      '📌 Pinned: Briefing by the envoy at the press centre, Thursday 10:00. — Jon Ekdal',
    ].join('\n');
    expect(quotes(server)).toEqual([
      ['Ana Berg', 'text reached Kessel last night according'],
      ['Jon Ekdal', 'we hear the same from Drava, twelve poin'],
      ['Ana Berg', 'twelve, not nine? the envoy said nine on'],
      ['Jon Ekdal', 'Briefing by the envoy at the press centr'],
    ]);
  });

  it("a tool's numbered voice nobody names keeps its label as written, its turns kept", () => {
    const otter = [
      'Speaker 1  0:00',
      'So the question is whether the river chapter is closed or only parked for now.',
      '',
      'Speaker 2  0:09',
      'Parked. Nobody in Kessel will tell you it is closed, and nobody in Drava either.',
      '',
      'Speaker 1  0:21',
      'Then the deadline on Friday is not a real deadline at all, is it?',
    ].join('\n');
    expect(quotes(otter).map(([who]) => who)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1']);
  });

  it("reads a meeting app's export that inverts each name, its body in brackets, the app's closing note left out", () => {
    const meeting = [
      'Vell working group - session 3 - Meeting Transcript',
      '2 April 2031, 10:00',
      '',
      'Dahl, Henrik started transcription',
      '',
      'Dahl, Henrik (NMFA)   0:05',
      'Good morning. The only item today is the calendar for the signing.',
      '',
      'Melnyk, Taras   0:48',
      'We can sign on the ninth, not before. The capital wants the annex read first.',
      '',
      'Dahl, Henrik (NMFA)   1:02:10',
      'Then the ninth it is. I will tell both delegations this afternoon.',
      '',
      '— End of excerpt. The full recording is available to members of the team. —',
      '',
      'Dahl, Henrik stopped transcription',
    ].join('\n');
    expect(quotes(meeting)).toEqual([
      ['dahl', 'Good morning. The only item today is the'],
      ['melnyk', 'We can sign on the ninth, not before. Th'],
      ['dahl', 'Then the ninth it is. I will tell both d'],
    ]);
  });

  it("ends the last turn at the app's line that the recording stopped, or at its footer", () => {
    const meeting = (closing: string) =>
      [
        'Vell working group - weekly sync',
        '',
        'Lena Vik 0:00:04',
        'Good morning. We have the annex and the monitors today.',
        '',
        'Henrik Dahl 0:00:19',
        'The annex went to both delegations on Monday evening.',
        '',
        'Lena Vik 0:01:02',
        'Thank you both. Same time next week.',
        '',
        closing,
      ].join('\n');
    for (const closing of ['Recording stopped.', 'Powered by Minutely.ai · Download: DOCX | PDF'])
      expect(quotesRead(meeting(closing), 'sync.txt', 80).at(-1)).toEqual([
        'Lena Vik',
        'Thank you both. Same time next week.',
      ]);
    // A speaker's sentence that opens on the words is theirs.
    expect(
      quotesRead(meeting('Powered by the wind, the station will run all winter.'), 'sync.txt', 200).at(
        -1,
      )?.[1],
    ).toContain('Powered by the wind');
  });

  it('reads no header in a place and its country over a line of prose, a clock after the words', () => {
    const dispatch = [
      'Fjellby, Norland   10:15',
      'The delegations met for an hour and left without a statement.',
      '',
      'Kessel, Arvenia   11:40',
      'The foreign ministry said it had received no paper from the mediator.',
      '',
      'Fjellby, Norland   12:05',
      'A second session was called for the afternoon.',
    ].join('\n');
    expect(quotes(dispatch).map(([who]) => who)).not.toContain('Norland');
  });

  it("leaves a programme's speakers over their titles, and a live page's updates, to the other readers", () => {
    const programme = [
      'Fjellby Forum on the Vell, programme',
      '',
      'Ingrid Solberg 09:30',
      'Opening remarks',
      '',
      'Henrik Dahl 10:00',
      'The mediation: state of play',
      '',
      'Ingrid Solberg 12:30',
      'Closing words',
    ].join('\n');
    expect(quotes(programme)).toEqual([]);
    const live = [
      'Vell talks live: delegations meet in Fjellby',
      '',
      'Updated 14:02',
      'The second session has started, an hour late, behind closed doors in the old customs house.',
      '',
      'Updated 14:40',
      'Delegates are leaving for lunch; no statement yet from either side of the table.',
      '',
      'Updated 15:15',
      'The afternoon session is cancelled, a Norland official told reporters at the entrance.',
    ].join('\n');
    expect(quotes(live).filter(([who]) => who === 'Updated')).toEqual([]);
  });
});

describe('messages under a header on hostile input', () => {
  it('reads a chat whose lines run to thousands of lower-case letters in one pass', () => {
    const long = `${'a_'.repeat(20_000)}b`;
    const chat = Array.from({ length: 40 }, (_, i) =>
      [`Ana Berg — Today at 08:${String(i).padStart(2, '0')}`, long, ''].join('\n'),
    ).join('\n');
    const text = `Ana Berg — Today at 07:59\nfirst words of the day here now\n\nJon Ekdal — Today at 07:59\nthe second message has words\n\n${chat}`;
    expect(cpuMs(() => quotes(text))).toBeLessThan(5000);
  });
});
