// The publication date of official documents, class by class: how a page writes its date at
// the top, how a treaty or a release closes with it, and which dates in the text are not the
// day of writing. Documents invented for the test.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { barredLine } from '../../src/evidence/meta.ts';

const published = (text: string) => cleanDocument(text, 'doc.txt', { keepTitle: true }).meta;

describe('a date in figures with slashes', () => {
  it('reads day first when the day is above twelve, and month first when the month is', () => {
    expect(published('25/03/2031\n\nThe ministers met in Fjellby.')).toMatchObject({
      date: '2031-03-25',
      dateFrom: 'dateline',
    });
    expect(published('03/25/2031\n\nThe ministers met in Fjellby.').date).toBe('2031-03-25');
  });

  it('settles an ambiguous one by the order the text writes its dates in words', () => {
    const dayFirst = '04/03/2031\n\nOn 4 March, the ministers met in Fjellby. Talks resume on 20 March.';
    const monthFirst = '04/03/2031\n\nOn April 3, the ministers met in Fjellby. Talks resume on April 20.';
    expect(published(dayFirst).date).toBe('2031-03-04');
    expect(published(monthFirst).date).toBe('2031-04-03');
    // Nothing in words: day first, as most of the world writes it.
    expect(published('04/03/2031\n\nThe ministers met in Fjellby.').date).toBe('2031-03-04');
  });

  it('settles one by the month the story speaks of, when only one reading falls in it', () => {
    // Written month first in words, stamped day first: a story of days in May was not written in September.
    const story =
      'Vell talks\n\n09/05/2031 - 18:02\n\nSpeaking in Fjellby on May 8, the mediator said replies were due on May 20.';
    expect(published(story).date).toBe('2031-05-09');
    // Both readings among the days it names: the order it writes in words decides, as before.
    const both = '04/05/2031\n\nThe envoys met on April 28 and meet again on May 6.';
    expect(published(both).date).toBe('2031-04-05');
  });

  it('takes a month only from its name, and the order only from a dateline in words', () => {
    // A count before a word that begins like a month ("6 mayors", "3 decrees") names no day.
    expect(
      published('Ministry of Health\n\n05/06/2031\n\nThe ministry said 6 mayors were affected.').date,
    ).toBe('2031-06-05');
    // A month-first wire whose story names the other reading later, not in its dateline.
    const wire =
      'Envoys trade offers\n\n06/07/2031 09:15 AM\n\nFJELLBY (Wire) - The envoys traded offers before the July 6 vote, aides said. Talks resume on June 20 and June 22.';
    expect(published(wire).date).toBe('2031-06-07');
    // The dateline in words beside the figures settles them.
    expect(
      published('06/07/2031\n\nFJELLBY, 6 July (Wire) - The envoys traded offers. Talks resume on June 20.')
        .date,
    ).toBe('2031-07-06');
  });

  it("reads a place and a day in figures under a transcript's title, by the order the text writes", () => {
    const header =
      'Ministry of Foreign Affairs\nRegular press briefing by Spokesperson Ana Dahl\nDrava, 11/03/2031\n\n';
    expect(
      published(`${header}Dahl: The statement of 10 March stands. The talks resume on 20 March.`),
    ).toMatchObject({
      date: '2031-03-11',
      dateFrom: 'dateline',
    });
    // Days in words near neither reading ("July"): the order they are written in decides.
    expect(
      published(`${header}Dahl: The statement of July 10 stands. The talks resume on July 20.`).date,
    ).toBe('2031-11-03');
    // Days in words near one reading only: a briefing about March was given in March.
    expect(
      published(`${header}Dahl: The statement of March 10 stands. The talks resume on March 20.`).date,
    ).toBe('2031-03-11');
  });
});

describe('a dateline with a bullet and a time', () => {
  it('reads "• 15 April, 2031 | 11:20" as the date, not as the headline', () => {
    const meta = published(
      '• 15 April, 2031 | 11:20\nFJELLBY POST — World\n\nEnvoys sign the water accord in Fjellby\n\nThe envoys signed.',
    );
    expect(meta).toMatchObject({ date: '2031-04-15', dateFrom: 'dateline' });
    expect(meta.title).not.toContain('2031');
  });
});

