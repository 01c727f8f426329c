// A parliament's oral questions: each numbered before its asker ("1. Name (Seat) (Party): What …?"),
// its reference on the order paper after the mark, and the title of the next question set as a
// heading between the chair's call and the asker. Near misses: a numbered list's "2. Objectives: …",
// a numbered name over words that ask nothing, an explainer's numbered headings that ask (no seat,
// party or order-paper reference: no parliament's). Every text is invented.
import { describe, expect, it } from 'vitest';
import { turnLabel } from '../../src/evidence/genre.ts';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'plenary-record.txt', 200);

describe("a parliament's numbered oral questions", () => {
  it('reads the asker after the number, without the reference, and no heading as the chair’s words', () => {
    const record = [
      'Assembly of Norland — Record of Proceedings',
      'Questions to the Foreign Minister',
      'The Presiding Officer: Good afternoon. The first question is from Taras Melnyk.',
      'The Vell Accord',
      '1. Taras Melnyk (Fjellby North) (Lab): What assessment has the Minister made of the accord? [905123]',
      'Ingrid Solberg: The accord is ready for signature.',
      'The Presiding Officer: Question 2, Henrik Dahl.',
      'River Ports Fund',
      '2. Henrik Dahl: Will the Minister make a statement on the ports fund? OAQ0415(FM)',
      'Ingrid Solberg: The fund opens in May.',
    ].join('\n\n');
    expect(quotes(record)).toEqual([
      ['The Presiding Officer', 'Good afternoon. The first question is from Taras Melnyk.'],
      ['melnyk', 'What assessment has the Minister made of the accord?'],
      ['solberg', 'The accord is ready for signature.'],
      ['The Presiding Officer', 'Question 2, Henrik Dahl.'],
      ['dahl', 'Will the Minister make a statement on the ports fund?'],
      ['solberg', 'The fund opens in May.'],
    ]);
  });

  it('reads no label in a numbered list item or a numbered name over words that ask nothing', () => {
    expect(turnLabel('2. Objectives: To agree the text of the accord?')).toBeUndefined();
    expect(turnLabel('1. Taras Melnyk: opening remarks and welcome.')).toBeUndefined();
  });

  it('reads no asker in a news explainer whose numbered headings ask questions', () => {
    expect(turnLabel('3. Grain Corridor: Can the ships sail before winter?')).toBeUndefined();
    const explainer = [
      'Four things to know before the Vell round',
      'FJELLBY, May 2 (Wire) - The delegations return on Thursday.',
      '1. Fishing Rights: Does the draft give Torvania the northern bank?',
      'Mira Kostal said on Monday that "the northern bank was never on the table".',
      '2. Night Crossings: When will the bridges reopen?',
      'Officials expect a date by the end of the month.',
      '3. Union Money: Who pays for the new locks?',
      'The Union has not said.',
    ].join('\n\n');
    expect(quotesRead(explainer, 'explainer.txt', 30)).toEqual([
      ['kostal', 'the northern bank was never on'],
    ]);
  });
});
