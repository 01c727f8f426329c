// How far apart two sources may date one occasion. Reports misdate a meeting, a call or a signing
// by a day or two (a weekday taken for another, "yesterday" read from the wrong day, a time zone);
// the same people meeting, calling or signing a week apart did so twice. A deadline is not an
// occasion: two deadlines for one act may lie weeks apart, and deadlines.ts tells those apart.
import { DAY_MS } from '../core/calendar.ts';

/** Further apart than this, two days given for one occasion are two occasions, not a slip. */
export const SLIP_DAYS = 2;

/** Whether two ISO days are too far apart to be one occasion misdated. */
export const twoOccasions = (x: string, y: string): boolean =>
  Math.abs(Date.parse(x) - Date.parse(y)) / DAY_MS > SLIP_DAYS;
