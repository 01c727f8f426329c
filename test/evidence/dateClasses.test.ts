// Dates the way official texts write them, class by class: the tense of each clause, a year
// that is not written, weeks and months that give no day, and days in words or figures
// without a month. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { tenseAt } from '../../src/evidence/tense.ts';

const PUBLISHED = '2031-03-05';
const dates = (sentence: string, published = PUBLISHED) =>
  findDates(sentence, published, undefined, true).map((d) => [d.text, d.vague ? 'vague' : d.iso]);

describe('the tense of a clause', () => {
  it('reads each clause of a sentence on its own', () => {
    const s = 'The ministers met on Monday and will meet again on Friday.';
    expect(tenseAt(s, s.indexOf('Monday'))).toBe('past');
    expect(tenseAt(s, s.indexOf('Friday'))).toBe('future');
  });

  it('reads plans and schedules as ahead', () => {
    for (const s of [
      'The round is set for Friday.',
      'Talks are slated for Friday.',
      'The signing is planned for Friday.',
      'Delegations are expected in Fjellby on Friday.',
      'The envoy is due in Drava on Friday.',
    ])
      expect(tenseAt(s, s.indexOf('Friday'))).toBe('future');
    expect(tenseAt('Talks were delayed due to the storm on Friday.', 30)).toBe('past');
  });

  it('reads a schedule "starting Wednesday" as ahead, and "signed by ... on Friday" as done', () => {
    const s = 'He set out his priorities for the talks starting Wednesday.';
    expect(tenseAt(s, s.indexOf('Wednesday'))).toBe('future');
    const t = 'The statement, signed by both ministers on Friday, is short.';
    expect(tenseAt(t, t.indexOf('Friday'))).toBe('past');
  });

  it('gives a clause without a verb the tense of the one before it', () => {
    const s = 'They met on Monday morning, and again over dinner on Monday.';
    expect(tenseAt(s, s.lastIndexOf('Monday'))).toBe('past');
  });
});

describe('weekdays on their side of the day of writing', () => {
  it('puts a scheduled weekday in the present ahead, a reported one behind', () => {
    expect(dates('The talks begin on Monday.')).toEqual([['on Monday', '2031-03-10']]);
    expect(dates('The talks began on Monday.')).toEqual([['on Monday', '2031-03-03']]);
    expect(dates('The next round is set for Tuesday.')).toEqual([['Tuesday', '2031-03-11']]);
    expect(dates('Varin arrived on Monday; talks open on Thursday.')).toEqual([
      ['on Monday', '2031-03-03'],
      ['on Thursday', '2031-03-06'],
    ]);
  });

  it('reads a weekday in the week before or after this one', () => {
    expect(dates('They met on Tuesday last week.')).toEqual([['on Tuesday last week', '2031-02-25']]);
    expect(dates('They meet on Tuesday next week.')).toEqual([['on Tuesday next week', '2031-03-11']]);
    expect(dates('They meet this coming Monday.')).toEqual([['this coming Monday', '2031-03-10']]);
  });
});

describe('a day without a year', () => {
  it('takes the year nearest the day of writing, on the side the tense says', () => {
    expect(dates('They met on 30 December.')).toEqual([['30 December', '2030-12-30']]);
    expect(dates('The parties will meet on 15 January.', '2031-12-20')).toEqual([
      ['15 January', '2032-01-15'],
    ]);
    expect(dates('The accord was signed on 20 December.', '2032-01-10')).toEqual([
      ['20 December', '2031-12-20'],
    ]);
  });
});

describe('days in other forms', () => {
  it('reads ordinals in figures and in words beside a month or a weekday', () => {
    expect(dates('They meet on 14th March.')).toEqual([['14th March', '2031-03-14']]);
    expect(dates('They meet on March fourteenth.')).toEqual([['March fourteenth', '2031-03-14']]);
    expect(dates('They meet on Friday 14th.')).toEqual([['on Friday 14th', '2031-03-14']]);
    expect(dates('The protocol is dated 12.03.2031.')).toEqual([['12.03.2031', '2031-03-12']]);
  });

  it('counts two days on and two days back', () => {
    expect(dates('They meet the day after tomorrow.')).toEqual([['the day after tomorrow', '2031-03-07']]);
    expect(dates('They met the day before yesterday.')).toEqual([['the day before yesterday', '2031-03-03']]);
  });

  it('shows a span of days as written and dates it by its first day', () => {
    expect(dates('The talks of 3-4 March ended.')).toEqual([['3-4 March', '2031-03-03']]);
  });
});

