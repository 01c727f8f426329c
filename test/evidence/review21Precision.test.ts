// Sentences session 21's rules were not meant for: a limit owed before a day by "a landmark accord"
// or by meeting its conditions (no journey, no sitting), a premise put back in the second of two
// passages, and a relative "who drafted it" (an author named, none asked for). Invented lines of
// the Arvenia–Torvania talks in wire, readout and briefing styles.
import { describe, expect, it } from 'vitest';
import { formulaAnswersStatus } from '../../src/evidence/agreedFormula.ts';
import { partAuthors } from '../../src/evidence/partAuthors.ts';
import { events } from './eventsOf.ts';
import { sentencePassage } from './linkedDocs.ts';

const passage = sentencePassage;

describe('session 21 rules on sentences they were not meant for', () => {
  it('reads an act owed before a day as a limit though a word opens as a journey verb does', () => {
    expect(
      events('The parties should sign the landmark accord before 1 April, the envoy said.', 'news'),
    ).toEqual([['deadline', '2031-04-01']]);
    expect(events('Norland must meet all the conditions before 1 April, the envoy said.', 'news')).toEqual([
      ['deadline', '2031-04-01'],
    ]);
    expect(events('The envoy would arrive in Kessel before 1 April, the ministry said.', 'news')).toEqual([
      ['visit', '2031-04-01'],
    ]);
  });

  it('reads a word that only opens as a journey verb does as no journey ("convention", "department")', () => {
    const owed = [
      'The convention must be ratified before 1 April, the envoy said.',
      'The department must answer the envoy before 1 April, the ministry said.',
      'The holdout party has to sign before 1 April, the mediator said.',
      'The signed copies must be returned before 1 April, the secretariat said.',
    ];
    for (const line of owed) expect(events(line, 'news'), line).toContainEqual(['deadline', '2031-04-01']);
    // A journey or a sitting before a day is when it happens, not a limit.
    const journeys = [
      'The envoy will return to Kessel before 1 April, the ministry said.',
      'The delegation will fly to Drava before 1 April, the ministry said.',
      'The envoy flew to Drava before 1 April, as planned, the ministry said.',
    ];
    for (const line of journeys)
      expect(events(line, 'news'), line).not.toContainEqual(['deadline', '2031-04-01']);
  });

  it('reads a premise put back as no status, whichever passage it is', () => {
    const formula = passage('Nothing is agreed until everything is agreed, the spokeswoman said.');
    const premise = passage('You said the humanitarian chapter is agreed.');
    const status = passage('The humanitarian chapter is agreed, the Arvenian ministry said.');
    expect(formulaAnswersStatus(formula, premise)).toBe(false);
    expect(formulaAnswersStatus(premise, formula)).toBe(false);
    expect(formulaAnswersStatus(formula, status)).toBe(true);
  });

  it('reads a relative "who drafted it" as an author named, a question as one asked for', () => {
    const whole = passage(
      'The plan was drafted by Norland, whose envoy is the one who wrote every line of it.',
    );
    const other = passage('The plan was drafted by Arvenian lawyers in Eskvik.');
    expect(partAuthors(whole, other)).toBe(false);
    expect(partAuthors(passage('It was the Arvenian envoy who wrote the plan.'), other)).toBe(false);
    expect(partAuthors(passage('Who wrote this plan? Not us, the minister said.'), other)).toBe(true);
    expect(partAuthors(passage('Reporters asked who drafted the plan.'), other)).toBe(true);
  });
});
