// A Commonwealth parliament's official report: the Speaker seated by name in the head ("[The Speaker
// (Hon. Ada Lind) in the Chair]") and addressed "Hon. Speaker:" at each turn, members labelled
// "Hon. Name (Constituency, Party):", a courtesy title in brackets ("Hon. (Dr.) Per Holm"). Near
// miss: a Speaker no line seats by name stays the office ("Speaker"). Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'meeting-transcript-assembly.txt', 30);

const report = (chairLine: string) =>
  [
    'NATIONAL ASSEMBLY OF ESTMARK',
    'OFFICIAL REPORT',
    'Tuesday, 3rd March, 2031',
    '',
    'The House met at 2.30 p.m.',
    '',
    chairLine,
    '',
    'STATEMENT',
    '',
    'Hon. Speaker: Leader of the Majority, you have the Floor.',
    '',
    'Hon. Tomas Weil (Fjellby Central, NDP): Thank you, Hon. Speaker. The second round of the talks ended on Friday.',
    '',
    'Hon. Speaker: Hon. Members, a few questions. Hon. Mira Kovan.',
    '',
    'Hon. (Dr.) Mira Kovan (Estvik West, LP): Thank you, Hon. Speaker. Who has seen the annex?',
    '',
    'Hon. Speaker: Order, Hon. Members! Next Order.',
  ].join('\n');

describe("a Commonwealth Hansard's labels", () => {
  it('gives the Speaker’s turns to the holder the head seats, and strips "Hon." and a bracketed courtesy', () => {
    expect(quotes(report('[The Speaker (Hon. Ada Lind) in the Chair]'))).toEqual([
      ['Ada Lind', 'Leader of the Majority, you ha'],
      ['Tomas Weil', 'Thank you, Hon. Speaker. The s'],
      ['Ada Lind', 'Hon. Members, a few questions.'],
      ['Mira Kovan', 'Thank you, Hon. Speaker. Who h'],
      ['Ada Lind', 'Order, Hon. Members! Next Orde'],
    ]);
  });

  it('keeps the office as the voice when no line seats a holder by name', () => {
    const read = quotes(report('[THE SPEAKER in the Chair]'));
    expect(read.map(([who]) => who)).toEqual(['Speaker', 'Tomas Weil', 'Speaker', 'Mira Kovan', 'Speaker']);
  });
});
