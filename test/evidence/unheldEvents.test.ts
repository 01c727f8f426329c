// Events a text names but does not report as held: one there are no plans for, one offered,
// refused, called off or still to be fixed, and the next one. A readout dates what it reports
// as done on its own day; these get no day from it, and those with no plans at all are no event.
// Sentences invented for the test, in the house styles of a ministry readout, a spokesperson's
// briefing, a wire and a presidential post; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('an event there are no plans for', () => {
  it('reads no event where the text says none is planned or on the agenda', () => {
    expect(events('There are no plans for a meeting between Kostal and Varin.')).toEqual([]);
    expect(events('A meeting of the two Presidents is not on the agenda at present.')).toEqual([]);
    expect(events('Surin said a visit by Dahl to Drava was not being considered.')).toEqual([]);
    expect(events('The Citadel has no intention of holding talks with Torvania.')).toEqual([]);
  });

  it('reads no event where a spokesman\'s quoted "no such plans" is for one side to meet another', () => {
    expect(
      events('Surin said there were “no such plans” at present for Torvania to meet with Dahl.'),
    ).toEqual([]);
    expect(events('Surin said there was "no such plan" for the two presidents to meet in Kessel.')).toEqual(
      [],
    );
  });

  it('keeps an event the same sentence reports as held or set', () => {
    expect(events('The delegations met in Fjellby; there are no plans for a joint statement.')).toEqual([
      ['meeting', '2031-03-05'],
    ]);
    expect(events('A meeting of the two Presidents is on the agenda for 18 March.')).toEqual([
      ['meeting', '2031-03-18'],
    ]);
  });
});

describe('an event offered, refused, called off or still to be fixed', () => {
  it('reads it on no day when the text gives it none', () => {
    expect(events('Kostal proposed a meeting with Varin.')).toEqual([['meeting', null]]);
    expect(events("Varin rejected Kostal's offer of a meeting.")).toEqual([['meeting', null]]);
    expect(events('Torvania is ready to continue talks.')).toEqual([['talks', null]]);
    expect(events('Dahl’s visit to Drava was cancelled.')).toEqual([['visit', null]]);
    expect(events('The Fjellby talks have been postponed indefinitely.')).toEqual([['talks', null]]);
    expect(
      events('Dahl noted that the date of the next meeting with Varin has not yet been agreed.'),
    ).toEqual([['meeting', null]]);
    expect(events('No date has yet been set for a visit by Solberg to Drava.')).toEqual([['visit', null]]);
    expect(events('A date for the Kessel summit is yet to be fixed.')).toEqual([['summit', null]]);
    expect(events('The two leaders discussed preparations for the next round of talks in Kessel.')).toEqual([
      ['talks', null],
    ]);
  });

  it('keeps the day the text gives it, and events held beside it', () => {
    expect(events('The next round of talks will be held on 18 March.')).toEqual([['talks', '2031-03-18']]);
    expect(events('Dahl’s visit to Kessel, planned for 10 March, was cancelled.')).toEqual([
      ['visit', '2031-03-10'],
    ]);
    expect(events('The talks resumed in Fjellby after the round was suspended.')).toEqual([
      ['talks', '2031-03-05'],
    ]);
    expect(events('Varin rejected the proposal and met Kostal in Drava on Tuesday.')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
  });
});

// A call or meeting that takes another event as its topic: the leaders discussed the talks on
// the record's day; the talks were held on a day of their own, which the sentence does not give.
describe('an event named as the topic of another act', () => {
  it('reads it on no day of the record', () => {
    expect(events('The leaders discussed the latest round of talks in Fjellby.')).toEqual([['talks', null]]);
    expect(
      events('The presidents exchanged views on the results of the negotiations in Drava.', 'readout'),
    ).toEqual([['talks', null]]);
    expect(events('The two Heads of State reviewed the state of the negotiations in Fjellby.')).toEqual([
      ['talks', null],
    ]);
  });

  it('keeps the day of the act itself and of a topic the text dates', () => {
    expect(events('The two delegations held talks in Fjellby.')).toEqual([['talks', '2031-03-05']]);
    expect(events('The leaders discussed the talks held in Fjellby on Monday.')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(events('After reviewing the plan, the delegations held talks in Fjellby.')).toEqual([
      ['talks', '2031-03-05'],
    ]);
    // The occasion the act took place at ("discussed at the meeting") is no topic of it.
    expect(
      events('The ministers discussed at the meeting in Kessel the exchange of prisoners.', 'readout'),
    ).toEqual([['meeting', '2031-03-05']]);
  });
});
