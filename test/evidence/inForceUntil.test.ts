// An arrangement in force until a day is a limit on that day: a truce, a pause or a standstill that
// "runs until" or "now runs to" a day, or that the sides agree to extend until one. An occasion that
// lasts until a day, a text's length and a year are none. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('an arrangement in force until a day', () => {
  it('is a limit on the day it runs until', () => {
    expect(events('The ceasefire between Arvenia and Torvania runs until 21 March.', 'news')).toEqual([
      ['deadline', '2031-03-21'],
    ]);
    expect(events('The pause on the Vell, set to end on 12 March, runs now to 6 April.', 'news')).toEqual([
      ['deadline', '2031-04-06'],
    ]);
    expect(
      events('We agreed that the standstill will run until the 9th of April.', 'press-conference'),
    ).toEqual([['deadline', '2031-04-09']]);
    expect(
      events(
        'Arvenia and Torvania have agreed to extend the ceasefire on the river until 4 April 2031.',
        'readout',
      ),
    ).toContainEqual(['deadline', '2031-04-04']);
    expect(events('The road is open under the truce, which runs until 21 March.', 'news')).toContainEqual([
      'deadline',
      '2031-03-21',
    ]);
    expect(events('Norland extended until 13 March a pause on the river.', 'news')).toContainEqual([
      'deadline',
      '2031-03-13',
    ]);
    expect(events('It will now run until 13 March, both sides say.', 'news')).toContainEqual([
      'deadline',
      '2031-03-13',
    ]);
  });

  it('is no limit for an occasion that lasts, a length or a year', () => {
    expect(events('The talks in Fjellby are due to run until Friday.', 'news')).not.toContainEqual([
      'deadline',
      expect.anything(),
    ]);
    expect(events('Norland extended the talks in Fjellby until 9 March.', 'news')).not.toContainEqual([
      'deadline',
      expect.anything(),
    ]);
    expect(events('The Norland draft ran to nine points in all.', 'news')).toEqual([]);
    expect(events('Torvania wants the Vell fund kept running until 2065.', 'news')).toEqual([]);
  });

  it('is no limit for a service, a person, a stay or an office that runs or is extended until a day', () => {
    const noDeadline = (text: string) =>
      expect(events(text, 'news')).not.toContainEqual(['deadline', expect.anything()]);
    noDeadline('The boat service between Kessel and Fjellby runs until 21 March, the port said.');
    noDeadline('The Torvanian team ran to the 14th of March with its list of objections, a diplomat said.');
    noDeadline('The road out of Kessel runs through Monday’s checkpoint, officials said.');
    noDeadline('Dahl is to extend his time in Fjellby until 9 March.');
    noDeadline('Norland extended an offer to both teams to remain in Fjellby until 20 March.');
    noDeadline('Dahl said the envoy’s office extended its opening hours until 20 March for the papers.');
  });

  it('is no limit for an occasion set apart from its verb by a clause', () => {
    expect(
      events('The sitting of the two teams, which began in Fjellby on Monday, runs until 9 March.', 'news'),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(
      events('The truce on the Vell, which both sides signed in Kessel, runs until 9 March.', 'news'),
    ).toContainEqual(['deadline', '2031-03-09']);
  });
});
