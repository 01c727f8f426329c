// One deadline set in different words: the limit's day written as a date, "the end of the
// month", "the thirty-first", and the act due by it named by verb or noun. Invented sentences
// about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { dueBy, periodOf } from '../../src/evidence/dueBy.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const limitOf = (text: string, published = '2031-03-10') => {
  const p = passagesOf(doc('a', text, 'news', published), roster).find((x) => x.kind !== 'event')!;
  const due = dueBy(p, roster);
  return due && { day: due.day, what: [...due.what].sort() };
};
const reasons = (a: string, b: string) =>
  linkSources(
    [doc('a', a, 'news', '2031-03-10'), doc('b', b, 'press-conference', '2031-03-16')],
    roster,
  ).links.map((l) => l.reason);

describe('what is due by a day', () => {
  it('reads the limit however the day is written, and the act however it is named', () => {
    for (const text of [
      'The river accord is to be signed no later than 31 March 2031.',
      'Ministers are expected to sign the river accord by March 31.',
      'Signature is a matter for ministers, and we expect it before the end of this month.',
      'We will sign by the thirty-first, whatever the press says.',
    ])
      expect(limitOf(text)?.day, text).toBe('2031-03-31');
    expect(
      limitOf('Signature is a matter for ministers, and we expect it before the end of this month.')?.what,
    ).toContain('sign');
  });

  it('reads no limit from a day something happens on, nor a place for what is due', () => {
    expect(limitOf('The accord was signed on 31 March in Fjellby.')).toBeUndefined();
    expect(limitOf('We will have observers in Drava before the end of the month.')?.what).not.toContain(
      'drava',
    );
  });

  it('links two sources giving one day for one act, not one day for two acts', () => {
    expect(
      reasons(
        'The river accord is to be signed no later than 31 March 2031, the delegations recommend.',
        'Mr. Dahl: We will sign by the end of the month, and parliament will have the text that week.',
      ),
    ).toContain('one deadline: sign by 2031-03-31');
    expect(
      reasons(
        'The river accord is to be signed no later than 31 March 2031, the delegations recommend.',
        'Mr. Dahl: The patrol lists will be exchanged by the end of the month, both sides confirmed.',
      ).filter((r) => r.startsWith('one deadline')),
    ).toEqual([]);
    expect(
      reasons(
        'The river accord is to be signed no later than 31 March 2031, the delegations recommend.',
        'Mr. Dahl: We will sign by the fifteenth of April, and parliament will have the text that week.',
      ).filter((r) => r.startsWith('one deadline')),
    ).toEqual([]);
  });
});

describe('a period between two named days', () => {
  const periodIn = (text: string) =>
    periodOf(
      passagesOf(doc('a', text, 'news', '2031-03-10'), roster).find((x) => x.kind !== 'event')!,
      roster,
    );

  it('reads the bounds however the days are written, by month and day', () => {
    for (const text of [
      'A fishing closure on the Vell from 1 May to 15 June, every year, is agreed.',
      'The closed season on the river runs from May 1 through June 15.',
      'Patrols stop between 1 May and 15 June each year under the accord.',
    ])
      expect(periodIn(text), text).toBe('05-01 06-15');
    expect(periodIn('The talks opened on 1 May and a second round followed on 15 June.')).toBeUndefined();
  });

  it('links two sources bounding one period, not two periods', () => {
    expect(
      reasons(
        'A fishing closure on the Vell from 1 May to 15 June, every year, is agreed.',
        'Mr. Dahl: There will be a closed season from May 1 through June 15.',
      ),
    ).toContain('one period (05-01 06-15)');
    expect(
      reasons(
        'A fishing closure on the Vell from 1 May to 15 June, every year, is agreed.',
        'Mr. Dahl: There will be a closed season from May 1 through June 30.',
      ).filter((r) => r.startsWith('one period')),
    ).toEqual([]);
  });
});