describe('a dateline as the first line of the page', () => {
  const body = '\n\nThe ministers met in Fjellby and agreed to meet again.';
  const news = (text: string) => cleanDocument(text, 'doc.txt').meta;

  it('reads a date after a place, or with a time after a dash or with its zone, in news as in official pages', () => {
    for (const [line, date] of [
      ['Fjellby, March 24, 2031', '2031-03-24'],
      ['FJELLBY, 24 March 2031', '2031-03-24'],
      ['Rio de Janeiro, 24.03.2031', '2031-03-24'],
      ['24 March 2031 - 19:05', '2031-03-24'],
      ['24 March 2031 – 19.05', '2031-03-24'],
      ['Mar 24, 2031, 6:30 PM ET', '2031-03-24'],
      ['March 24, 2031 18:30 CET', '2031-03-24'],
    ]) {
      expect(news(line + body), line).toMatchObject({ date, dateFrom: 'dateline' });
      expect(published(line + body).date, line).toBe(date);
      expect(news(line + body).title ?? '', line).not.toContain('2031');
    }
  });

  it('takes no phrase before a comma for a place: such a line is a headline, kept as text', () => {
    const doc = cleanDocument('Talks resumed, March 24, 2031\n\nThe ministers met.', 'doc.txt', {
      keepTitle: true,
    });
    expect(doc.removed.map((r) => r.text)).not.toContain('Talks resumed, March 24, 2031');
    expect(doc.cleanText).toContain('Talks resumed, March 24, 2031');
  });

  it("takes no document's kind or occasion for a place: 'Joint Statement, 24 March 2031' is the headline", () => {
    for (const line of [
      'Joint Statement, 24 March 2031',
      'Press Release, March 24, 2031',
      'Daily Press Briefing, 24 March 2031',
      'Readout of the Call, March 24, 2031',
      'Remarks, 24 March 2031 - 19:05',
    ]) {
      const doc = cleanDocument(`${line}\n\nThe ministers met.`, 'doc.txt', { keepTitle: true });
      expect(doc.meta.title, line).toBe(line);
      expect(doc.meta.date, line).toBe('2031-03-24');
      expect(doc.cleanText, line).toContain(line);
    }
  });
});

describe('a headline that ends in its date', () => {
  it("reads the date of an official site's title, set apart by a colon or a dash, whatever words come before", () => {
    const body = '\n\nThe Prime Minister spoke to President Dahl this afternoon.';
    for (const [line, date] of [
      ['PM call with President Dahl: 10 March 2031', '2031-03-10'],
      ['Foreign Secretary statement on the Vell talks - 10 March 2031', '2031-03-10'],
      ["Readout of the Envoy's meeting with Minister Lind, March 10, 2031", '2031-03-10'],
      // A delegation's statement, with commas in its words before the date.
      [
        'Statement by the Delegation of Torvania to the Permanent Council, as delivered by Ambassador Ruslan Orev, 10 March 2031',
        '2031-03-10',
      ],
      ['Remarks by the Secretary General at the press conference, Fjellby, March 10, 2031', '2031-03-10'],
    ]) {
      // Read as news, the headline leaves the text for the title, and its date comes with it.
      expect(cleanDocument(line + body, 'doc.txt').meta, line).toMatchObject({ date, title: line });
      expect(published(line + body), line).toMatchObject({ date, title: line });
    }
  });
});

describe('a headline that ends in no date', () => {
  it('leaves a title whose words after a comma are no date, or which names no document', () => {
    const body = '\n\nThe Prime Minister spoke to President Dahl this afternoon.';
    for (const line of [
      'Statement by the Delegation of Torvania, as delivered by Ambassador Ruslan Orev, in Fjellby',
      'Arvenia, Torvania agree to meet again, 10 March 2031 or later',
    ])
      expect(cleanDocument(line + body, 'doc.txt').meta.date, line).toBeUndefined();
  });
});

