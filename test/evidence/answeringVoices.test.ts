// A press conference a transcription tool recorded with numbered voices and the clock in the label's
// brackets ("Speaker 1 (00:03):"): the askers are the press; the host is the one person the
// recording's title names, and a second answering voice the colleague the host introduces. Near
// misses: a title naming two people, a host the labels name themselves, a moderator who opens and
// announces the host, a counterpart the host only mentions. Every text is invented.
import { describe, expect, it } from 'vitest';
import { detectGenre } from '../../src/evidence/genre.ts';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string, name = 'press-conference-recording.txt') =>
  quotesRead(text, name, 30).map(([who]) => who);

// A recording whose title names one person, the host.
const DAHL_TITLE = 'Dahl presser Fjellby 3 March.m4a (12:05)';

const recording = (
  title: string,
  opening = 'Good morning. I will be brief, and I take your questions together with my chief of staff, Ingrid Solberg. The paper went to both capitals last night.',
) =>
  [
    title,
    'Automatic transcript by a recording service',
    '',
    'Speaker 1 (00:02):',
    opening,
    '',
    'Speaker 2 (00:40):',
    'Anna Berg, Fjellby Radio. Has Torvania answered yet?',
    '',
    'Speaker 1 (00:48):',
    'Not yet. We expect an answer by Friday.',
    '',
    'Speaker 3 (01:10):',
    'Who carried the paper to the Citadel?',
    '',
    'Speaker 4 (01:15):',
    'I did, by hand, on Tuesday evening.',
    '',
    'Speaker 3 (01:30):',
    'And will the talks resume next week?',
    '',
    'Speaker 1 (01:34):',
    'They will, on Monday, in Fjellby.',
  ].join('\n');

describe('numbered voices answering at a recorded press conference', () => {
  it('names the host by the title and the colleague by the opening, the askers the press', () => {
    // A "presser" is a press conference, as its reporters call one.
    expect(detectGenre(recording(DAHL_TITLE)).genre).toBe('press-conference');
    expect(quotes(recording(DAHL_TITLE))).toEqual([
      'dahl',
      'journalist',
      'dahl',
      'journalist',
      'solberg',
      'journalist',
      'dahl',
    ]);
  });

  it('names no host where the opening voice announces the principal in the third person', () => {
    const moderated = recording(
      DAHL_TITLE,
      'Good morning, everyone. The Special Envoy will open with a few words and then answer three questions.',
    );
    expect(quotes(moderated)[0]).toBe('Speaker 1');
    const bySurname = recording(
      DAHL_TITLE,
      'Welcome. I hand over to Mr Dahl, who has a few minutes for you.',
    );
    expect(quotes(bySurname)[0]).toBe('Speaker 1');
  });

  it('names as colleague only one the host introduces as their own, from their own side', () => {
    const mentioned = recording(
      DAHL_TITLE,
      'Good morning. I had a long call with Oleg Varin yesterday evening. My adviser will answer on the maps.',
    );
    expect(quotes(mentioned)[0]).toBe('dahl');
    expect(quotes(mentioned)[4]).toBe('Speaker 4');
    const otherSide = recording(
      DAHL_TITLE,
      'Good morning. I met our counterpart, Oleg Varin, at the border this morning.',
    );
    expect(quotes(otherSide)[4]).toBe('Speaker 4');
    const joined = recording(
      DAHL_TITLE,
      'Good morning. I am joined today by Ingrid Solberg, who led the technical round.',
    );
    expect(quotes(joined)[4]).toBe('solberg');
  });

  it('leaves the numbers where the title names two people', () => {
    const who = quotes(recording('Dahl and Solberg presser Fjellby 3 March.m4a (12:05)'));
    expect(who[0]).toBe('Speaker 1');
    expect(who[4]).toBe('Speaker 4');
  });

  it('keeps the numbered host as its voice where the named principal has a label of its own', () => {
    const labelled = [
      DAHL_TITLE,
      '',
      'Speaker 1 (00:00):',
      'Welcome, all. The envoy has ten minutes for you. Who has the first question?',
      '',
      'Henrik Dahl (00:09):',
      'The crossings reopen on Monday.',
      '',
      'Speaker 2 (00:15):',
      'Will the night crossings reopen as well?',
      '',
      'Henrik Dahl (00:19):',
      'Not yet.',
    ].join('\n');
    expect(quotes(labelled)).toEqual(['Speaker 1', 'dahl', 'journalist', 'dahl']);
  });
});
