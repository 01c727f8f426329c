// Limits moved in the words briefings, EU-style statements, ministry releases and wires use: the verb
// before the limit, a period or time-frame moved to a day, a pronoun moving the limit the sentence
// before named, and "the date for X is <day>". Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a limit moved, verb first', () => {
  it('is a deadline on the day it is moved to', () => {
    expect(
      events(
        "MR DAHL: So I can announce that we've agreed to extend the period for responses to March 22nd.",
        'press-conference',
      ),
    ).toEqual([['deadline', '2031-03-22']]);
    expect(
      events(
        'The Union takes note of the decision to extend the time-frame for replies until 22 March 2031.',
        'joint-statement',
      ),
    ).toEqual([['deadline', '2031-03-22']]);
    expect(
      events('Arvenia first wanted answers by 15 March, then moved the date to 20 March.', 'news'),
    ).toEqual([
      ['deadline', '2031-03-15'],
      ['deadline', '2031-03-20'],
    ]);
  });

  it('reads the day moved to, not the day moved from', () => {
    expect(
      events('The Parties have extended the transition period from 20 April to 27 April.', 'press-release'),
    ).toEqual([['deadline', '2031-04-27']]);
    expect(
      events(
        'The Ministry announces that the period for the signing of the Framework has been extended from 20 April to 27 April 2031.',
        'press-release',
      ),
    ).toEqual([['deadline', '2031-04-27']]);
  });

  it('reads "pushed" with no "back" as a move when a limit is its object', () => {
    expect(events('The hosts pushed their deadline for replies from 20 March to 27 March.', 'news')).toEqual([
      ['deadline', '2031-03-27'],
    ]);
    expect(
      events('Both delegations agreed to push the deadline for a text from 20 March to 24 March.', 'news'),
    ).toEqual([['deadline', '2031-03-24']]);
    // Pushing for a limit moves none: the day is the one asked for, not a later "to" day a move
    // would go to.
    const askedFor = events(
      'The hosts pushed for a deadline for comments of 20 March, with the round to run to 27 March.',
      'news',
    ).filter(([kind]) => kind === 'deadline');
    expect(askedFor).toEqual([['deadline', '2031-03-20']]);
  });
});

describe('a limit moved, its old day set off by commas', () => {
  it('is one deadline on the day it has now, the move told in reported speech too', () => {
    expect(
      events(
        'A spokesman said the deadline for comments, originally 20 March, had been moved to 27 March.',
        'news',
      ),
    ).toEqual([['deadline', '2031-03-27']]);
  });

  it('moves nothing to a day that follows no move', () => {
    expect(
      events(
        'A spokesman said the deadline for comments, originally 20 March, had been met by both sides; talks resume on 27 March.',
        'news',
      ),
    ).not.toContainEqual(['deadline', '2031-03-27']);
  });
});

describe('a limit moved by a pronoun', () => {
  it('is the limit the sentence before named', () => {
    expect(events('The deadline was 14 March. It was moved, a few days later, to 21 March.', 'news')).toEqual(
      [
        ['deadline', '2031-03-14'],
        ['deadline', '2031-03-21'],
      ],
    );
  });

  it('is not a limit after a sentence that names none', () => {
    expect(events('The delegations met in Fjellby. It was moved to 21 March.', 'readout')).toEqual([
      ['meeting', '2031-03-05'],
    ]);
  });
});

describe('the date for an act, said as a day', () => {
  it('is a deadline on the day past its copula, the act itself apart; a signing’s own date is the signing', () => {
    expect(events('The date originally foreseen for the initialling was 14 March.', 'press-release')).toEqual(
      [['meeting', '2031-03-14']],
    );
    expect(
      events('The date originally foreseen for the ratification was 14 March.', 'press-release'),
    ).toEqual([['deadline', '2031-03-14']]);
    expect(
      events(
        'The delegations initialled the text on 14 March, and the date for signature is 20 March.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-14'],
      ['meeting', '2031-03-20'],
    ]);
  });
});

describe('the act a limit is for', () => {
  it('is no event of its own beside the limit: "the deadline for the signing of the accord is Friday"', () => {
    expect(events('The deadline for the signing of the accord is Friday.', 'press-release')).toEqual([
      ['deadline', '2031-03-07'],
    ]);
  });

  it('stays an event when it is done, beside a limit said after it', () => {
    expect(
      events(
        'The President welcomed the signing of the accord today, a day before the deadline.',
        'press-release',
      ),
    ).toEqual([
      ['meeting', '2031-03-05'],
      ['deadline', '2031-03-06'],
    ]);
  });
});

describe('near misses', () => {
  it('leaves an event moved (the event, on its day) and a length extended', () => {
    expect(events('The summit in Fjellby was moved to 21 March.', 'news')).toEqual([
      ['summit', '2031-03-21'],
    ]);
    expect(events('The ceasefire period has been extended from 20 days to 30 days.', 'news')).toEqual([]);
    expect(events('The parties agreed to extend the period of the ceasefire to 30 days.', 'news')).toEqual(
      [],
    );
  });
});
