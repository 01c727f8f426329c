// A limit named in the words of official usage: a UN notice's closing date, a procedure's cut-off
// date or time-limit, a translated communiqué's "term", a period that expires on a day. Sentences
// invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a limit named in official usage', () => {
  it('reads the day after a closing date, a cut-off date and a time-limit as a deadline', () => {
    expect(
      events('The closing date for written submissions to the mediator is 20 March 2031.', 'press-release'),
    ).toEqual([['deadline', '2031-03-20']]);
    expect(events('The cut-off date for comments on the revised text is 18 March.', 'readout')).toEqual([
      ['deadline', '2031-03-18'],
    ]);
    expect(
      events('The time-limit for replies from the parties expires on 25 March 2031.', 'press-release'),
    ).toEqual([['deadline', '2031-03-25']]);
  });

  it("reads a translated communiqué's term and a period that runs out on its day", () => {
    expect(
      events(
        'The Republic calls on the parties to respect the term of 17 of March for the presentation of their observations.',
        'press-release',
      ),
    ).toEqual([['deadline', '2031-03-17']]);
    expect(events('The period for observations on the draft ends on 21 March.', 'readout')).toEqual([
      ['deadline', '2031-03-21'],
    ]);
  });

  it('leaves a term of office, a span of days and a long term alone', () => {
    expect(events("The envoy's term of office ends on 30 March.", 'readout')).toEqual([]);
    expect(events('The period from 1 to 17 March was calm along the line.', 'readout')).toEqual([]);
    expect(events('In the long term, the parties see a joint commission on 17 March.', 'readout')).toEqual(
      [],
    );
  });
});
