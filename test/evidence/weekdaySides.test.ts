// Which side of the day of writing a bare weekday falls on, read from what governs it: the verb
// nearest before it, an occasion something is done ahead of, a clause of "after" that hangs on a
// past deed, and a clause of "where" that tells of the occasion in the past. Sentences invented
// for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { tenseAt } from '../../src/evidence/tense.ts';

const day = (sentence: string, weekday: string) =>
  findDates(sentence, '2031-03-05').find((d) => d.text.includes(weekday))?.iso;

describe('the verb nearest before a weekday', () => {
  it('puts a day after a past deed and its object behind, whatever the clause plans later', () => {
    expect(
      day('The two envoys drew up rival summaries on Tuesday of a plan to reopen the port.', 'Tuesday'),
    ).toBe('2031-03-04');
    expect(day('The panel that will audit the fund convened for a first time on Monday.', 'Monday')).toBe(
      '2031-03-03',
    );
  });

  it('does not read a passive after "be" or "is" as done', () => {
    expect(day('The delegation will be welcomed in Harrow on Friday.', 'Friday')).toBe('2031-03-07');
    const s = 'The accord that is ratified on Monday will bind both.';
    expect(tenseAt(s, s.indexOf('Monday'))).toBe('future');
  });
});

describe('an occasion something is done ahead of, or prepared for', () => {
  it('lies ahead, even after a past deed', () => {
    expect(day('The ministers swapped drafts ahead of Friday’s vote in the assembly.', 'Friday')).toBe(
      '2031-03-07',
    );
    expect(
      day('Aides reviewed preparations for the opening of the crossing at Tarn on Friday.', 'Friday'),
    ).toBe('2031-03-07');
  });

  it('does not reach past a comma to another clause', () => {
    expect(day('Ahead of the vote, the ministers met on Monday.', 'Monday')).toBe('2031-03-03');
  });

  it('yields to a deed of its own between the occasion and the day', () => {
    expect(day('Preparations for the ceremony began in earnest on Monday.', 'Monday')).toBe('2031-03-03');
    expect(day('In the run-up to the ballot the envoy flew to Tarn on Monday.', 'Monday')).toBe('2031-03-03');
    expect(day('The aides argued ahead of the UN-led round on Friday.', 'Friday')).toBe('2031-03-07');
  });
});

describe('a clause without a verb of its own', () => {
  it('after "after" is behind a past deed it follows', () => {
    expect(
      day('The envoys settled the text, officials said, after a call between them on Friday.', 'Friday'),
    ).toBe('2031-02-28');
  });

  it('after "after" a planned deed keeps its own lean', () => {
    expect(day('The envoys will sign, after a last reading on Friday.', 'Friday')).toBe('2031-03-07');
  });

  it('before "where" a past account is the occasion’s', () => {
    expect(day('And the council session on Monday, where the envoy said nothing new?', 'Monday')).toBe(
      '2031-03-03',
    );
    expect(day('And the council session on Monday, where the envoy will speak?', 'Monday')).toBe(
      '2031-03-10',
    );
  });
});

describe('hostile input', () => {
  it('reads a sentence of thousands of verbless "after" clauses in linear time', () => {
    const s = `The envoys met, ${Array.from({ length: 3000 }, () => 'after a call on Friday').join(', ')}.`;
    const t = Date.now();
    findDates(s, '2031-03-05');
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
