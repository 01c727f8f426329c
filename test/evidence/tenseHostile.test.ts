// A verbless clause joined on (", and on Monday") takes the tense of the clause before it. Each day
// of a long list once followed the list back to its start: the square of its length, and at 100,000
// characters a stack too deep to finish.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { tenseAt } from '../../src/evidence/tense.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 2000;

describe('the tense of a long list of joined days', () => {
  const sentence = `The envoys met on Sunday${', and on Monday'.repeat(7000)}`;

  it('still reads a short list by its first verb', () => {
    const short = 'The envoys met on Sunday, and on Monday, and on Tuesday';
    expect(tenseAt(short, short.lastIndexOf('Tuesday'))).toBe('past');
  });

  it('reads every day of 100,000 characters of them without following the list back each time', () => {
    expect(cpuMs(() => findDates(sentence, '2031-03-05'))).toBeLessThan(BOUND_MS);
  });
});

// An occasion named by its day with no verb of its own ("the call on the 20th", "the call on
// Friday") looks back or ahead as the whole sentence plans: that sentence was read once per day in
// it, so 100,000 characters of such occasions took over a second.
describe('a long sentence of occasions named by their days', () => {
  it('reads whether the sentence plans once, not once per day', () => {
    const bare = 'the call on the 20th, '.repeat(4600);
    const weekday = 'the call on Friday, '.repeat(5000);
    expect(cpuMs(() => findDates(bare, '2031-03-05'))).toBeLessThan(BOUND_MS / 4);
    expect(cpuMs(() => findDates(weekday, '2031-03-05'))).toBeLessThan(BOUND_MS / 4);
  });
});
