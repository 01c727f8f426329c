// Limits named by their noun and their day: "the President's 22 March ultimatum", "the initial
// target of 20 March", "the date of 30 April", "the deadline, extended by Norland last week to
// 2 April"; and the nouns that set no limit (an ultimatum with no day, a target of a figure).
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a limit named by its noun and its day', () => {
  it('is a deadline on that day', () => {
    expect(events("Senators criticised President Kostal's March 22 ultimatum.", 'news')).toEqual([
      ['deadline', '2031-03-22'],
    ]);
    expect(events('The initial target of 20 March was missed, the mediator said.', 'news')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(events('The date of April 30 is no longer realistic, Torvania said.', 'news')).toEqual([
      ['deadline', '2031-04-30'],
    ]);
    expect(events('The ultimatum runs out on 22 March.', 'news')).toEqual([['deadline', '2031-03-22']]);
  });

  it('is none without its day, or with a figure for its object', () => {
    expect(events('Arvenia rejected what it called an ultimatum.', 'news')).toEqual([]);
    expect(events('The target of 20 per cent was met in full.', 'news')).toEqual([]);
    expect(events('The date of the next meeting has not been set.', 'news')).toEqual([]);
  });

  it('is none on the day an ultimatum was given, and on the day it ran out', () => {
    expect(events('President Kostal issued an ultimatum to the Citadel on 3 March.', 'news')).toEqual([]);
    expect(events('Norland delivered its ultimatum on 3 March.', 'news')).toEqual([]);
    expect(events('The ultimatum expired on 22 March.', 'news')).toEqual([['deadline', '2031-03-22']]);
  });
});
