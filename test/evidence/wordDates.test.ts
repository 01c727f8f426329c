import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { roster } from './roster.ts';

const day = (sentence: string, published: string) =>
  findDates(sentence, published).map((d) => [d.iso, d.text]);

describe('days written in words', () => {
  it('reads ordinal days of a named month, the end of a month, and a bare "the 14th"', () => {
    expect(day('The leaders agreed to meet in Fjellby on the fourteenth of November.', '2031-11-03')).toEqual(
      [['2031-11-14', 'the fourteenth of November']],
    );
    expect(day('Talks resume on the twenty-first of October.', '2031-10-01')).toEqual([
      ['2031-10-21', 'the twenty-first of October'],
    ]);
    expect(day('The accord must be signed by the end of November.', '2031-11-08')).toEqual([
      ['2031-11-30', 'the end of November'],
    ]);
    // A plan or a limit names the month's last day; a question names none.
    expect(day('The signing is planned before the end of the month.', '2031-02-06')).toEqual([
      ['2031-02-28', 'the end of the month'],
    ]);
    expect(day('Could the sides sign by the end of the month?', '2031-02-06')).toEqual([]);
    expect(day('See you in Fjellby on the 14th.', '2031-11-03')).toEqual([['2031-11-14', 'the 14th']]);
    expect(day('We met on the 28th and again today.', '2031-12-02')[0]).toEqual(['2031-11-28', 'the 28th']);
    // A day its month does not have is no day: April has no 31st, so "the 31st of next month" in March.
    expect(day('Envoys return on the 30th of next month.', '2031-03-05')).toEqual([
      ['2031-04-30', 'the 30th of next month'],
    ]);
    expect(
      day('Envoys return on the 31st of next month.', '2031-03-05').map(([, text]) => text),
    ).not.toContain('the 31st of next month');
  });

  it('reads an occasion named by its bare day, and a limit said to draw near', () => {
    expect(day('Our envoy will go to the summit of the 17th in Fjellby.', '2031-11-03')).toEqual([
      ['2031-11-17', 'the 17th'],
    ]);
    expect(day('Delegates are tired as the deadline of the 9th looms.', '2031-11-03')).toEqual([
      ['2031-11-09', 'the 9th'],
    ]);
    // A numbered body or an ordinal noun after "of the" is no day.
    expect(day('The envoy briefed the session of the 4th Committee.', '2031-11-03')).toEqual([]);
    expect(day('The meeting of the 12th parliament opened.', '2031-11-03')).toEqual([]);
  });

  it('reads a bare day a plan is put for, and an occasion named by its bare day and its people', () => {
    expect(day('The third sitting is slated for the 22nd, in Fjellby.', '2031-11-03')).toEqual([
      ['2031-11-22', 'the 22nd'],
    ]);
    // An occasion with no verb of its own tells neither done nor planned: the nearest such day,
    // last month's 25th on 3 November, this month's 28th on 20 November.
    expect(day('What became of the meeting on the 25th between the two envoys?', '2031-11-03')).toEqual([
      ['2031-10-25', 'the 25th'],
    ]);
    expect(day('The mediator set out the steps: the signing on the 28th.', '2031-11-20')).toEqual([
      ['2031-11-28', 'the 28th'],
    ]);
    // One a verb puts on in the present ("they hold their call") is ahead, as that verb tells.
    expect(day('The two envoys hold their meeting on the 1st between rounds.', '2031-11-03')).toEqual([
      ['2031-12-01', 'the 1st'],
    ]);
    // A rank or a count after "for the" is no day, nor an ordinal noun after the day.
    expect(day('The envoy came for the 3rd time.', '2031-11-03')).toEqual([]);
    expect(day('The strike is set for the 5th straight week.', '2031-11-03')).toEqual([]);
    expect(day('They argued over the 8th clause.', '2031-11-03')).toEqual([]);
  });

  it('flags a summit dated in words on one day and in figures on another', () => {
    const doc = (source: string, cleanText: string, published: string) => ({
      source,
      cleanText,
      published,
      claims: extractClaims(cleanText, { roster, published }),
    });
    const { groups, disagreements } = linkSources(
      [
        doc('a', 'The leaders will hold a summit in Fjellby on the fourteenth of November.', '2031-11-03'),
        doc('b', 'The leaders will hold a summit in Fjellby on 15 November 2031.', '2031-11-06'),
      ],
      roster,
    );
    expect(groups.some(([x, y]) => x!.kind === 'event' && y!.kind === 'event')).toBe(true);
    expect(disagreements.map((d) => [d.kind, d.reason])).toContainEqual([
      'date',
      'the same summit on 2031-11-14 and on 2031-11-15',
    ]);
  });
});
