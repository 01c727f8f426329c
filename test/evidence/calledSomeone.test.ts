// A telephone call told by the verb "called" with a person for its object: a pronoun, an office
// with its capital, or a whole name. Not the verb that names or judges ("called him a liar"), nor
// "called on" or "called for". Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('called with a person for its object', () => {
  it('is a call on its day', () => {
    expect(
      events('The Special Envoy called the President of Torvania, Henrik Dahl, today.', 'readout'),
    ).toEqual([['call', '2031-03-05']]);
    expect(events('Minister Ada Lind called me on Monday.', 'press-conference')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(events('It was Lind who called Defence Minister Ada Berg on Tuesday.', 'news')).toEqual([
      ['call', '2031-03-04'],
    ]);
  });

  it('is no call when the verb names or judges, or calls on or for', () => {
    expect(events('Lind called the President a traitor on Monday.', 'news')).toEqual([]);
    expect(events("Lind called President Dahl's plan naive on Monday.", 'news')).toEqual([]);
    expect(events('He called me a liar on Monday.', 'news')).toEqual([]);
    expect(events('Lind called on Torvania to return to the table on Monday.', 'news')).toEqual([]);
  });

  it('is no call when the verb judges with a word after its object, or names a thing', () => {
    const calls = (text: string) => events(text, 'news').filter(([kind]) => kind === 'call');
    expect(calls('On Monday the senator called the Chancellor reckless and walked out.')).toEqual([]);
    expect(calls('The envoys discussed the so-called Vell Format on Monday.')).toEqual([]);
    expect(calls('The ministry issued a paper called Open Harbours on Monday.')).toEqual([]);
    expect(calls('Their plan, called Quiet Coast, was shelved on Monday.')).toEqual([]);
    // Still a call: the object followed by its day, a preposition or a stop.
    expect(events('The senator called the Chancellor on Monday about the vote.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(events('On Monday Ada Lind called him, aides said.', 'news')).toEqual([['call', '2031-03-03']]);
  });

  it('is a call when someone rang or had rung a person, as speech tells it', () => {
    expect(
      events('When Minister Ada Lind rang me on Tuesday we agreed to talk again.', 'press-conference'),
    ).toEqual([['call', '2031-03-04']]);
    expect(events('Aides said Lind had rung the Foreign Minister on Monday.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
  });

  it('is no call when a bell or a shot rang', () => {
    expect(events('Alarm bells rang in Torvania on Monday.', 'news')).toEqual([]);
    expect(events('Shots rang out on Monday near the border post.', 'news')).toEqual([]);
  });

  it('is no call when what rang is a sound, a feast or a day is its object, or two capitals alone follow', () => {
    const calls = (text: string) => events(text, 'news').filter(([kind]) => kind === 'call');
    expect(calls('Temple bells rang Christmas Morning across Brellow as the envoys landed.')).toEqual([]);
    expect(calls('Applause rang the Prime Minister in on Thursday as he took the stage.')).toEqual([]);
    expect(calls('Students rang Ada Lind at the gate on Thursday with rattles.')).toEqual([]);
    expect(calls('A drum was rung Minister Berg-fashion at the launch on Thursday.')).toEqual([]);
    expect(calls('The convoy called Easter Monday a day of rest.')).toEqual([]);
    // Still a call: a pronoun or an office on the line.
    expect(calls('Her counterpart rang her on Thursday, aides said.')).toEqual([['call', '2031-02-27']]);
  });

  it('is a call when a surname stands before its bare weekday, not a feast word', () => {
    const calls = (text: string) => events(text, 'news').filter(([kind]) => kind === 'call');
    expect(calls('Lind called Berg Monday to go over the wording.')).toEqual([['call', '2031-03-03']]);
    expect(calls('Foreign Minister Lind called Berg Tuesday, aides said.')).toEqual([['call', '2031-03-04']]);
    // A feast's own word before the weekday is still the day, not the one called.
    expect(calls('The pilgrims called Palm Sunday the start of the fast.')).toEqual([]);
    expect(calls('The workers called Good Friday a day off.')).toEqual([]);
  });
});