describe('a closing formula', () => {
  it('dates a joint statement by its "Done at" line, not by the deadline it sets', () => {
    const text = [
      'JOINT STATEMENT',
      'on the first round of talks between Arvenia and Torvania',
      'Delegations of the two states held talks at Fjellby from 17 to 19 March 2031.',
      'All detained fishermen shall be released no later than 18 April 2031.',
      'Done at Fjellby, 19 March 2031',
    ].join('\n\n');
    expect(published(text)).toMatchObject({ date: '2031-03-19', dateFrom: 'dateline' });
  });

  it('dates a release by its "Issued on" line, even when a later day is named before it', () => {
    const text = [
      'PRESS RELEASE',
      'The ministry welcomed the accord. Cooperatives may apply from 1 June 2031, and the fund opens on 3 May 2031.',
      'Contact: press@fisheries.example',
      'Issued on 16 April 2031',
    ].join('\n\n');
    expect(published(text)).toMatchObject({ date: '2031-04-16', dateFrom: 'dateline' });
  });

  it('passes over a deadline "no later than" when no formula dates the text', () => {
    const text =
      'JOINT STATEMENT\n\nThe sides met on 19 March 2031 and agreed to ratify no later than 30 June 2031.';
    expect(published(text)).toMatchObject({ date: '2031-03-19', dateFrom: 'text' });
  });
});

describe('a wire dateline without a year', () => {
  const lead =
    'FJELLBY, March 19 (Nordpress) - Arvenia and Torvania agreed on Thursday to keep their coast guards apart.\n\nThe talks opened on Tuesday.';

  it('takes the year that puts the day on or just before the day the document was received', () => {
    const meta = (received: string) => cleanDocument(lead, 'wire.txt', { received }).meta;
    expect(meta('2031-12-04')).toMatchObject({ date: '2031-03-19', dateFrom: 'dateline' });
    expect(meta('2032-01-10').date).toBe('2031-03-19');
    expect(meta('2031-03-19').date).toBe('2031-03-19');
    const dayFirst = 'DRAVA, Torvania, 7 March (Nordpress) – The round ended yesterday.';
    expect(cleanDocument(dayFirst, 'wire.txt', { received: '2031-05-01' }).meta.date).toBe('2031-03-07');
  });

  it('leaves the document undated when nothing says the year', () => {
    expect(cleanDocument(lead, 'wire.txt').meta.date).toBeUndefined();
  });

  it("reads the agencies' other shapes: slashes, a double dash on the lede, the agency first, a line alone", () => {
    const dated = (text: string) => cleanDocument(text, 'wire.txt', { received: '2031-05-01' }).meta.date;
    expect(dated('Lorne, March 19 /Nordpress/ - The two delegations met on Tuesday.')).toBe('2031-03-19');
    expect(dated('Lorne, March 19 (Nord Press)--The two delegations met on Tuesday.')).toBe('2031-03-19');
    expect(dated('(NPA) - LORNE, MARCH 19 - The two delegations met on Tuesday.')).toBe('2031-03-19');
    expect(
      dated(
        'Talks end in Lorne\n\nLorne, March 19 (Nordpress correspondent Ada Brun)\n\nThe delegations met.',
      ),
    ).toBe('2031-03-19');
    // With its year, under a doubled dash.
    expect(dated('LORNE, 19th March, 2031 (NPA) -- The two delegations met on Tuesday.')).toBe('2031-03-19');
    // Slashes that are no agency's before a dash, and a bracket that runs on into a sentence, date nothing.
    expect(dated('The round, March 19 /so far/ went well, the envoy said on Tuesday.')).toBeUndefined();
    expect(dated('Lorne, March 19 (the envoy said) that the round went well.')).toBeUndefined();
  });

  // 24 November 2031 is a Monday, 24 November 2032 a Wednesday.
  const story = (weekday: string) =>
    `LORNE, Nov 24 (Nordpress) - Arvenia and Torvania opened talks on ${weekday}, the first since the 2029 clashes.`;

  it("takes last year when only there the lead's weekday falls on the day: a story read long after", () => {
    const meta = (text: string, received: string) => cleanDocument(text, 'wire.txt', { received }).meta;
    expect(meta(story('Monday'), '2033-07-04').date).toBe('2031-11-24');
    expect(meta(story('Wednesday'), '2033-07-04').date).toBe('2032-11-24');
    // A weekday neither year agrees with (a lead about some days before) leaves the nearer year.
    expect(meta(story('Saturday'), '2033-07-04').date).toBe('2032-11-24');
  });

  it('keeps this year for a story read within weeks whose lead tells an earlier day by its weekday', () => {
    const meta = (text: string, received: string) => cleanDocument(text, 'wire.txt', { received }).meta;
    // Under Wednesday 24 November 2032, "on Monday" is two days before; a year earlier the 24th was a Monday.
    expect(meta(story('Monday'), '2032-12-04').date).toBe('2032-11-24');
  });

  it('keeps the nearer year when its lead tells of the day before the dateline', () => {
    // 15 March 2026 is a Sunday, 15 March 2025 a Saturday: "on Saturday" is the day before the story.
    const lead = 'LORNE, March 15 (Nordpress) - Arvenia and Torvania exchanged 404 prisoners on Saturday.';
    expect(cleanDocument(lead, 'wire.txt', { received: '2026-04-14' }).meta.date).toBe('2026-03-15');
  });

  it("reads a lead about the dateline's eve as this year's story, not last year's", () => {
    const meta = (text: string, received: string) => cleanDocument(text, 'wire.txt', { received }).meta;
    // 24 November 2032 is a Wednesday: a story filed that day tells of Tuesday's opening.
    expect(meta(story('Tuesday'), '2032-12-04').date).toBe('2032-11-24');
    // A Monday roundup of Sunday's exchange: 17 March 2031 is a Monday, 17 March 2030 a Sunday.
    const roundup =
      'FJELLBY, March 17 (Nordpress) - Arvenia and Torvania exchanged 300 prisoners on Sunday, a day after the deadline moved.';
    expect(meta(roundup, '2031-04-20').date).toBe('2031-03-17');
  });

  it('without the day received, takes a year the text writes, or one beside it, that the weekday agrees with', () => {
    expect(cleanDocument(story('Monday').replace('2029', '2030'), 'wire.txt').meta.date).toBe('2031-11-24');
    expect(cleanDocument(story('Friday').replace('2029', '2030'), 'wire.txt').meta.date).toBeUndefined();
  });
});

