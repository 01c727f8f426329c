// A limit moved from one day to another is one deadline, on the day it is moved to. Sentences
// invented for the test, in the house styles of a joint statement, a wire, a live page, a
// ministry release and a parliamentary statement; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a limit moved from one day to another', () => {
  it('reads a limit moved from one day to another as one deadline on the day it is moved to', () => {
    expect(
      events(
        'The Parties have decided that the date for signature is moved from 3 April to 10 April 2031.',
        'joint-statement',
      ),
    ).toEqual([['deadline', '2031-04-10']]);
    expect(
      events(
        'DRAVA, March 4 (Tessin Wire) - Mediators extended by a week the deadline for Kessel to answer, moving it from March 13 to March 20.',
        'news',
      ),
    ).toEqual([['deadline', '2031-03-20']]);
    expect(
      events(
        'The ministry said the deadline for the reply had been pushed back, to March 20 from March 13.',
        'press-release',
      ),
    ).toEqual([['deadline', '2031-03-20']]);
  });

  it('reads a limit moved twice in one breath as one deadline on its last day', () => {
    expect(
      events('Recap: the deadline slipped twice, from 27 March to 3 April and then to 10 April.', 'news'),
    ).toEqual([['deadline', '2031-04-10']]);
  });

  it('reads the day a limit had, then its move, as one deadline on the day it now has', () => {
    // A Reuters-style wire, a factbox bullet, an interview question, a Hansard answer.
    expect(
      events(
        'BRUSSELS, March 4 (Reuters) - The deadline for written replies, which had been set for March 10, would be extended to March 14, the two presidents agreed.',
        'news',
      ).filter(([k]) => k === 'deadline'),
    ).toEqual([['deadline', '2031-03-14']]);
    expect(
      events('* Written replies were due on March 10; the deadline was moved to March 14.', 'news'),
    ).toEqual([['deadline', '2031-03-14']]);
    expect(
      events(
        'Minister, the deadline for an answer was first set for 28 March, then moved to 4 April.',
        'news',
      ),
    ).toEqual([['deadline', '2031-04-04']]);
    expect(
      events(
        'The Minister said that the date for initialling should move from 14 March to 21 March.',
        'meeting-transcript',
      ).filter(([k]) => k === 'deadline'),
    ).toEqual([['deadline', '2031-03-21']]);
  });

  it('reads the day a limit had, then the day it has now, as one deadline on the new day', () => {
    expect(events('Written answers were due on 10 March; they are now due on 14 March.', 'news')).toEqual([
      ['deadline', '2031-03-14'],
    ]);
    expect(events('Comments had been due on 10 March and are now due on 14 March.', 'news')).toEqual([
      ['deadline', '2031-03-14'],
    ]);
    expect(
      events('The deadline for written answers was 10 March; the deadline is now 14 March.', 'news'),
    ).toEqual([['deadline', '2031-03-14']]);
    expect(
      events('The deadline for written answers was 10 March; it is now set for 14 March.', 'news'),
    ).toEqual([['deadline', '2031-03-14']]);
    // The second day now is another occasion's: the limit keeps its day.
    expect(
      events('The deadline for written answers was 10 March, and the talks are now due on 14 March.', 'news'),
    ).toEqual([
      ['deadline', '2031-03-10'],
      ['talks', '2031-03-14'],
    ]);
  });

  it('keeps the day a limit had where "it is now" tells the day of writing', () => {
    // Today is the 19th and the answers are late: the limit stays on the 11th.
    expect(
      events(
        'The deadline for written answers was 11 March; it is now 19 March, and the delegation has still not answered.',
        'news',
      ),
    ).toEqual([['deadline', '2031-03-11']]);
  });

  it('keeps the day a limit had where the move is of something else', () => {
    // The replies stay due on the 10th; it is the talks that moved.
    expect(events('Written replies were due on March 10; the talks were moved to March 14.', 'news')).toEqual(
      [
        ['deadline', '2031-03-10'],
        ['talks', '2031-03-14'],
      ],
    );
  });

  it('moves nothing where no limit is named or nothing is moved', () => {
    expect(events('The talks ran from 3 March to 5 March in Drava.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(events('The exhibition was moved from 3 April to 10 April.', 'news')).toEqual([]);
  });
});
