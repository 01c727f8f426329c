// A limit told by its bare day, as speakers and captions say it: "we will answer by the twenty
// ninth" (a caption drops the hyphen), "They moved it one week, from the 22nd to the 29th" after a
// sentence that names the deadline, "We have extended it to the 28th". A bare day is read in a month
// that has it ("the 29th" said in March is never 29 February rolled into 1 March). "They moved it"
// after a meeting is the meeting rescheduled, no limit. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { events } from './eventsOf.ts';

describe('a limit told by its bare day', () => {
  it('reads a day in words without its hyphen', () => {
    expect(
      events('now we have it we are studying it and we will answer by the twenty ninth', 'press-conference'),
    ).toEqual([['deadline', '2031-03-29']]);
    expect(findDates('Replies are expected by the thirty first.', '2031-03-05').map((d) => d.iso)).toEqual([
      '2031-03-31',
    ]);
  });

  it('reads the day a limit moved by a pronoun goes to', () => {
    expect(
      events(
        'There is a deadline for the parties to answer the paper. They moved it one week, from the 22nd to the 29th.',
        'press-conference',
      ),
    ).toEqual([['deadline', '2031-03-29']]);
    expect(
      events(
        'The deadline for written replies was 22 March. We have now extended it to the 12th.',
        'readout',
      ),
    ).toContainEqual(['deadline', '2031-03-12']);
  });

  it('reads no limit in a meeting moved, and no day the month lacks', () => {
    expect(
      events('The ministers were due to meet in Fjellby on 20 March. They moved it to 28 March.', 'news'),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(
      findDates(
        'In the end the deadline was moved, first to the 29th and then to the 2nd of April.',
        '2031-03-05',
      ).map((d) => d.iso),
    ).toEqual(['2031-03-29', '2031-04-02']);
  });
});