describe('a dateline with its label', () => {
  it('reads "Issued on:" and "Released:" before a date, in figures too', () => {
    for (const line of [
      'Issued on: 05/03/2031',
      'Released: 5 March 2031',
      'Published: 5 March 2031 14:02 CET',
    ])
      expect(
        published(`Talks resume in Fjellby\n\n${line}\n\nThe ministers met on Tuesday.`).date,
        line,
      ).toBe('2031-03-05');
  });
});

describe('a web page that writes its day as an ordinal', () => {
  it('reads "May 8th, 2026", "8th May 2026" and a reading time after the date', () => {
    for (const line of [
      'May 8th, 2031 · 7 min read',
      '8th May 2031',
      'Thursday, May 8th, 2031',
      'May 8th 2031 | 12 min read',
    ])
      expect(
        published(`From 14 points to 16\n\n${line}\n\nThe draft ran to fourteen points.`).date,
        line,
      ).toBe('2031-05-08');
  });
});

describe("a meeting record's header", () => {
  it('dates the record by its "Held at" line, as a dateline', () => {
    const text = [
      'UNION COUNCIL',
      'Provisional verbatim record of the 214th meeting',
      'Held at Fjellby, on Thursday, 2 April 2031, at 10 a.m.',
      'The President: The Council will meet again on 9 April 2031.',
    ].join('\n\n');
    expect(published(text)).toMatchObject({ date: '2031-04-02', dateFrom: 'dateline' });
  });
});

describe("a platform's stamp on a copied post", () => {
  const body = '\n\nJust spoke with President Varin. We agreed to meet again soon.';
  const received = '2031-04-01';
  it("dates a post by X's header, Telegram's stamp with a two-figure year and a machine timestamp", () => {
    for (const [head, date] of [
      ['Ingrid Solberg @SolbergNO · Mar 5', '2031-03-05'],
      ['Ingrid Solberg\n@SolbergNO · 5 Mar', '2031-03-05'],
      ['Ingrid Solberg (@SolbergNO) · Mar 5, 2030', '2030-03-05'],
      ['MFA Torvania, [04.03.31 19:22]', '2031-03-04'],
      ['Posted by Taras Melnyk on 2031-03-04T19:22:10Z', '2031-03-04'],
      // A stamp later in the year than the day received is last year's, as the platform shows it.
      ['Ingrid Solberg @SolbergNO · Dec 30', '2030-12-30'],
    ])
      expect(cleanDocument(head + body, 'post.txt', { received }).meta.date, head).toBe(date);
  });

  it('leaves a day the calendar lacks and a handle with no day', () => {
    for (const head of ['MFA Torvania, [31.02.31 19:22]', 'Ingrid Solberg @SolbergNO · Follow'])
      expect(cleanDocument(head + body, 'post.txt', { received }).meta.date, head).toBeUndefined();
  });

  it("dates a meeting platform's transcript by the year-first day in its title", () => {
    const title = 'Demining Commission - Working Group - 2031/03/14 09:58 CET - Transcript';
    expect(cleanDocument(`${title}\n\nAttendees\nAda Brun${body}`, 'meet.txt').meta.date).toBe('2031-03-14');
  });
});

