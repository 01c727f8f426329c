// A signing still to come, labelled by its preposition (corpus README, ruling of session 40): the
// day set for it, named as its date, is the signing on that day; the day it is owed by is the
// limit. Sentences invented for the test, in the styles of a wire, a briefing, a hansard answer
// and a ministry release; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a signing named by its date', () => {
  it('reads "the date for signature", "the signing date", "the day of signing" with a day as the signing', () => {
    expect(events('Per the envoy, the date for signature is now 12 April.', 'news')).toEqual([
      ['meeting', '2031-04-12'],
    ]);
    expect(events('The facilitator has set 20 March as the date for signature.', 'press-conference')).toEqual(
      [['meeting', '2031-03-20']],
    );
    expect(events('The two presidents agreed to keep 20 March as the day of signing.', 'readout')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('Norland has welcomed a new signing date of 23 March.', 'press-release')).toEqual([
      ['meeting', '2031-03-23'],
    ]);
    expect(events('Kessel doubts that the 28 March date for signature can hold.', 'news')).toEqual([
      ['meeting', '2031-03-28'],
    ]);
  });

  it('keeps the limit a text is owed by, a target date, and a date of something else', () => {
    expect(events('The parties must sign the accord by 20 March.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('The deadline for signatures is 20 March.', 'news')).toEqual([['deadline', '2031-03-20']]);
    expect(events('The mediator said the target date for signing is 20 March.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('The new date for ratification is 20 March.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('Kessel will host the signing; no date for the signing has been set.', 'news')).toEqual([]);
    // A date moved from one day to another stays the one limit moved (movedLimits.ts), which a
    // source that keeps the old day contradicts.
    expect(events('The date of signature of the accord has been moved to 15 April.', 'news')).toEqual([
      ['deadline', '2031-04-15'],
    ]);
  });

  it('reads no signing from a day of another clause, an unset date, or an old text’s date', () => {
    expect(
      events(
        'Dahl said the date for signature had not been set, and talks resume in Kessel on 20 March.',
        'news',
      ),
    ).toEqual([['talks', '2031-03-20']]);
    expect(
      events(
        'The date for signature has yet to be fixed, but the envoys meet in Fjellby on 20 March.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-20']]);
    expect(
      events('Arvenia marks the date of signature of the 1987 fisheries treaty, 14 May, every year.', 'news'),
    ).toEqual([]);
    // The signing's date with its day in its own clause stays the signing.
    expect(
      events('The date for signature is 20 March, and talks resume in Kessel on 27 March.', 'news'),
    ).toEqual([
      ['meeting', '2031-03-20'],
      ['talks', '2031-03-27'],
    ]);
  });

  it('reads a signature owed before a day, or before an event on a day, as the limit', () => {
    expect(events('The envoys asked for its signature before 20 March.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('Berg called for the accord’s signature before the summit on 20 March.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
      ['summit', '2031-03-20'],
    ]);
    // A signature on a day is the signing on it.
    expect(events('Berg called for the accord’s signature on 20 March.', 'news')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    // "by" with words before the day names who did something, not a limit.
    expect(
      events('The order of signature was settled by the four envoys on 2 March in Kessel.', 'news'),
    ).not.toContainEqual(['deadline', '2031-03-02']);
  });

  // Two days, an initialling and a signing, in one sentence: limitsMoved.test.ts reads them as two.
  it('reads an initialling and a signing on one day as one occasion', () => {
    expect(events('Drava and Kessel initialled and signed the accord on 3 March.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });
});
