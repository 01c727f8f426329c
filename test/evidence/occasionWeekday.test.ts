// A weekday that names an occasion with no verb of its own ("Friday's session", "the call on
// Tuesday between the ministers") lies behind the day of writing when the sentence plans nothing.
// Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';

const day = (sentence: string, weekday: string) =>
  findDates(sentence, '2031-03-05').find((d) => d.text.includes(weekday))?.iso;

describe('an occasion named by its weekday, with no verb of its own', () => {
  it('is one the text looks back on', () => {
    expect(day('Doubts remain about Monday’s four-party session in Harlow.', 'Monday')).toBe('2031-03-03');
    expect(day('Q: And the call on Tuesday between the two ministers?', 'Tuesday')).toBe('2031-03-04');
    expect(day('Both houses cite the summary (Friday’s readout).', 'Friday')).toBe('2031-02-28');
  });

  it('stays ahead when the sentence plans, a verb places it, or it is waited for', () => {
    expect(day('Monday’s session in Harlow will settle the text.', 'Monday')).toBe('2031-03-10');
    expect(day('The talks open on Monday in Harlow.', 'Monday')).toBe('2031-03-10');
    expect(day('We adjourn until the sitting in Harlow on Friday.', 'Friday')).toBe('2031-03-07');
    expect(day('Nobody has seen the text before Friday’s session.', 'Friday')).toBe('2031-03-07');
  });
});
