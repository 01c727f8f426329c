// Periods said in place of a day ("mid-April", "earlier this week", "by June 2031"), days a move
// names ("moved from 12 to 20 April"), the day a limit was set on, spans of days, and the verb
// whose tense places a weekday. Sentences invented for the test, in the house styles of
// readouts, wires, council conclusions, gov.uk pages and posts; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { type EventClaim, events, PUBLISHED } from './eventsOf.ts';
import { roster } from './roster.ts';

const periods = (sentence: string) =>
  findDates(sentence, PUBLISHED, undefined, true).map((d) => [d.text, d.period ?? null]);

/** Each event as [kind, date, period]. */
const withPeriods = (text: string, genre: 'readout' | 'news' = 'readout') =>
  extractClaims(text, { roster, genre, published: PUBLISHED })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((c) => [c.data.eventKind, c.data.date ?? null, c.data.period ?? null]);

describe('a period read as the days it allows', () => {
  it('reads parts of a month, a month with its year, and weeks and months near the day of writing', () => {
    expect(periods('A deal is expected by mid-April.')).toEqual([
      ['mid-April', { from: '2031-04-11', to: '2031-04-20', point: '2031-04-15' }],
    ]);
    expect(periods('The ceasefire must be agreed in the first half of April.')).toEqual([
      ['the first half of April', { from: '2031-04-01', to: '2031-04-15', point: '2031-04-15' }],
    ]);
    expect(periods('12. The Council invites the Commission to present a proposal by June 2031.')).toEqual([
      ['June 2031', { from: '2031-06-01', to: '2031-06-30' }],
    ]);
    expect(periods('The talks will resume in early April.')).toEqual([
      ['early April', { from: '2031-04-01', to: '2031-04-10' }],
    ]);
    expect(periods('Dahl met Varin earlier this week.')).toEqual([
      ['earlier this week', { from: '2031-03-03', to: '2031-03-04' }],
    ]);
    expect(periods('The delegations will meet again later this month.')).toEqual([
      ['later this month', { from: '2031-03-06', to: '2031-03-31' }],
    ]);
    expect(periods('The envoy returns to Drava next week.')).toEqual([
      ['next week', { from: '2031-03-10', to: '2031-03-16' }],
    ]);
  });

  it('puts a weekend behind the day of writing for what is done, ahead for what is planned', () => {
    expect(periods('Dahl met Varin at the weekend.')).toEqual([
      ['weekend', { from: '2031-03-01', to: '2031-03-02' }],
    ]);
    expect(periods('Solberg will travel to Kessel at the weekend.')).toEqual([
      ['weekend', { from: '2031-03-08', to: '2031-03-09' }],
    ]);
  });

  it('gives a span of days its last day too, and leaves a day alone', () => {
    expect(periods('The talks will run from 18 to 20 March.')).toEqual([
      ['18 to 20 March.', { from: '2031-03-18', to: '2031-03-20' }],
    ]);
    expect(periods('Talks were held on 18-19 March in Fjellby.')).toEqual([
      ['18-19 March', { from: '2031-03-18', to: '2031-03-19' }],
    ]);
    // A span written month first, as American and UN pages write it.
    expect(periods('Talks will be held in Fjellby March 18-20.')).toEqual([
      ['March 18', { from: '2031-03-18', to: '2031-03-20' }],
    ]);
    expect(periods('They met on 18 March.')).toEqual([['18 March', null]]);
    expect(periods('The envoy visits Drava on March 18 and Kessel on 20 March.')).toEqual([
      ['March 18', null],
      ['20 March', null],
    ]);
    expect(periods('The two sides held separate talks in Drava.')).toEqual([]);
  });
});