describe("an outlet's masthead line", () => {
  const news = (text: string) => cleanDocument(text, 'doc.txt').meta;

  it('dates the page by the day among its fields, and keeps the headline after it as the title', () => {
    const courier = news(
      'Harbour Courier  |  Tarnova  |  Wednesday 13 March 2030\n\nTalks end without a date\n\nTARNOVA - The round ended yesterday.',
    );
    expect(courier).toMatchObject({
      date: '2030-03-13',
      dateFrom: 'dateline',
      title: 'Talks end without a date',
    });
    expect(
      news('The Northern Ledger · Tuesday, 4 March 2031 · Page 6\n\nEnvoy lands\n\nThe envoy landed.').date,
    ).toBe('2031-03-04');
    expect(news('World | Europe | March 12, 2031 10:42 GMT\n\nEnvoy lands\n\nThe envoy landed.').date).toBe(
      '2031-03-12',
    );
  });

  it('leaves a headline with a bar, and a line with two days', () => {
    // A headline and its date stay the title (a dated headline), not a masthead.
    expect(cleanDocument('Press release | 13 March 2030\n\nThe ministry said.', 'doc.txt').meta.title).toBe(
      'Press release | 13 March 2030',
    );
    // A post's header and its stamp belong to the post, whose author they name.
    expect(barredLine('Ada Lind @lind_mfa · 2 Mar 2031')).toBeUndefined();
    expect(barredLine('08:02 · 16.01.2031')).toEqual({ day: '16.01.2031', masthead: false });
    expect(barredLine('Harbour Courier | Tarnova | 13 March 2030')).toEqual({
      day: '13 March 2030',
      masthead: true,
    });
    expect(barredLine('28/03/2031 | Press release')).toEqual({ day: '28/03/2031', masthead: false });
    expect(news('Courier | 12 March 2031 | 13 March 2031\n\nThe round ended on 2 March 2031.').date).toBe(
      '2031-03-02',
    );
  });
});

describe('a state agency, a reprinted interview and a time after "at"', () => {
  const dated = (text: string) => cleanDocument(text, 'doc.txt', { received: '2031-04-30' }).meta.date;

  it('reads a state agency\'s "MOSCOW, March 20. /TASS/." dateline like a wire\'s', () => {
    expect(
      dated('DRAVA, March 20. /NORPRESS/. The aide said on Thursday that no deadline binds Drava.'),
    ).toBe('2031-03-20');
    // A sentence with a full stop after a date is no dateline.
    expect(dated('DRAVA, March 20. The aide spoke. Talks end on 2 April 2031.')).toBe('2031-04-02');
  });

  it('dates a reprinted interview by its "Source:" line, and a page by "Published on … at 10:15"', () => {
    expect(
      dated('Source: Daily Courier, 24.03.2031\n\nQuestion: Is the text final? It ends on 2 April 2031.'),
    ).toBe('2031-03-24');
    expect(dated('Published on 25 March 2031 at 10:15\n\nThe talks end on 2 April 2031.')).toBe('2031-03-25');
  });
});

