// An occasion named as a kind ranges over many and reports none held: "at every meeting since
// March", "each session with Torvania", "meetings like this one", a bare "at meetings" of habit.
// "At the meeting on Monday", "at meetings with Dahl on Monday" tell one. Sentences invented for
// the test, as a readout and a minister's post would write them; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('an occasion named as a kind', () => {
  it('reads no event under a distributive determiner', () => {
    expect(events('At every meeting since March we have said that the border must stay open.')).toEqual([]);
    expect(events('Varin raised the fishermen of Vik at each bilateral session with Dahl.')).toEqual([]);
    expect(events('Varin has put the harbour question in every call with Dahl since March.')).toEqual([]);
    expect(
      events(
        'Thanks to the families of Vik: your boats are on my list at every meeting with Torvania.',
        'social',
      ),
    ).toEqual([]);
  });

  it('reads no event in a plural of habit', () => {
    expect(events('Meetings like this one rarely settle anything, Varin said.')).toEqual([]);
    expect(events('At meetings, Surin always asks about the fishermen of Vik.')).toEqual([]);
  });

  it('keeps the one occasion a sentence tells', () => {
    expect(events('Varin and Dahl spoke at the meeting on Monday in Kessel.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Each delegation attended the meeting in Fjellby on Monday.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Dahl met every member of the Torvanian delegation in Kessel on Monday.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Surin spoke at meetings with Dahl in Kessel on Monday.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });
});