describe('weeks, months and weekends give no day', () => {
  it('flags them vague', () => {
    for (const [s, said] of [
      ['A second round is planned for next month.', 'next month'],
      ['They spoke last week.', 'last week'],
      ['The minister will visit Drava at the weekend.', 'weekend'],
      ['The next round is set for the week of 12 January.', 'the week of 12 January'],
      ['They met in the first week of March.', 'first week of March'],
      ['The delegations will reconvene in April.', 'in April'],
      ['Talks resume in mid-April.', 'mid-April'],
      ['Talks resume later this month.', 'later this month'],
    ])
      expect(dates(s!)).toEqual([[said, 'vague']]);
  });

  it('leaves a month by its name out unless asked, so sources are not compared on a day it lacks', () => {
    expect(findDates('The delegations will reconvene in April.', PUBLISHED)).toEqual([]);
  });
});

describe('days the calendar names', () => {
  it('reads Thanksgiving as the fourth Thursday of November, and Christmas and New Year as their days', () => {
    expect(dates('They want a deal by Thanksgiving.', '2031-11-20')).toEqual([
      ['Thanksgiving', '2031-11-27'],
    ]);
    expect(dates('They want a deal by Thanksgiving.', '2030-11-20')).toEqual([
      ['Thanksgiving', '2030-11-28'],
    ]);
    expect(dates('The Thanksgiving Day deadline passed.', '2025-12-01')).toEqual([
      ['Thanksgiving Day', '2025-11-27'],
    ]);
    expect(dates('A deal before Christmas is possible.', '2031-12-01')).toEqual([
      ['Christmas', '2031-12-25'],
    ]);
    expect(dates('They met on Christmas Eve.', '2032-01-03')).toEqual([['Christmas Eve', '2031-12-24']]);
    expect(dates("Talks resume after New Year's Day.", '2031-12-20')).toEqual([
      ["New Year's Day", '2032-01-01'],
    ]);
    expect(dates('by Thanksgiving 2029')).toEqual([['Thanksgiving 2029', '2029-11-22']]);
  });
});

describe('days written in figures, day first, and spans counted from an end', () => {
  it('reads "16/03" and "21/3/2031" day first, where only the day can be past twelve', () => {
    expect(dates('First data exchange by 16/03.')).toEqual([['16/03', '2031-03-16']]);
    expect(dates('The talks opened on 21/3/2031.')).toEqual([['21/3/2031', '2031-03-21']]);
  });

  it('leaves figures that could be either, or are no date, alone', () => {
    expect(dates('The talks opened on 03/04.')).toEqual([]);
    expect(dates('The line is open 24/7.')).toEqual([]);
    expect(dates('Turnout was 3/4 of the vote.')).toEqual([]);
    expect(dates('The motion passed 15/10 in favour.')).toEqual([]);
    expect(dates('The committee voted 14/11 against the amendment.')).toEqual([]);
    expect(dates('It carried 21/04, with two abstentions.')).toEqual([]);
    expect(dates('A count of 13/12 votes.')).toEqual([]);
  });

  it('reads no day that is not in its month, rather than rolling it into the next', () => {
    expect(dates('First data exchange by 31/04.')).toEqual([]);
    expect(dates('The talks opened on 30/02/2031.')).toEqual([]);
    expect(dates('The talks opened on 31.04.2031.')).toEqual([]);
    expect(dates('The talks opened on 30.04.2031.')).toEqual([['30.04.2031', '2031-04-30']]);
  });

  it('gives no day to a span counted from the end of an event the sentence does not date', () => {
    expect(dates('The data will be exchanged within ten days of the end of this round.')).toEqual([
      ['within ten days', 'vague'],
    ]);
    expect(dates('The data will be exchanged within ten days.')).toEqual([['within ten days', '2031-03-15']]);
  });
});
