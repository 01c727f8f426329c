// The year of a day written without one: the tense that leans it to the past or the future is read
// only when the day stands more than two weeks from the day of writing (reading it costs a clause's
// scan); a day close by is the nearest one whatever the tense.
import { describe, expect, it } from 'vitest';
import { nearestYear } from '../../src/evidence/quickDates.ts';
import type { Tense } from '../../src/evidence/tense.ts';

const ref = new Date(2031, 2, 12, 12);
const day = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];

/** The day read, and how many times its tense was asked for. */
function read(month: number, date: number, tense: Tense): [number[], number] {
  let asked = 0;
  const found = nearestYear(ref, month, date, () => {
    asked++;
    return tense;
  });
  return [day(found), asked];
}

describe('the tense that places a day without its year', () => {
  it('is not read for a day within two weeks of the day of writing', () => {
    expect(read(2, 20, 'past')).toEqual([[2031, 3, 20], 0]);
    expect(read(2, 3, 'future')).toEqual([[2031, 3, 3], 0]);
  });

  it('still turns a far day to the side the tense gives', () => {
    // Said in the past tense, "on 30 May" two and a half months ahead is last year's.
    expect(read(4, 30, 'past')).toEqual([[2030, 5, 30], 1]);
    expect(read(4, 30, 'future')).toEqual([[2031, 5, 30], 1]);
  });
});
