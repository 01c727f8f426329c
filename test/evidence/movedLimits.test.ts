// A limit moved from one day to another names two deadlines, the old and the new. Sentences
// invented for the test, in the house styles of a joint statement, a wire, a live page, a
// ministry release and a parliamentary statement; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a limit moved from one day to another', () => {
  it('reads the day it is moved from and the day it is moved to as two deadlines', () => {
    expect(
      events(
        'The Parties have decided that the date for signature is moved from 3 April to 10 April 2031.',
        'joint-statement',
      ),
    ).toEqual([
      ['deadline', '2031-04-03'],
      ['deadline', '2031-04-10'],
    ]);
    expect(
      events(
        'DRAVA, March 4 (Tessin Wire) - Mediators extended by a week the deadline for Kessel to answer, moving it from March 13 to March 20.',
        'news',
      ),
    ).toEqual([
      ['deadline', '2031-03-13'],
      ['deadline', '2031-03-20'],
    ]);
    expect(
      events(
        'The ministry said the deadline for the reply had been pushed back, to March 20 from March 13.',
        'press-release',
      ),
    ).toEqual([
      ['deadline', '2031-03-20'],
      ['deadline', '2031-03-13'],
    ]);
  });

  it('reads a limit moved twice in one breath as three deadlines', () => {
    expect(
      events('Recap: the deadline slipped twice, from 27 March to 3 April and then to 10 April.', 'news'),
    ).toEqual([
      ['deadline', '2031-03-27'],
      ['deadline', '2031-04-03'],
      ['deadline', '2031-04-10'],
    ]);
  });

  it('moves nothing where no limit is named or nothing is moved', () => {
    expect(events('The talks ran from 3 March to 5 March in Drava.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(events('The exhibition was moved from 3 April to 10 April.', 'news')).toEqual([]);
  });
});