describe('a headline that names its day, and labels before a date', () => {
  const dated = (text: string) => cleanDocument(text, 'doc.txt', { received: '2031-04-30' }).meta;

  it("takes a headline's day when no dateline dates the page, but not a day it looks ahead to", () => {
    expect(
      dated("Spokesperson Tan Ruolin's Regular Press Conference on March 28, 2031\n\nAFP: A question.").date,
    ).toBe('2031-03-28');
    expect(dated('Transcript of Special Briefing (March 28, 2031)\n\nSpokesperson: Good evening.').date).toBe(
      '2031-03-28',
    );
    expect(dated('28.03.2031 19:40 • Telephone conversation with the President\n\nThey spoke.').date).toBe(
      '2031-03-28',
    );
    // A dateline under the headline is the page's day; a limit the headline sets is not.
    expect(dated('Talks on 2 April 2031 confirmed\n\n28 March 2031\n\nThe envoy said.').date).toBe(
      '2031-03-28',
    );
    expect(dated('Envoy gives parties until 2 April 2031\n\nThe envoy said so.').date).toBeUndefined();
  });

  it('reads "Date:", "First published:" and "Issued at 10:15 on" before a date, and a kind beside the date', () => {
    expect(dated('Date: 28 March 2031\n\nThe ministry said.').date).toBe('2031-03-28');
    expect(dated('First published: 28 March 2031\n\nThe ministry said.').date).toBe('2031-03-28');
    expect(dated('Issued at 10:15 on 28 March 2031\n\nThe ministry said.').date).toBe('2031-03-28');
    const kind = cleanDocument('28/03/2031 | Press release\n\nThe ministry said.', 'doc.txt', {
      keepTitle: true,
    });
    expect(kind.meta.date).toBe('2031-03-28');
    expect(kind.cleanText).toContain('Press release');
    expect(dated('29 March 2031 | 14:20 | Moscow\n\nThe President held talks.').date).toBe('2031-03-29');
  });
});

describe('a post header with its hour, and a labelled date with its poster', () => {
  const dated = (text: string) => cleanDocument(text, 'doc.txt', { received: '2031-04-30' }).meta.date;

  it('reads X\'s "@handle · Mar 22, 2031, 7:21 AM" and "Posted on … by the Press Office"', () => {
    expect(dated('Warren Teale @WarrenTeale · Mar 22, 2031, 7:21 AM\n\nTHE FRAMEWORK IS AGREED!')).toBe(
      '2031-03-22',
    );
    expect(dated('Posted on 24 March 2031 by the Press Office\n\nThe ministry said so.')).toBe('2031-03-24');
    // Who wrote a sentence after its date is no poster of the page.
    expect(dated('The talks ended on 24 March 2031 by all accounts.\n\nTalks resume on 2 April 2031.')).toBe(
      '2031-04-02',
    );
  });
});

describe("a wire page's section line, a dateline from two capitals, and an item that opens on its day", () => {
  const clean = (text: string) => cleanDocument(text, 'doc.txt', { received: '2031-04-30' }).meta;

  it("reads the day after a section's name in a slashed line, and keeps the headline that follows as the title", () => {
    const meta = clean(
      'WORLD NEWS MARCH 12, 2031 / 9:41 PM / UPDATED 2 HOURS AGO\n\nKessel and Drava differ on the call\n\nThe two sides gave different accounts.',
    );
    expect(meta).toMatchObject({ date: '2031-03-12', title: 'Kessel and Drava differ on the call' });
    expect(clean('Europe | 4 March 2031 | 18:02\n\nThe ministers met.').date).toBe('2031-03-04');
    // A headline's words before a day are no section: a slashed headline is not a masthead.
    expect(barredLine('Talks resume on 12 March 2031 / analysis')).toBeUndefined();
  });

  it('reads "KESSEL/DRAVA, March 12 (Wirenews) -" as a wire dateline', () => {
    expect(clean('KESSEL/DRAVA, March 12 (Wirenews) - The two leaders spoke on Wednesday.').date).toBe(
      '2031-03-12',
    );
    expect(clean('KESSEL, Arvenia/DRAVA, 12 March (Newsline) – The two leaders spoke.').date).toBe(
      '2031-03-12',
    );
  });

  it('dates a channel\'s item that opens "Today, 21 March," by that day, in the year of its reading', () => {
    expect(
      clean(
        'Ministry of Defence\nOfficial channel\n\nToday, March 21, in Lorrance, the delegations initialled the text.',
      ).date,
    ).toBe('2031-03-21');
    expect(
      clean('Today, 21 March, the President held a telephone conversation with the Prime Minister.').date,
    ).toBe('2031-03-21');
    // Not a day: "Today, the President ..."; no such day: "Today, 30 February".
    expect(clean('Today, the President met the envoy. The talks resume on 21 March.').date).toBeUndefined();
    expect(clean('Today, 30 February, the President met the envoy.').date).toBeUndefined();
  });
});

