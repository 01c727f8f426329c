// Dates as European, Brussels and UK issuers write them: a dateline left in the issuer's language
// ("Paris, le 10 mars 2031"), days in figures with slashes, a span named by its weekdays
// ("Monday–Tuesday 7–8 April"), a release's place-and-day lead, and the verbs their readouts
// use ("will receive President X", "spoke with special envoy X", "was also attended by").
// Documents and sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { findDates } from '../../src/evidence/dates.ts';
import { findIsoDate } from '../../src/evidence/meta.ts';
import { events } from './eventsOf.ts';

const published = (text: string) => cleanDocument(text, 'doc.txt', { keepTitle: true }).meta.date;
const dates = (sentence: string, day = '2031-03-05') =>
  findDates(sentence, day, undefined, true).map((d) => [d.text, d.vague ? 'vague' : d.iso]);

describe("a dateline in the issuer's language", () => {
  it('dates a translated communiqué by its French, German, Spanish or Italian dateline', () => {
    // Élysée-style communiqué in translation
    expect(
      published(
        'Telephone conversation with Mrs Mira Kostal\n\nParis, le 10 mars 2031\n\nThe President of the Republic spoke this day with Mrs Mira Kostal.',
      ),
    ).toBe('2031-03-10');
    // a federal ministry's page
    expect(
      published('Press release\n\nBerlin, 21. März 2031\n\nThe Federal Minister met her counterpart.'),
    ).toBe('2031-03-21');
    // Madrid's and Rome's forms
    expect(findIsoDate('Madrid, 10 de marzo de 2031')).toBe('2031-03-10');
    expect(findIsoDate('Roma, 1 aprile 2031')).toBe('2031-04-01');
    expect(findIsoDate('Paris, le 1er avril 2031')).toBe('2031-04-01');
  });

  it('leaves English datelines first, and words that only look like a month', () => {
    expect(findIsoDate('Brussels, 20 March 2031')).toBe('2031-03-20');
    expect(findIsoDate('The Mars 2031 mission was discussed.')).toBeUndefined();
    expect(findIsoDate('Room 12 August Hall, 2031 seats')).toBeUndefined();
    expect(findIsoDate('31 février 2031')).toBeUndefined();
  });
});

describe('a day in figures with slashes and a year', () => {
  it('reads the order nearer the day of writing when both numbers could be the month', () => {
    // Swiss-style release of 11 March
    expect(
      dates('On 10/03/2031 the State Secretary spoke with Foreign Minister Solberg.', '2031-03-11'),
    ).toEqual([['10/03/2031', '2031-03-10']]);
    // American order, in an American release of 9 March
    expect(dates('The envoy met both delegations on 03/08/2031.', '2031-03-09')).toEqual([
      ['03/08/2031', '2031-03-08'],
    ]);
  });

  it('reads a number past twelve as the day, either way round', () => {
    expect(dates('The ministers met on 27/02/2031 in Geneva.')).toEqual([['27/02/2031', '2031-02-27']]);
    expect(dates('The ministers will meet on 04/25/2031 in Geneva.')).toEqual([['04/25/2031', '2031-04-25']]);
  });

  it('reads no tally or fraction as a day', () => {
    expect(dates('The resolution passed 15/10 in favour.')).toEqual([]);
    expect(dates('The hotline is staffed 24/7.')).toEqual([]);
  });
});

describe('a span of days named by its weekdays', () => {
  it('dates the span by its calendar days when they follow', () => {
    // Swiss-style release
    expect(dates('The round took place in Geneva on Monday–Tuesday 7–8 April.', '2031-04-09')[0]?.[1]).toBe(
      '2031-04-07',
    );
    // Council press release
    expect(dates('Ministers met on Monday and Tuesday, 3 and 4 March, in Brussels.')[0]).toEqual([
      'on Monday and Tuesday, 3 and 4 March',
      '2031-03-03',
    ]);
  });

  it('dates it by its first weekday, on its side of the day of writing', () => {
    // Hansard, said on a Tuesday
    expect(
      dates('Last Tuesday and Wednesday, our delegation met the delegation of Torvania.', '2031-03-11'),
    ).toEqual([['Last Tuesday and Wednesday', '2031-03-04']]);
    // a hearing on a Tuesday: a span done ends by the day of writing
    expect(dates('The envoy sat at the table with us from Monday to Wednesday.', '2031-03-11')).toEqual([
      ['Monday to Wednesday', '2031-03-03'],
    ]);
    expect(dates('The delegations will meet in Fjellby on Thursday and Friday.')).toEqual([
      ['on Thursday and Friday', '2031-03-06'],
    ]);
  });

  it('reads the week said after both weekdays', () => {
    // a gov.uk readout on a Friday, and a ministry's page
    expect(
      dates('The second round was held in Fjellby on Monday and Tuesday last week.', '2031-03-21'),
    ).toEqual([['on Monday and Tuesday last week', '2031-03-10']]);
    expect(dates('The delegations meet again on Thursday and Friday next week.', '2031-03-05')).toEqual([
      ['on Thursday and Friday next week', '2031-03-13'],
    ]);
  });

  it('keeps two weekdays of two clauses apart', () => {
    expect(dates('Kostal met Varin on Monday and will meet Dahl on Friday.')).toEqual([
      ['on Monday', '2031-03-03'],
      ['on Friday', '2031-03-07'],
    ]);
  });
});

