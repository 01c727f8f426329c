// A parliament's record in the Dewan Rakyat's style: a minister's office with the holder in square
// brackets ("The Minister of Trade [Dr. Ada Lind]:"), a member's name with the seat in brackets, and
// the presiding officer's address whose particle is in lower case ("Tuan Yang di-Pertua:"). Near miss:
// a sentence that opens on an office and a bracketed name runs on to no colon and is no label.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'meeting-transcript-house.txt', 24);

const record = [
  'HOUSE OF REPRESENTATIVES OF NORLAND',
  'OFFICIAL REPORT',
  '',
  'Tuesday, 3 March 2031',
  '',
  '[Tuan Yang di-Pertua in the Chair]',
  '',
  '10.42 a.m.',
  'The Minister of Trade and Industry [Dr. Ada Lind]: Tuan Yang di-Pertua, the Fjellby round closed on Friday.',
  '',
  'Tuan Per Berg [Kessel Barat]: Tuan Yang di-Pertua, who drafted the annex?',
  '',
  'Tuan Yang di-Pertua: Kessel Barat, one question only.',
  '',
  'The Minister of Trade and Industry [Dr. Ada Lind]: Our own officials drafted it.',
].join('\n');

describe('labels with the holder or the seat in square brackets', () => {
  it('gives the office’s turns to the bracketed holder and the presiding address its own voice', () => {
    expect(quotes(record)).toEqual([
      ['Ada Lind', 'Tuan Yang di-Pertua, the'],
      ['Per Berg', 'Tuan Yang di-Pertua, who'],
      ['Tuan Yang di-Pertua', 'Kessel Barat, one questi'],
      ['Ada Lind', 'Our own officials drafte'],
    ]);
  });

  it('reads no label in a sentence naming an office and a bracketed holder', () => {
    const text = [
      'Trade talks resume',
      '',
      'FJELLBY, March 4 (Wire) - The Minister of Trade [Dr. Ada Lind] met the delegation on Tuesday and left without comment.',
    ].join('\n');
    expect(quotes(text)).toEqual([]);
  });
});
