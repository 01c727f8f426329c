// A sitting's record heads each agenda item by its number and the clock it opened at: the turn
// before the heading has ended, and the heading is nobody's words. Text invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const sitting = (heading: string) =>
  [
    'NATIONAL ASSEMBLY OF NORLAND',
    'VERBATIM RECORD',
    '',
    '1. 10:02 Questions to the Government on the Vell annex',
    '',
    'Chair: The Foreign Minister has the floor.',
    '',
    'Ingrid Solberg: The annex is ready and both sides have read it.',
    '',
    'Chair: Thank you! I close the first item.',
    '',
    heading,
    '',
    'Chair: We now turn to the budget.',
  ].join('\n');

describe("a sitting record's agenda items", () => {
  it('ends the turn before a numbered item with its clock', () => {
    const read = quotesRead(sitting('2. 10:41 First reading of the Water Act (14 SE)'), 'sitting.txt', 80);
    expect(read.map(([, words]) => words)).toContain('Thank you! I close the first item.');
  });

  it('reads a numbered line of words in lower case as the speaker’s', () => {
    const read = quotesRead(sitting('2. 10:41 the clock struck and we went on.'), 'sitting.txt', 80);
    expect(read.map(([, words]) => words)).toContain(
      'Thank you! I close the first item. 2. 10:41 the clock struck and we went on.',
    );
  });
});
