// Days as some houses write them: a communiqué's "the President this day received", "the Minister
// this day co-chaired" (the day of writing), and a Latin house's span "on days 11 and 12 of March",
// "the 2nd and 3rd of April" (dated by its first day). "To this day", "this day last year" and
// "on this day in 2019" name no day of writing. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { events, PUBLISHED } from './eventsOf.ts';

const days = (s: string) => findDates(s, PUBLISHED).map((d) => d.iso);

describe("a communiqué's 'this day'", () => {
  it('is the day of writing', () => {
    expect(
      events('The President of the Republic this day received the Special Envoy of Torvania.', 'news'),
    ).toEqual([['meeting', PUBLISHED]]);
    expect(
      events(
        'The Minister this day co-chaired at the Palace a meeting of the Contact Group on Arvenia.',
        'press-release',
      ),
    ).toEqual([['meeting', PUBLISHED]]);
    expect(days('The two delegations met on this day, at the request of Torvania.')).toEqual([PUBLISHED]);
  });

  it('is no day in "to this day", "this day last year", "on this day in 2019" or "eighty years ago"', () => {
    expect(days('To this day the two delegations have not met in Fjellby.')).toEqual([]);
    expect(days('They met in Fjellby this day last year.')).not.toContain(PUBLISHED);
    expect(days('The accord was signed on this day in 2019.')).not.toContain(PUBLISHED);
    expect(days('On this day eighty years ago the armistice was signed in Fjellby.')).not.toContain(
      PUBLISHED,
    );
    expect(days('The old treaty was signed on this day, 120 years ago.')).not.toContain(PUBLISHED);
    expect(days('On this day two decades ago the ministers met in Fjellby.')).not.toContain(PUBLISHED);
  });
});

describe('a span of days with "of" before its month', () => {
  it('is dated by its first day', () => {
    expect(
      events('The first round of talks was realised in Fjellby, on days 11 and 12 of March.', 'news'),
    ).toEqual([['talks', '2031-03-11']]);
    expect(events('The delegations met in Fjellby on the 2nd and 3rd of March.', 'news')).toEqual([
      ['meeting', '2031-03-02'],
    ]);
    expect(days('The sessions ran from 24 to 26 of February 2031 in Kessel.')).toEqual(['2031-02-24']);
  });
});
