// A release or transcript naming itself ("issued the following statement", "I welcome you to the
// government press conference") reports no event; "last Tuesday" said two days after a Tuesday is
// the one of the week before; a clause set off by commas keeps its own tense ("X, who spoke to Y on
// Sunday, has said she will not be rushed"). Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { events } from './eventsOf.ts';

describe('a text naming itself', () => {
  it('reads no statement in the line that introduces the release or opens the briefing', () => {
    expect(
      events('Government Spokesperson Anna Lind issued the following statement:', 'press-release'),
    ).toEqual([]);
    expect(
      events(
        'The following is the text of a joint statement by the delegations of Drava and Velm.',
        'joint-statement',
      ),
    ).toEqual([]);
    expect(
      events(
        'CHAIR: Good afternoon, ladies and gentlemen, I welcome you to the government press conference.',
        'press-conference',
      ),
    ).toEqual([]);
    expect(events('MODERATOR: Welcome to today’s regular press briefing.', 'press-conference')).toEqual([]);
  });

  it('still reads a statement issued on a day, and "the following day"', () => {
    expect(events('The ministry issued a statement on Friday in Drava.', 'news')).toEqual([
      ['statement', '2031-02-28'],
    ]);
    expect(events('The following day, the ministry issued a statement in Drava.', 'news')).toEqual([
      ['statement', '2031-03-06'],
    ]);
  });
});

describe('"last" and a weekday', () => {
  const day = (said: string, published: string) => findDates(said, published)[0]?.iso;

  it('reads a weekday one or two days back as the one of the week before', () => {
    // Friday 7 March: "last Wednesday" is 26 February, not two days ago.
    expect(day('She said so at her press conference last Wednesday.', '2031-03-07')).toBe('2031-02-26');
    expect(day('They met last Tuesday.', '2031-03-05')).toBe('2031-02-25');
  });

  it('reads a weekday three days back or more as the nearest one', () => {
    expect(day('They met last Friday.', '2031-03-05')).toBe('2031-02-28');
    expect(day('They met last Wednesday.', '2031-03-05')).toBe('2031-02-26');
    // Sunday 9 March: "last Tuesday" is 4 March.
    expect(day('The text moved once last Tuesday.', '2031-03-09')).toBe('2031-03-04');
  });
});

describe('a clause set off by commas', () => {
  it('keeps the past of the call told inside it from the future said after it', () => {
    expect(
      events(
        'President Lind, who spoke to President Varin by phone on Sunday, has said she will not be rushed.',
        'news',
      ),
    ).toEqual([['call', '2031-03-02']]);
  });

  it("does not close an aside: the verb after it is the clause's own", () => {
    expect(
      events('Diplomats said a second round, this time in Velm, was pencilled in for Monday.', 'news'),
    ).toEqual([['talks', '2031-03-10']]);
  });
});
