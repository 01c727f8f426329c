// Dates and events in the grammar of readouts and transcripts: days written in words, days
// counted from the day of writing or from the day before, weekday-only datelines, events
// without a date or a place, and two events of one kind on one day kept apart.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { findDates } from '../../src/evidence/dates.ts';
import { events, PUBLISHED } from './eventsOf.ts';

// 2031-03-05 is a Wednesday.
const dates = (sentence: string, anchor?: string) =>
  findDates(sentence, PUBLISHED, anchor).map((d) => [d.text, d.iso]);

describe('dates of readouts', () => {
  it('reads a day written in words', () => {
    expect(dates('The round opens on the third of March.')).toEqual([['the third of March', '2031-03-03']]);
    expect(dates('Lists are due by the twenty-first of March 2031.')).toEqual([
      ['the twenty-first of March 2031', '2031-03-21'],
    ]);
  });

  it('counts "ago" back and "within" ahead from the day of writing', () => {
    expect(dates('An hour ago the delegations adopted a statement.')).toEqual([
      ['An hour ago', '2031-03-05'],
    ]);
    expect(dates('They met two days ago.')).toEqual([['two days ago', '2031-03-03']]);
    expect(dates('Torvania will reply within 10 days.')).toEqual([['within 10 days', '2031-03-15']]);
  });

  it('takes the calendar date after a weekday, not the nearest such weekday', () => {
    // The nearest Monday is 3 March; the text says which Monday.
    expect(dates('The delegations would meet on Monday, 10 March.')).toEqual([
      ['on Monday, 10 March', '2031-03-10'],
    ]);
  });

  it('puts a weekday after "by" ahead of the day of writing, whatever the tense', () => {
    // The nearest Monday (3 March) is past: a limit set by Monday is next Monday's.
    expect(dates('Delegations are asked to confirm their teams by Monday.')).toEqual([
      ['by Monday', '2031-03-10'],
    ]);
  });

  it('counts "the following day" from the date before it, in the sentence or before it', () => {
    expect(dates('Dahl was in Drava on 2 March and in Kessel the following day.')).toEqual([
      ['2 March', '2031-03-02'],
      ['the following day', '2031-03-03'],
    ]);
    expect(dates('In Kessel the day before, he met Kostal.', '2031-03-02')).toEqual([
      ['the day before', '2031-03-01'],
    ]);
  });

  it('counts "the day before" from the day of writing when the text gave no day before it', () => {
    expect(dates('He briefed the Council on the meeting held the day before.')).toEqual([
      ['the day before', '2031-03-04'],
    ]);
    expect(dates('The envoy flies to Drava and goes on to Kessel the following day.')).toEqual([
      ['the following day', '2031-03-06'],
    ]);
    expect(findDates('They met the previous day.', undefined)).toEqual([]);
    for (const sentence of [
      'Delegations arrive the day before the summit opens.',
      'The vote was held the day after the debate.',
      'He flew in the day before his meeting with the envoy.',
    ])
      expect(dates(sentence), sentence).toEqual([]);
  });

  it('reads what was agreed for a weekday as ahead', () => {
    expect(dates('We agreed the experts meet in Drava on Monday.')).toEqual([['on Monday', '2031-03-10']]);
  });
});

describe('publication dates in the styles of official sites', () => {
  it('takes the year whose calendar has that weekday, among the years the text writes', () => {
    const doc = cleanDocument(
      'Verbatim record (extract)\n\nDocument VR/2031/PV.1\n\nFjellby, MONDAY, 1 DEC\n\nCHAIR: I open the session.',
      'r.txt',
    );
    expect(doc.meta).toMatchObject({ date: '2031-12-01', dateFrom: 'dateline' });
  });

  it('reads a dotted day.month.year dateline and a compact date in a URL path', () => {
    expect(
      cleanDocument('Talks on the lake\n\n03.12.2031 14:20\n\nThe delegations met.', 'd.txt').meta,
    ).toMatchObject({ date: '2031-12-03', dateFrom: 'dateline' });
    expect(
      cleanDocument('https://mfa.example/press/20311124/call\n\nThe leaders spoke.', 'u.txt').meta,
    ).toMatchObject({ date: '2031-11-24', dateFrom: 'url' });
  });

  it('gives no date rather than a guess when no written year fits the weekday', () => {
    const doc = cleanDocument(
      'Verbatim record\n\nFjellby, MONDAY, 1 DEC\n\nCHAIR: I open the session.',
      'r.txt',
    );
    expect(doc.meta.date).toBeUndefined();
  });
});