describe('a deadline set by a period', () => {
  it('is a deadline, on the day the period names or on none', () => {
    expect(withPeriods('A deal is expected by mid-April.')).toEqual([
      ['deadline', '2031-04-15', ['2031-04-11', '2031-04-20']],
    ]);
    // Council conclusions.
    expect(withPeriods('12. The Council invites the Commission to present a proposal by June 2031.')).toEqual(
      [['deadline', null, ['2031-06-01', '2031-06-30']]],
    );
    // A wire.
    expect(
      withPeriods('The ceasefire must be agreed in the first half of April, diplomats said.', 'news'),
    ).toEqual([['deadline', '2031-04-15', ['2031-04-01', '2031-04-15']]]);
    // A gov.uk page.
    expect(withPeriods('Both sides should complete the withdrawal by early May.')).toEqual([
      ['deadline', null, ['2031-05-01', '2031-05-10']],
    ]);
    expect(events('The deadline for a ceasefire is mid-April, the Citadel said.')).toEqual([
      ['deadline', '2031-04-15'],
    ]);
  });

  it('is what must be done in a period, in the active as in the passive', () => {
    // A ministry release.
    expect(events('Negotiators must finalise the text in early April.')).toEqual([['deadline', null]]);
    // A treaty's article.
    expect(events('The parties shall complete the exchange of lists in the first half of May.')).toEqual([
      ['deadline', '2031-05-15'],
    ]);
    // A doorstep.
    expect(events('We have to finish the annex in mid-April, the envoy told reporters.')).toEqual([
      ['deadline', '2031-04-15'],
    ]);
    expect(events('No later than mid-April, the parties shall exchange lists of prisoners.')).toEqual([
      ['deadline', '2031-04-15'],
    ]);
  });

  it('is not the opening of the talks a sentence names', () => {
    expect(events('Negotiators will open talks in Fjellby on March 19, officials said.')).toEqual([
      ['talks', '2031-03-19'],
    ]);
    expect(events('The border crossing will open on 19 March, ahead of the talks.')).toEqual([
      ['deadline', '2031-03-19'],
    ]);
  });

  it('is the day a body is set to start working, not the day it did', () => {
    expect(events('The joint monitoring centre in Kessel is to become operational on 1 June.')).toEqual([
      ['deadline', '2031-06-01'],
    ]);
    expect(events('Under the plan the fund would be operational from 1 July 2031.')).toEqual([
      ['deadline', '2031-07-01'],
    ]);
    expect(events('The monitoring centre in Kessel became operational on 1 February.')).toEqual([]);
  });

  it('is an act or a text due in a period', () => {
    // A wire, a gov.uk page.
    expect(events("The Union's review of the measures is due in September.")).toEqual([['deadline', null]]);
    expect(events("The Commission's report is due in the first half of April.")).toEqual([
      ['deadline', '2031-04-15'],
    ]);
    expect(events('The envoy is due in Drava in early April.')).toEqual([]);
  });

  it('is not what is held in a period', () => {
    expect(events('Ministers are to meet in early April.')).toEqual([['meeting', null]]);
    expect(events('The parties must hold the second round of talks in mid-April.')).toEqual([
      ['talks', null],
    ]);
    expect(events('In mid-April last year, the talks collapsed.')).toEqual([]);
    expect(withPeriods('The talks will resume in early April.')).toEqual([
      ['talks', null, ['2031-04-01', '2031-04-10']],
    ]);
    expect(events('The parties must meet in early April.')).toEqual([['meeting', null]]);
    expect(events('The summit is planned for late March.')).toEqual([['summit', null]]);
    expect(events('Dahl met Varin earlier this week.')).toEqual([['meeting', null]]);
  });
});

describe('a team somewhere in a week to come', () => {
  it('is on its way to the talks', () => {
    // A Telegram post.
    expect(events('Next week our team is in Fjellby.')).toEqual([['talks', null]]);
    expect(events('Next week the answer is in Kessel.')).toEqual([]);
  });
});

