// Speaker labels known by the shape of their lines alone (shapedLabels.ts): a name or an office alone
// on its line over the words, a time stamp before or after it or none, or a stamp, a name and a colon;
// a record that repeats such lines is a sequence of turns, whatever house wrote it. Headings, header
// fields, lists and tables stay quiet. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { shapedLabels } from '../../src/evidence/shapedLabels.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 2000;

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'turn')
    .map((c) => [c.speaker?.said ?? c.speaker?.name, c.data.words]);

describe('labels alone on their lines, read by their shape', () => {
  it('reads a chamber whose names and offices stand alone over the words', () => {
    const record = [
      'Upper Chamber of Valdmark',
      'Questions to the Government',
      '',
      'Senator Ottla Brenning',
      'Has the Government seen the draft accord, and when will it come before this chamber?',
      '',
      'The First Minister',
      'We have seen it. It comes before the chamber when it is signed.',
      '',
      'Senator Ottla Brenning',
      'That is no date.',
      '',
      'The First Minister',
      'It is the only one I can give.',
    ].join('\n');
    expect(detectGenre(record).genre).toBe('meeting-transcript');
    expect(turns(record).map(([, words]) => words)).toEqual([
      'Has the Government seen the draft accord, and when will it come before this chamber?',
      'We have seen it. It comes before the chamber when it is signed.',
      'That is no date.',
      'It is the only one I can give.',
    ]);
  });

  it("reads a recording's transcript whose stamp stands before each speaker's name", () => {
    const record = [
      'Harbour panel recording',
      '',
      '[00:00:05] Ines Marrow',
      'Welcome, everyone. Tomas, did the delegations get the map?',
      '',
      '[00:00:12] Tomas Quill',
      'They did, on the second day.',
      '',
      '[00:00:20] Ines Marrow',
      'And did they accept it?',
      '',
      '[00:00:24] Tomas Quill',
      'Not yet. They asked for a week.',
    ].join('\n');
    expect(turns(record)).toEqual([
      ['Ines Marrow', 'Welcome, everyone. Tomas, did the delegations get the map?'],
      ['Tomas Quill', 'They did, on the second day.'],
      ['Ines Marrow', 'And did they accept it?'],
      ['Tomas Quill', 'Not yet. They asked for a week.'],
    ]);
  });

  it('reads a stamped colon label, a speaker heard once too, where stamped labels recur', () => {
    const record = [
      'Plenary minutes',
      '',
      '10.01 Arvo Lintunen sd: Is the pledge conditional on a signature?',
      '',
      '10.02 Minister Kaisa Rautio: It is. Nothing is paid before the text is signed.',
      '',
      '10.04 Arvo Lintunen sd: Then when will it be signed?',
      '',
      '10.05 Minister Kaisa Rautio: When both parties agree on the annex.',
      '',
      '10.06 Pekka Salo vihr: Who drafted the annex?',
    ].join('\n');
    expect(turns(record).map(([, words]) => words)).toEqual([
      'Is the pledge conditional on a signature?',
      'It is. Nothing is paid before the text is signed.',
      'Then when will it be signed?',
      'When both parties agree on the annex.',
      'Who drafted the annex?',
    ]);
  });
});

describe("a country named over its representative's words", () => {
  it('reads a record whose labels are parties alone on their lines, its speakers speaking for themselves', () => {
    const record = [
      'Contact group, third meeting',
      '',
      'Arvenia',
      'My delegation thanks the mediator for the map. We can accept it as a basis.',
      '',
      'Torvania',
      'We cannot accept the northern line in its present form.',
      '',
      'Arvenia',
      'I would remind colleagues that the line was drawn by the mediator.',
      '',
      'Torvania',
      'Our objection stands, and it will be put in writing.',
    ].join('\n');
    expect(detectGenre(record).genre).toBe('meeting-transcript');
    expect(turns(record).map(([said]) => said)).toEqual(['Arvenia', 'Torvania', 'Arvenia', 'Torvania']);
  });
});

