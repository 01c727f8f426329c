// Input built against patterns added in session 21 (a limit's days told as steps, bare days a
// limit is moved from and to, spans of days of an occasion thanked for): each read in one pass over
// a 100,000-character document, none per day over the whole sentence. Session 31 added a deadline
// followed by its new date and a page opening on a bracketed note.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { roster } from './roster.ts';
import { cpuMs, linkTwiceCpuMs } from './timedRuns.ts';

const BOUND_MS = 3000;
const SIZE = 100_000;
const repeated = (unit: string, head = '', tail = ''): string =>
  head + unit.repeat(Math.ceil(SIZE / unit.length)) + tail;
const extractTimed = (text: string): number =>
  cpuMs(() => extractClaims(text, { roster, published: '2031-03-05', genre: 'news' }));

describe('session 21 patterns on hostile input', () => {
  it('reads a sentence of thousands of steps of a limit in one pass', () => {
    const line = repeated(
      'first it was the eleventh, then the 18th, now it is the 25th, ',
      'The deadline: ',
      '.',
    );
    expect(cpuMs(() => findDates(line, '2031-03-01'))).toBeLessThan(BOUND_MS);
    expect(linkTwiceCpuMs(line)).toBeLessThan(BOUND_MS);
    expect(extractTimed(line)).toBeLessThan(BOUND_MS);
  });

  it('reads thousands of sentences of steps of a limit in one pass', () => {
    const text = repeated('The deadline was first 22 March, then the 29th, now some say the 31st. ');
    expect(linkTwiceCpuMs(text)).toBeLessThan(BOUND_MS);
    expect(extractTimed(text)).toBeLessThan(BOUND_MS);
  });

  it('reads a sentence of thousands of bare days moved from and to in one pass', () => {
    const line = repeated('moved from the 22nd to the 29th and ', 'The deadline was ', '.');
    expect(cpuMs(() => findDates(line, '2031-03-01'))).toBeLessThan(BOUND_MS);
    expect(linkTwiceCpuMs(line)).toBeLessThan(BOUND_MS);
  });

  it('reads a sentence of thousands of spans of days (an occasion thanked for) in one pass', () => {
    const line = repeated('thanked the hosts for hosting the round on 11-12 March, ', 'The minister ', '.');
    expect(cpuMs(() => findDates(line, '2031-03-01'))).toBeLessThan(BOUND_MS);
    expect(linkTwiceCpuMs(line)).toBeLessThan(BOUND_MS);
  });

  it('reads thousands of deadlines each followed by its new date in one pass', () => {
    const text = repeated('The deadline for replies was 10 April. The new date is 17 April. ');
    expect(linkTwiceCpuMs(text)).toBeLessThan(BOUND_MS);
  });

  it('reads a page opening on one bracketed line of thousands of sentences in one pass', () => {
    const text = repeated('The call was held. ', '[', ']\n\nThe envoy spoke by phone with the minister.');
    expect(extractTimed(text)).toBeLessThan(BOUND_MS);
  });

  it('still reads the days of steps, of moves and of spans as before', () => {
    const steps = findDates(
      'The deadline was first the 11th, then the 18th, now it is the 25th.',
      '2031-03-01',
    );
    expect(steps.map((d) => d.iso)).toEqual(['2031-03-11', '2031-03-18', '2031-03-25']);
    const moved = findDates('They moved it one week, from the 22nd to the 29th.', '2031-03-24');
    expect(moved.map((d) => d.iso)).toEqual(['2031-03-22', '2031-03-29']);
    const span = findDates('The round was held on days 11 and 12 of March.', '2031-03-01');
    expect(span.map((d) => [d.iso, d.period?.to])).toEqual([['2031-03-11', '2031-03-12']]);
  });
});