describe('a report dated only by a post it embeds', () => {
  it("takes the post's day, with low confidence, when nothing else dates the report", () => {
    const report = [
      'Envoys Say Fjellby Text Could Anchor a Deal',
      'The Torvanian leader said on Thursday that the plan might serve as the basis of an accord.',
      'He thanked the mediators in a post.',
      'Grateful to our partners in Fjellby for a long day of work. — Ana Dahl (@AnaDahlTV) March 6, 2031',
      'Talks continue in Fjellby next week, officials said.',
    ].join('\n');
    const meta = cleanDocument(report, 'report.txt').meta;
    expect(meta).toMatchObject({ date: '2031-03-06', dateFrom: 'text' });
    expect(meta.dateConfidence).toBeLessThan(0.5);
    // A date in the report's own text dates it as before: the embed is read only when none is.
    const dated = `${report}\nThe statement was issued on 2 March 2031.`;
    expect(cleanDocument(dated, 'report.txt').meta.date).toBe('2031-03-02');
  });
});

describe('a wire dateline without its place or without its dash', () => {
  const dated = (text: string) => cleanDocument(text, 'wire.txt', { received: '2031-07-20' }).meta.date;

  it('reads a factbox\'s "June 17 (Reuters) -", filed without a place, by the agency\'s bracket', () => {
    expect(
      dated(
        'FACTBOX-What is in the Lorne plan?\n\nJune 17 (Reuters) - Arvenia and Torvania are due to sign a deal on June 28.\n\nHere are the main points.',
      ),
    ).toBe('2031-06-17');
    expect(
      dated('EXPLAINER-Why the Fjellby talks stalled\n\n3 July (Reuters) - The round ended on Friday.'),
    ).toBe('2031-07-03');
    // A day with a bracket that is no agency's, or a day and a dash alone, is no dateline.
    expect(dated('June 17 (Tuesday) the talks resumed.\n\nThey ended on 2 July 2031.')).toBe('2031-07-02');
    expect(dated('June 17 - the talks resumed in Lorne.\n\nThey ended on 2 July 2031.')).toBe('2031-07-02');
  });

  it('reads PTI\'s "New Delhi, Jun 17 (PTI) The ..." without a dash, when the lede starts a sentence', () => {
    expect(
      dated('New Delhi, Jun 17 (PTI) The government on Monday said talks with Torvania would resume.'),
    ).toBe('2031-06-17');
    expect(dated('Lorne, Jul 2 (PTI) "We are close," the envoy said on Wednesday.')).toBe('2031-07-02');
    expect(dated('New Delhi, Jun 17 (PTI) the government said so.\n\nTalks end on 2 July 2031.')).toBe(
      '2031-07-02',
    );
  });

  it('reads a stop between the bracket and the dash, as some agencies print it', () => {
    expect(dated('Lorne, Jun 9 (Nordpress).- Delegations concluded on Wednesday three days of talks.')).toBe(
      '2031-06-09',
    );
    expect(dated('BEIJING, June 17 (Xinhua) -- Officials of the two sides met on Tuesday.')).toBe(
      '2031-06-17',
    );
  });
});

describe("a stamp under a wire story's dateline", () => {
  const dated = (text: string) => cleanDocument(text, 'wire.txt', { received: '2031-03-20' }).meta.date;

  it('dates the story by its dateline, not by the "Sent:" of a mail it quotes below it', () => {
    const ap = [
      'Envoy says text reached both capitals',
      'FJELLBY, March 19 (AP) - The Norland envoy said on Wednesday both sides had the new text.',
      'Sent: Monday, 10 March 2031 09:12',
      'The mail was sent on March 10, an official said.',
    ].join('\n\n');
    expect(dated(ap)).toBe('2031-03-19');
    const afp = [
      'DRAVA, 18 March (AFP) - The leaked mail, seen by AFP, reads in full:',
      'From: Ada Lind\nSent: 11 March 2031 18:40\nTo: Per Holm',
      'Per, the annex goes out tonight.',
    ].join('\n\n');
    expect(dated(afp)).toBe('2031-03-18');
    // A page's own stamp above its story still dates it.
    expect(dated('Politics | 12.03.2031\n\nThe envoy met both sides on Monday.')).toBe('2031-03-12');
  });
});
