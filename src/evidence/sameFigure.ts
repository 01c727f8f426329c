// Whether two quantities are one figure: of one thing (one unit, rate, part and kind) and of one
// value (written two ways, hedged, or rounded in another unit). Split out of numbers.ts; moved
// verbatim.
import { hedgeSpan, spansMeet } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import { sameRate } from './quantityRates.ts';
import { isMeasure } from './quantityUnits.ts';
import { provisionsBoth } from './textParts.ts';

const MAGNITUDE = 10;

/**
 * Whether two quantities count one thing: one unit, no two different rates, and nothing that
 * says they are of two kinds ("two gauging points" and "a twenty-point framework" count points
 * of two things; "three joint measurement stations" and "four measurement stations" one).
 */
export const sameUnit = (x: Quantity, y: Quantity): boolean =>
  x.unit !== '' &&
  // A text's points and articles are its provisions, however a source names them.
  (x.unit === y.unit || provisionsBoth(x, y)) &&
  // One figure is one thing whatever rate it is given with ("6.80 crowns", "6.80 crowns a tonne").
  (sameRate(x.rate, y.rate) ||
    (sameValue(x.value, y.value) && (x.rate === undefined || y.rate === undefined))) &&
  // Sources that misreport one figure slip on a digit or a revision; a figure ten times another
  // is of another thing (a fee per tonne and a fund, a section and a route).
  Math.max(x.value, y.value) < MAGNITUDE * Math.min(x.value, y.value) &&
  // A part of a whole ("460 km of it") is not another figure for the whole (640 km).
  x.part === y.part &&
  // A count per side and a count of no side: 140 from each side and 280 in all. A measure
  // per side is of one zone: "five kilometres on either side" is its width as "ten-kilometre".
  (isMeasure(x.unit) || (x.rate === 'side') === (y.rate === 'side')) &&
  kindsMeet(x, y);

/** Whether two counts' words of which kind allow one kind: either says none, or they share one. */
export const kindsMeet = (x: Quantity, y: Quantity): boolean =>
  !x.which || !y.which || x.which.some((w) => y.which!.includes(w));

/** Whether two values are one number, written two ways ("0.4 billion" and "400 million"). */
export const sameValue = (x: number, y: number): boolean =>
  Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));

/** The values a figure allows as given: one value, or the span its hedge allows (hedges.ts). */
const valuesOf = (q: Quantity): [number, number] => hedgeSpan(q.value, q.approx);

/**
 * Whether two figures of one unit can both be true: one value, or hedges that let them meet
 * ("about 200" and 212), or two written in two units that agree within the
 * rounding of the coarser ("22 km" and "12 nautical miles", 22.2 km).
 */
export function sameFigure(x: Quantity, y: Quantity): boolean {
  // Two estimates ("about 1,000", "some 1,150") each round one true count by their own margin, so
  // they agree wherever their spans meet: one count may lie in both.
  if (sameValue(x.value, y.value) || spansMeet(valuesOf(x), valuesOf(y))) return true;
  // Only a figure converted from another unit is rounded: "3 million" and "2.5 million" differ.
  if (x.step === undefined || y.step === undefined || x.factor === y.factor) return false;
  return Math.abs(x.value - y.value) <= Math.max(x.step, y.step) / 2;
}
