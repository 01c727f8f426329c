// A limit's days told as steps, with no verb of moving: a leader's address ("we have been told
// about dates: first it was the eleventh, now it is the eighteenth"), an interview ("First 22
// March, then the 29th, now some people in Kessel say the 31st"), a briefing ("replies were first
// due on 20 March, then the 27th, and now the 3rd of April"). Each step is a deadline; steps of
// other things ("first we met, then we spoke") are none. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

const deadlines = (text: string, genre: Parameters<typeof events>[1] = 'news') =>
  events(text, genre).filter(([kind]) => kind === 'deadline');

describe("a limit's days told as steps", () => {
  it('reads each step as a deadline', () => {
    expect(
      deadlines(
        'We have been told about dates: first it was the eleventh, now it is the eighteenth.',
        'social',
      ),
    ).toEqual([
      ['deadline', '2031-03-11'],
      ['deadline', '2031-03-18'],
    ]);
    expect(
      deadlines(
        '— First 22 March, then the 29th, now some people in Kessel say the 31st. Deadlines here live a week.',
      ),
    ).toEqual([
      ['deadline', '2031-03-22'],
      ['deadline', '2031-03-29'],
      ['deadline', '2031-03-31'],
    ]);
    expect(
      deadlines(
        'Replies were first due on 20 March, then the 27th, and now the 3rd of April.',
        'press-conference',
      ),
    ).toContainEqual(['deadline', '2031-04-03']);
  });

  it('reads no deadline in steps of other things', () => {
    expect(
      deadlines('First the delegations met in Fjellby on 2 March, then the ministers spoke on 3 March.'),
    ).toEqual([]);
    expect(
      deadlines(
        'First we met in Fjellby, then we spoke by phone. Now it is the first time we agree.',
        'social',
      ),
    ).toEqual([]);
    expect(deadlines('First the envoy came on the 2nd, then the ministers on the 4th.', 'news')).toEqual([]);
    // An occasion's date told in steps moves the occasion, not a limit.
    expect(
      deadlines('The date of the next round was first the 11th, then the 14th, now the 16th.', 'news'),
    ).toEqual([]);
    expect(
      deadlines("The summit's date: first it was 9 March, now it is 12 March.", 'press-conference'),
    ).toEqual([]);
  });
});