describe('an event moved from one day to another', () => {
  it('reads "from 12 to 20 April" after a move as two days, not a span', () => {
    expect(events('The Union summit has been moved from 12 to 20 April.')).toEqual([
      ['summit', '2031-04-20'],
    ]);
    expect(events('The Council meeting was postponed from 3rd to 10th June.')).toEqual([
      ['meeting', '2031-06-10'],
    ]);
    // A moved limit is one deadline, on its new day (movedLimits.ts).
    expect(events('The deadline has been extended from 12 to 20 April.')).toEqual([
      ['deadline', '2031-04-20'],
    ]);
  });

  it('dates an event by the day given after the one it originally had', () => {
    // A Council press release.
    expect(
      events('The Union summit, initially scheduled for 12 April, will be held on 20 April instead.'),
    ).toEqual([['summit', '2031-04-20']]);
    expect(events('The talks, originally set for 12 April, opened on Monday.')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    // No other day: the day it had is all the sentence gives.
    expect(events('The summit, originally scheduled for 12 April, was attended by 20 leaders.')).toEqual([
      ['summit', '2031-04-12'],
    ]);
  });

  it('puts the day an event was moved to ahead, whatever the tense of the move', () => {
    expect(events('The summit was moved to 20 May.')).toEqual([['summit', '2031-05-20']]);
    expect(events('The summit was pushed back to Friday.')).toEqual([['summit', '2031-03-07']]);
    expect(events('Varin moved to block the resolution on Monday.')).toEqual([]);
  });

  it('does not take the day a limit was set on for a day it falls due', () => {
    expect(events('The deadline, first set on 1 February, has been extended to 30 April.')).toEqual([
      ['deadline', '2031-04-30'],
    ]);
    expect(events('The deadline agreed in Fjellby on 4 March is 31 March.')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
    // "Set for" names the day it stood at, which it has left.
    expect(events('The deadline, originally set for 1 February, has been extended to 30 April.')).toEqual([
      ['deadline', '2031-04-30'],
    ]);
  });
});

describe('the tense of the verb, not of a noun, places a weekday', () => {
  it('reads "presented the plan to Dahl" as done, and "plans to meet" as ahead', () => {
    expect(events('Kostal presented the plan to Dahl on Tuesday.')).toEqual([['meeting', '2031-03-04']]);
    expect(events('The Prime Minister presented her peace plan to the Cabinet on Monday.')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Kostal plans to meet Dahl on Tuesday.')).toEqual([['meeting', '2031-03-11']]);
    expect(events("Varin's plan to visit Drava on Friday was welcomed.")[0]).toEqual(['visit', '2031-03-07']);
  });

  it('reads a deed done to a thing named with its article, before its day, as done in a sentence that plans', () => {
    expect(
      events('Kostal, who presented the plan to Dahl on Tuesday, will travel to Drava on Friday.'),
    ).toEqual([
      ['meeting', '2031-03-04'],
      ['visit', '2031-03-07'],
    ]);
    // A UN noon briefing.
    expect(events('The envoy, who briefed the Council on Monday, will return to Fjellby next week.')).toEqual(
      [['meeting', '2031-03-03']],
    );
    // A verb after the thing opens another clause, which plans.
    expect(events('Kostal said the talks would resume on Monday.', 'news')).toEqual([
      ['talks', '2031-03-10'],
    ]);
    expect(events('The parties will sign the accord on Friday.')).toEqual([['meeting', '2031-03-07']]);
    // "Confirmed that the signing ceremony": a conjunction, not a thing done, and no day after it.
    expect(
      events(
        'The ministers welcomed the commitment of both parties to sign the accord by 31 March, and confirmed that the signing ceremony will be held in Fjellby on that day.',
      ),
    ).toEqual([
      ['deadline', '2031-03-31'],
      ['meeting', '2031-03-31'],
    ]);
  });
});

describe("a chronology entry's day", () => {
  it('dates the act it records, not the limit the entry names beside a day of its own', () => {
    // An explainer's timeline.
    expect(
      events(
        "- 18 March: the mediators' deadline for the answer, first set for 20 March, is extended to 25 March.",
      ),
    ).toEqual([['deadline', '2031-03-25']]);
    expect(events('31 March: the deadline for signature expires.')).toEqual([['deadline', '2031-03-31']]);
    expect(events('12 March – Talks open in Fjellby.')).toEqual([['talks', '2031-03-12']]);
  });
});

describe('an event named after "after" or "before", with a time of its own', () => {
  it('is reported, not only a time for another', () => {
    // A wire lede.
    expect(
      events(
        'Arvenia and Torvania aim to agree a ceasefire by mid-April, officials said, after their presidents spoke by phone earlier this week.',
        'news',
      ),
    ).toEqual([
      ['deadline', '2031-04-15'],
      ['call', null],
    ]);
    // A liveblog.
    expect(events('Kessel accepted the text just before the deadline expired on Friday.', 'news')).toEqual([
      ['deadline', '2031-02-28'],
    ]);
    expect(events('The ministers will meet after the talks end.')).toEqual([]);
    expect(events('Until the talks resume, the border stays closed.')).toEqual([]);
  });
});

describe('a window counted back after "the second", "twice"', () => {
  it('reads "the second call in a week" and "twice in a week" as no day a week ahead; a plan keeps its day', () => {
    expect(events('This was the second conversation between the two leaders in a week.', 'readout')).toEqual([
      ['call', '2031-03-05'],
    ]);
    expect(events('The talks, the first in a month, lasted six hours.', 'readout')).toEqual([
      ['talks', '2031-03-05'],
    ]);
    expect(events('Kostal will meet Varin in a week.')).toEqual([['meeting', '2031-03-12']]);
    expect(events('The first round of talks will begin in two weeks.')).toEqual([['talks', '2031-03-19']]);
  });
});
