// A planned signing told by its day alone (signingOnDay.ts). Sentences invented for the test, in the
// house styles of a Reuters wire, a State Department briefing, a Telegram post, a Hansard answer,
// an AFP explainer and a podcast transcript; read as written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a signing told by its day', () => {
  it('reads "a signing on" a day as the signing, a meeting on that day', () => {
    expect(
      events(
        'BRUSSELS, March 4 (Reuters) - The timetable — a signing on March 24, aid flights from mid-April — looks ambitious.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-24']]);
    expect(events('MR PRICE: We still aim at a signing on the 24th.', 'press-conference')).toEqual([
      ['meeting', '2031-03-24'],
    ]);
    expect(events('Honestly I would not bet on a signing on the 21st.', 'social')).toEqual([
      ['meeting', '2031-03-21'],
    ]);
  });

  it('reads the day the signing is expected, set or moved to, with a comma or without a verb', () => {
    expect(events('The signing, now expected on April 1, would take place in Drava.', 'news')).toEqual([
      ['meeting', '2031-04-01'],
    ]);
    expect(
      events(
        'The signing, originally planned for March 24, is now expected on March 30, sources said.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-30']]);
    expect(events('update: the signing is now the first of april', 'social')).toEqual([
      ['meeting', '2031-04-01'],
    ]);
    expect(events('As I understand it, the mediation has proposed 1 April for the signing.', 'news')).toEqual(
      [['meeting', '2031-04-01']],
    );
    expect(
      events('Both dates have been moved, the replies to 20 March, the signing to 1 April.', 'news').filter(
        ([k]) => k === 'meeting',
      ),
    ).toEqual([['meeting', '2031-04-01']]);
  });

  it('reads no signing where no day holds it, or where the day is an old plan or a target', () => {
    expect(events('He spent the morning signing on behalf of the ministry.', 'news')).toEqual([]);
    expect(events('Kessel is signing on to the declaration, the spokesman said.', 'news')).toEqual([]);
    // The day it had, alone, is the signing's past: a later sentence moves it.
    expect(events('The signing was first pencilled in for 30 March.', 'press-release')).toEqual([]);
    expect(
      events('The original timetable foresaw replies by 15 March and a signing on 24 March.', 'news').filter(
        ([k]) => k === 'meeting',
      ),
    ).toEqual([]);
    expect(
      events('Officials said the real target was a signing on March 20.', 'news').filter(
        ([k]) => k === 'meeting',
      ),
    ).toEqual([]);
  });
});
