// A short sentence that dates a measure ("The ceasefire will begin on 14 March.") is compared
// like any sentence: its act noun and its day are the claim.
import { describe, expect, it } from 'vitest';
import { datesAct } from '../../src/evidence/datedAct.ts';
import { doc, kinds } from './linkedDocs.ts';

const pair = (a: string, b: string) =>
  kinds(
    doc('a', `The leaders spoke by phone. ${a}`, 'readout', '2031-03-10'),
    doc('b', `Officials briefed reporters. ${b}`, 'news', '2031-03-10'),
  );

describe('a short sentence that dates a measure', () => {
  it.each([
    // Readout vs wire.
    ['The ceasefire will begin on 14 March.', 'The ceasefire will begin on 15 March, officials said.'],
    // Briefing vs post, another word for the measure.
    ['The ceasefire begins on 14 March.', 'The truce begins on 15 March.'],
    ['The exchange is set for 14 March.', 'The swap is set for 15 March.'],
    // Digest/Telegram style, no verb.
    ['Ceasefire from 14 March.', 'Ceasefire from 15 March.'],
  ])('%s / %s', (a, b) => {
    expect(pair(a, b)).toEqual(['date ab']);
  });

  it.each([
    ['The ceasefire was violated on 16 March.', 'The ceasefire will begin on 14 March.'],
    ['The exchange took place on 9 March.', 'The next exchange is set for 20 March.'],
    ['Talks resume on 20 March.', 'Talks ended on 12 March.'],
    ['The ceasefire began on 14 March.', 'The ceasefire ends on 13 April.'],
    ['The first round was held on 2 March.', 'The second round is set for 20 March.'],
    ['The swap was postponed to 20 March.', 'The swap was set for 14 March.'],
  ])('flags no two acts of one measure: %s / %s', (a, b) => {
    expect(pair(a, b)).toEqual([]);
  });

  it('leaves datelines and sentences that name no measure short', () => {
    expect(datesAct('DRAVA, March 10.', '2031-03-10')).toBe(false);
    expect(datesAct('Our team is in Belhaven today.', '2031-03-10')).toBe(false);
    expect(datesAct('The ceasefire holds.', '2031-03-10')).toBe(false);
    expect(datesAct('The swap is set for 15 March.', '2031-03-10')).toBe(true);
  });
});
