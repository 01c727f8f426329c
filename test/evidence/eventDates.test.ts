// Dates and events in the grammar of readouts and transcripts: days written in words, days
// counted from the day of writing or from the day before, weekday-only datelines, events
// without a date or a place, and two events of one kind on one day kept apart.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { findDates } from '../../src/evidence/dates.ts';

// 2031-03-05 is a Wednesday.
const PUBLISHED = '2031-03-05';
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

  it('reads what was agreed for a weekday as ahead', () => {
    expect(dates('We agreed the experts meet in Drava on Monday.')).toEqual([['on Monday', '2031-03-10']]);
  });
});

describe('publication date from a dateline without a year', () => {
  it('takes the year whose calendar has that weekday, among the years the text writes', () => {
    const doc = cleanDocument(
      'Verbatim record (extract)\n\nDocument VR/2031/PV.1\n\nFjellby, MONDAY, 1 DEC\n\nCHAIR: I open the session.',
      'r.txt',
    );
    expect(doc.meta).toMatchObject({ date: '2031-12-01', dateFrom: 'dateline' });
  });

  it('gives no date rather than a guess when no written year fits the weekday', () => {
    const doc = cleanDocument(
      'Verbatim record\n\nFjellby, MONDAY, 1 DEC\n\nCHAIR: I open the session.',
      'r.txt',
    );
    expect(doc.meta.date).toBeUndefined();
  });
});