describe("a release's lead that opens with its place and day", () => {
  it('dates the event by the day the lead reports, not the release’s', () => {
    expect(
      events(
        'Geneva, 09.04.2031 - The second round of talks took place in Geneva on Monday.',
        'press-release',
        '2031-04-09',
      ),
    ).toEqual([['talks', '2031-04-07']]);
    expect(
      events(
        'Brussels, 20 March 2031 – Ministers met special envoy Henrik Dahl on Tuesday.',
        'press-release',
        '2031-03-20',
      ),
    ).toEqual([['meeting', '2031-03-18']]);
  });

  it("keeps the dateline's day when the lead gives no other", () => {
    expect(
      events(
        'Bern, 09.04.2031 - The Federal Councillor met Henrik Dahl in Bern.',
        'press-release',
        '2031-04-09',
      ),
    ).toEqual([['meeting', '2031-04-09']]);
  });

  it("gives a deed the lead tells in the pluperfect no day of the dateline's: it lay before the report", () => {
    expect(
      events(
        'KESSEL, March 12 (Norland Wire) - Arvenian and Torvanian officials had already held talks in Fjellby, President Leon Varin said.',
        'news',
        '2031-03-12',
      ),
    ).toEqual([['talks', null]]);
    expect(
      events(
        'DRAVA, March 12 (Norland Wire) - Special envoy Henrik Dahl said he had previously met Minister Surin in Drava, the ministry said.',
        'news',
        '2031-03-12',
      ),
    ).not.toContainEqual(['meeting', '2031-03-12']);
    // Told in the past, or with "had" as the plain past of "have", it keeps the dateline's day as before.
    expect(
      events(
        'KESSEL, March 12 (Norland Wire) - Arvenian and Torvanian officials had talks in Fjellby, President Leon Varin said.',
        'news',
        '2031-03-12',
      ),
    ).toEqual([['talks', '2031-03-12']]);
    expect(
      events(
        'KESSEL, March 12 (Norland Wire) - Arvenian and Torvanian officials held talks in Fjellby, President Leon Varin said.',
        'news',
        '2031-03-12',
      ),
    ).toEqual([['talks', '2031-03-12']]);
  });
});

describe('the verbs of European readouts', () => {
  it('reads "will receive" a named guest as a meeting', () => {
    // Élysée-style
    expect(
      events('The President of the Republic will receive President Kostal in Paris on 18 March.'),
    ).toEqual([['meeting', '2031-03-18']]);
    // Chancellery-style
    expect(events('The Chancellor will receive the Foreign Minister of Norland on Friday.')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
  });

  it('reads no meeting in receiving a thing or an unnamed person', () => {
    expect(events('The ministry will receive the report on Friday.')).toEqual([]);
    expect(events('The terminal will be ready to receive the first trains on Friday.')).toEqual([]);
    expect(events('President Varin expressed readiness to receive him.')).toEqual([]);
  });

  it('reads "spoke with" a title in lower case before the name as a call', () => {
    // live blog
    expect(events('Oleg Varin spoke with special envoy Henrik Dahl this morning.', 'news')).toEqual([
      ['call', '2031-03-05'],
    ]);
    // federal press conference
    expect(events('The Chancellor spoke with foreign minister Solberg on Monday.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(events('The minister spoke to students in Kessel on Monday.', 'news')).toEqual([]);
  });

  it('reads who "also attended" a meeting as sitting at the one just reported', () => {
    // State House-style readout
    expect(
      events(
        'The day before yesterday, the President received Special Envoy Henrik Dahl at State House. The meeting was also attended by the Minister of Foreign Affairs, Hon. Ingrid Solberg.',
      ),
    ).toEqual([['meeting', '2031-03-03']]);
    // two meetings with other people stay two
    expect(
      events('On Monday the President received Henrik Dahl. On Tuesday the President met Ingrid Solberg.'),
    ).toEqual([
      ['meeting', '2031-03-03'],
      ['meeting', '2031-03-04'],
    ]);
  });
});