// A live page dates each update by the clock on the wall and heads it with the place it is filed
// from: a short capitalised line, repeated, over a sentence, as a speaker's label is. Its updates
// report in the third person; a record's speakers say "I" and "we".
const livePage = [
  'Lakeside ceasefire talks, as it happened',
  '09:15 Fjellby',
  "The mediator's motorcade reached the lakeside hotel shortly after dawn.",
  '09:50 Brussels',
  'Officials say a statement on the guarantees will follow the first session, our reporter writes.',
  '11:05 Fjellby',
  'Both delegations are now inside; the doors closed at eleven, a spokesman for the host said.',
  '13:20 Brussels',
  "Markets barely moved on the reports, and the ministers' spokesmen declined to comment.",
].join('\n');

describe('lines of the same shape that are not turns', () => {
  it("takes no live page's updates, a wall clock and a place over each, for a record's turns", () => {
    expect(shapedLabels(livePage)).toBeUndefined();
    expect(detectGenre(livePage).genre).not.toBe('meeting-transcript');
  });

  it("takes no live page's places over its updates for speakers when no clock stands before them", () => {
    const placesOnly = livePage.replace(/^\d\d:\d\d /gm, '');
    expect(shapedLabels(placesOnly)).toBeUndefined();
    expect(detectGenre(placesOnly).genre).not.toBe('meeting-transcript');
  });

  it('reads no first person in words quoted under a place line', () => {
    const quoting = livePage.replace(
      "The mediator's motorcade reached the lakeside hotel shortly after dawn.",
      '"We are hopeful," the mediator told reporters as his motorcade reached the hotel.',
    );
    expect(shapedLabels(quoting)).toBeUndefined();
  });

  it('stays quiet on news prose under headings that never repeat', () => {
    const story = [
      'Border Talks Resume',
      'The two delegations met again on Monday in the capital.',
      '',
      'Next Steps',
      'A further round is planned for the spring, officials said.',
      '',
      'Regional Reaction',
      'Neighbouring states welcomed the resumption.',
    ].join('\n');
    expect(shapedLabels(story)).toBeUndefined();
  });

  it('stays quiet on header fields and a table whose rows hold no sentence', () => {
    const page = [
      'Date',
      'Monday',
      'Location',
      'Valdmark',
      'Date',
      'Tuesday',
      'Location',
      'Orsk',
      '',
      'Belmora',
      '12',
      'Ketheny',
      '14',
      'Belmora',
      '9',
      'Ketheny',
      '21',
    ].join('\n');
    expect(shapedLabels(page)).toBeUndefined();
  });

  it('stays quiet on a list naming one thing again and again', () => {
    const list = ['Orsk Accord', 'signed in the spring.', '', 'Orsk Accord', 'ratified in the autumn.'].join(
      '\n',
    );
    expect(shapedLabels(list)).toBeUndefined();
  });
});

describe('hostile input', () => {
  it('reads the words under names alone on their lines, runs of unclosed quotation marks in them, in linear time', () => {
    const words = `${'“'.repeat(50_000)} ${'"'.repeat(50_000)}.`;
    const record = Array.from({ length: 40 }, (_, k) => `${k % 2 ? 'Ada Lind' : 'Ben Ray'}\n${words}`).join(
      '\n\n',
    );
    expect(cpuMs(() => shapedLabels(record))).toBeLessThan(BOUND_MS);
  });

  it('reads a long run of capitalised lines and a long stamped line in linear time', () => {
    const lines = Array.from({ length: 20_000 }, (_, k) => (k % 2 ? 'Ab Ab Ab Ab Ab Ab Ab Ab Ab' : 'Ab Ab'));
    const stamped = `10.01 ${'Ab '.repeat(30_000)}:`;
    expect(cpuMs(() => shapedLabels([...lines, stamped].join('\n')))).toBeLessThan(2000);
  });
});