describe('events of readouts', () => {
  it('knows the words readouts and transcripts use for meetings, calls, visits and statements', () => {
    expect(events('The Chair opened the first plenary.')).toEqual([['meeting', PUBLISHED]]);
    expect(events('Solberg hosted a working dinner for both delegations last night.')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
    expect(events('Landed in Fjellby this evening with our delegation.', 'social')).toEqual([
      ['visit', PUBLISHED],
    ]);
    expect(
      events('We will send our figures, as promised on the call of 1 March.', 'meeting-transcript'),
    ).toEqual([['call', '2031-03-01']]);
    expect(events('The delegations will reconvene in Fjellby in April.')).toEqual([['meeting', null]]);
    expect(events('Dahl is expected to brief the press on Friday.', 'news')).toEqual([
      ['statement', '2031-03-07'],
    ]);
    expect(events('Torvania would share its catch figures within 10 days.')).toEqual([
      ['deadline', '2031-03-15'],
    ]);
  });

  it('takes no denied event, and dates the one that happened', () => {
    expect(
      events(
        'The ministers, who had not met since their leaders spoke on 1 February, met on Monday.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-03']]);
  });

  it('takes no event that only places another in time', () => {
    expect(events('The parties will refrain from new licences until the second round.')).toEqual([]);
    expect(events('Dahl arrived in Drava on Monday, ahead of the next round of talks.', 'news')).toEqual([
      ['visit', '2031-03-03'],
    ]);
  });

  it("keeps a visit's purpose inside the visit", () => {
    expect(events('Solberg will visit Drava on Friday for consultations with Varin.')).toEqual([
      ['visit', '2031-03-07'],
    ]);
  });

  it('reads talks that open on a day as talks, not as a deadline', () => {
    expect(events('The first round of talks will open in Fjellby on the tenth of March.')).toEqual([
      ['talks', '2031-03-10'],
    ]);
  });

  it('keeps two meetings of one day apart', () => {
    expect(
      events(
        'Our minister met Minister Varin this morning. Ministers Kostal and Varin will meet again this evening.',
        'meeting-transcript',
      ),
    ).toEqual([
      ['meeting', PUBLISHED],
      ['meeting', PUBLISHED],
    ]);
    expect(
      events('They met on Monday morning, and again over dinner on Monday.', 'press-conference'),
    ).toEqual([
      ['meeting', '2031-03-03'],
      ['meeting', '2031-03-03'],
    ]);
  });

  it('counts "the following day" from the day of the sentence before', () => {
    expect(
      events(
        'In Drava on Monday, Dahl was received by Varin. In Kessel the following day he met Kostal.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-03'],
      ['meeting', '2031-03-04'],
    ]);
  });

  it('dates an event "a day after" another by the day before the one the sentence gives', () => {
    expect(
      events(
        'Varin received Dahl in Drava on Tuesday, a day after the second round of talks ended in Fjellby.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-04'],
      ['talks', '2031-03-03'],
    ]);
  });

  it('reads "received" as a meeting only when someone is received', () => {
    expect(events("Varin received Norland's envoy Henrik Dahl in Drava.", 'news')).toEqual([
      ['meeting', null],
    ]);
    expect(events("Kessel confirmed that it had received Torvania's catch figures.")).toEqual([]);
  });

  it('takes a conference as a meeting, and joining by video link as no call', () => {
    expect(events('The regional conference will be held in Fjellby on 20 March 2031.')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('The Union observer joins us by video link.', 'meeting-transcript')).toEqual([]);
  });

  it('keeps an event of a new clause with its own day apart from the one before it', () => {
    expect(
      events(
        'The experts are due to meet in Drava on Monday, and the next round is set for 20 March.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-10'],
      ['talks', '2031-03-20'],
    ]);
  });

  it('keeps two meetings of one day apart when each names someone the other does not', () => {
    expect(
      events(
        'Varin today received Special Envoy Henrik Dahl.\n\nEarlier in the day, Dahl held consultations with Mira Kostal.',
      ),
    ).toEqual([
      ['meeting', PUBLISHED],
      ['meeting', PUBLISHED],
    ]);
    expect(events('Varin today received Henrik Dahl.\n\nThe meeting with Dahl lasted two hours.')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });

  it('reads a proposal in the present and "let us meet" as ahead, and "Friday the fourteenth" by its month', () => {
    expect(events('We propose to meet again on Friday to close the table.', 'meeting-transcript')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
    expect(events('Let us meet on Monday morning.', 'meeting-transcript')).toEqual([
      ['meeting', '2031-03-10'],
    ]);
    expect(
      events('Friday the fourteenth is the deadline for the data in any case.', 'meeting-transcript'),
    ).toEqual([['deadline', '2031-03-14']]);
  });

  it("dates a transcript's headline event by its publication", () => {
    const text = 'Envoy Dahl holds talks with President Varin\n\nDAHL: Good evening.\n\nVARIN: Good evening.';
    expect(events(text, 'press-conference')).toEqual([['talks', PUBLISHED]]);
  });
});
