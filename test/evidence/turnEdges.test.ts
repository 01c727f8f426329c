// Where a transcript's turn starts and ends, and who a label the roster knows names, whatever house
// wrote the record: the clock after a label is nobody's words; a record whose turns keep to one
// paragraph closes on lines that are nobody's (a footer, the next heading, the note that the sitting
// rose), and its last turn keeps to one paragraph too; any record's last turn ends before a line of a
// heading's shape; a label the roster gives as an alias is that person. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string, with_: Roster = roster) =>
  extractClaims(text, { roster: with_, genre: detectGenre(text).genre }).filter(
    (c): c is Quote => c.kind === 'quote' && c.data.form === 'turn',
  );

describe("a recording's clock after the label", () => {
  it('leaves the stamp out of the words', () => {
    const record = [
      'Harbour Hour, episode 4',
      '',
      'Lena Ostrom: [00:00:03] Welcome back. Was the map shared with both delegations?',
      '',
      'Piet Varga: [00:00:11] It was, on the second day.',
      '',
      'Lena Ostrom: [00:00:19] And did they accept it?',
    ].join('\n');
    expect(turns(record).map((t) => t.data.words)).toEqual([
      'Welcome back. Was the map shared with both delegations?',
      'It was, on the second day.',
      'And did they accept it?',
    ]);
  });

  it('keeps a figure that opens the words', () => {
    const record = [
      'Lena Ostrom: 12 boats were seized. Who holds them?',
      '',
      'Piet Varga: 3 of them are in port.',
      '',
      'Lena Ostrom: And the rest?',
    ].join('\n');
    expect(turns(record)[1]?.data.words).toBe('3 of them are in port.');
  });
});

describe('the last turn of a record whose turns keep to one paragraph', () => {
  const record = (tail: string[]) =>
    [
      'Committee on External Affairs',
      '',
      'CHAIR: The sitting is open. Mr Dals has the floor.',
      '',
      'MR DALS: Has the Government seen the annex?',
      '',
      'MINISTER ROVEN: It has, and it will publish it once both parties sign.',
      '',
      'MR DALS: When will that be?',
      '',
      'CHAIR: We must close there.',
      '',
      ...tail,
    ].join('\n');

  it("ends on its own paragraph, before the page's closing lines", () => {
    const last = turns(record(['Next sitting: Thursday at ten.', '', 'Committee Secretariat'])).at(-1);
    expect(last?.data.words).toBe('We must close there.');
  });

  it('keeps a record whose turns run over paragraphs whole', () => {
    const long = [
      'CHAIR: The sitting is open.',
      '',
      'MINISTER ROVEN: The annex is ready.',
      '',
      'It will be published once both parties sign.',
      '',
      'MR DALS: When?',
      '',
      'MINISTER ROVEN: Soon.',
      '',
      'I cannot give a day.',
    ].join('\n');
    expect(turns(long).at(-1)?.data.words).toBe('Soon. I cannot give a day.');
  });
});

describe('the last turn before a line of a heading’s shape', () => {
  const record = (tail: string[]) =>
    [
      'MINISTER ROVEN: The annex is ready.',
      '',
      'It will be published once both parties sign.',
      '',
      'MR DALS: When?',
      '',
      'MINISTER ROVEN: Soon.',
      '',
      'I cannot give a day, and I will not guess one.',
      '',
      ...tail,
    ].join('\n');

  it('ends there: the next section or the office that published the record is the page’s', () => {
    const last = turns(record(['Written answers (Part 2)', '', 'Press Office of the Assembly'])).at(-1);
    expect(last?.data.words).toBe('Soon. I cannot give a day, and I will not guess one.');
  });

  it('runs on over a paragraph that is a sentence', () => {
    const last = turns(record(['We will know by spring.'])).at(-1);
    expect(last?.data.words).toBe(
      'Soon. I cannot give a day, and I will not guess one. We will know by spring.',
    );
  });
});

describe('a label the roster gives as an alias', () => {
  const withAlias: Roster = {
    ...roster,
    people: [
      ...roster.people,
      {
        id: 'tarrow',
        name: 'Edda Tarrow',
        office: 'First Minister of Arvenia',
        party: 'arvenia',
        aliases: ['The Provost'],
      },
    ],
  };
  const record = [
    'Assembly record',
    '',
    'CHAIR: Questions to the Provost.',
    '',
    'MS HOLT: Will the Provost publish the annex?',
    '',
    'The Provost: Not before it is signed.',
    '',
    'MS HOLT: Then when?',
    '',
    'The Provost: When both parties sign.',
  ].join('\n');

  it('is that person, though its word is no office the engine knows', () => {
    expect(turns(record, withAlias)[2]?.speaker?.personId).toBe('tarrow');
  });

  it('names no one where the roster has no such alias', () => {
    const provost = turns(record)[2];
    expect(provost?.data.words).toBe('Not before it is signed.');
    expect(provost?.speaker?.personId).toBeUndefined();
  });
});
