// Limits and signings in the words wires, briefings and ministry pages use for them: a reply owed
// by a day, a bare day of the month named as the limit, more time given up to a day, a limit moved
// however far its day stands from the verb, a signing pencilled in or signed in an order. Sentences
// invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('what the parties owe by a day', () => {
  it('reads replies, responses or comments due on or by a day as a limit', () => {
    expect(events('Written replies were first due on 12 March.', 'news')).toEqual([
      ['deadline', '2031-03-12'],
    ]);
    expect(events('National comments are now due by 20 March.', 'press-release')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('Responses from both delegations had been due on Friday.', 'news')).toEqual([
      ['deadline', '2031-03-07'],
    ]);
  });

  it('leaves a guest or a cause alone', () => {
    expect(events('The delegation is due on Monday.', 'news')).toEqual([]);
    expect(events('The delay was due to the storm on 2 March.', 'news')).toEqual([]);
    // "due before" a body is still the appearance before it.
    expect(events('The minister is due before the committee on Tuesday.', 'news')).toEqual([
      ['meeting', '2031-03-11'],
    ]);
  });
});

describe('a limit named by its bare day', () => {
  it('reads "the deadline of the 22nd" and "the new deadline is now the 29th" in the month of writing', () => {
    expect(
      events('The important thing is that the deadline of the 22nd is met.', 'press-conference'),
    ).toEqual([['deadline', '2031-03-22']]);
    expect(events('MS ALBERS: The new deadline is now the 29th.', 'press-conference')).toEqual([
      ['deadline', '2031-03-29'],
    ]);
    expect(events('Both sides missed the deadline of the 3rd.', 'news')).toEqual([
      ['deadline', '2031-03-03'],
    ]);
  });

  it('still takes no ordinal before a noun for a day', () => {
    expect(events('The date of the 14th round is not fixed.', 'press-conference')).toEqual([]);
  });
});

describe('more time given, and a limit moved from afar', () => {
  it('reads more time given up to a day as a limit on that day', () => {
    const said =
      'Replies were first due on 6 March; on 4 March the mediator gave both sides another week, to Friday 13 March.';
    expect(events(said, 'news')).toEqual([
      ['deadline', '2031-03-06'],
      ['deadline', '2031-03-13'],
    ]);
    expect(
      events('The Chair granted the parties more time, until 2 April, to submit their comments.'),
    ).toEqual([['deadline', '2031-04-02']]);
    expect(events('He gave a speech to the assembly on Friday.', 'news')).toEqual([]);
  });

  it('dates a limit pushed back by the day it goes to, not the day of the move', () => {
    expect(
      events(
        'Ostrava on Tuesday pushed back the deadline for the two parties to answer its draft framework on the river basin to March 20.',
        'news',
      ),
    ).toEqual([['deadline', '2031-03-20']]);
    expect(events('On Monday the Council extended the deadline for national reports until 2 April.')).toEqual(
      [['deadline', '2031-04-02']],
    );
  });

  it('reads the day a limit had, set off by commas, and the day it now has, as one deadline on its new day', () => {
    expect(
      events(
        'The mediators announced this morning that the deadline for written responses, which had been set for tomorrow, will now be Friday 13 March.',
        'meeting-transcript',
      ).filter(([k]) => k === 'deadline'),
    ).toEqual([['deadline', '2031-03-13']]);
    expect(events('The deadline for comments, first fixed for 2 April, is now 9 April.')).toEqual([
      ['deadline', '2031-04-09'],
    ]);
    // A day set off by commas that the limit never had is no move.
    expect(events('The deadline, in Drava on 2 April, is firm.', 'news')).toEqual([
      ['deadline', '2031-04-02'],
    ]);
  });
});

describe('signings said in other words', () => {
  it('reads a signing pencilled in for a day, and a side that signs first, on a day', () => {
    expect(events('Formal signing is pencilled in for Friday 13 March.', 'news')).toEqual([
      ['meeting', '2031-03-13'],
    ]);
    expect(events('The signing is penciled in for 20 March, officials said.', 'news')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('Ostrava will sign first, on 13 March, and Velm a day later.', 'news')[0]).toEqual([
      'meeting',
      '2031-03-13',
    ]);
  });

  it('does not take signing first on behalf of someone for a day', () => {
    expect(events('He will sign first, on behalf of the Union.', 'news')).toEqual([]);
  });

  it('reads what is pencilled in as ahead', () => {
    expect(events('Ministers have pencilled in a meeting for Friday.', 'news')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
  });
});
