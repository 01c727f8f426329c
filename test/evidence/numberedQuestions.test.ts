// A parliament's oral questions: each numbered before its asker ("1. Name (Seat) (Party): What …?"),
// its reference on the order paper after the mark, and the title of the next question set as a
// heading between the chair's call and the asker. Near misses: a numbered list's "2. Objectives: …",
// a numbered name over words that ask nothing. Every text is invented.
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
});
