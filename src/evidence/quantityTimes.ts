// When two passages' figures and stages are of one time, for link.ts: the years a passage's
// quantities are of, a part and its whole, dates near each other, and a text's stage on one day.

import { DAY_MS } from '../core/calendar.ts';
import { partiesByAdjective } from './held.ts';
import { perPassage } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { isMeasure } from './quantityUnits.ts';
import { allMatches } from './regex.ts';
import { oneStage } from './textStages.ts';
import type { Roster } from './types.ts';

/**
 * The years a passage's quantities are of: those it names, else the year it was published.
 * "An earlier accord, signed in 1998, gave 500 million m³" counts another thing than this
 * year's 400 million.
 */
export const yearsOf = perPassage((p) => {
  const named = allMatches(/\b(?:19|20)\d\d\b/g, p.text).map((m) => m[0]);
  const own = p.published?.slice(0, 4);
  return new Set(named.length > 0 ? named : own ? [own] : []);
});
export const PAST =
  /\b(?:last|previous) (?:year|summer|winter|spring|autumn|season)\b|\ba year (?:ago|earlier)\b/i;

/**
 * The years one quantity is of. "Last summer, barely 0.8 billion cubic metres reached
 * Belmora, against the 1.2 billion now promised": "last summer" dates the count right after
 * it, not the one the sentence sets against it; "the framework, drafted in consultations
 * since last autumn", counted before it, is not dated by it.
 */
export function yearsOfQuantity(
  p: Passage,
  q: Quantity,
  roster: Roster,
): { years: Set<string>; past: boolean; named: boolean } {
  const years = yearsOf(p, roster);
  const own = p.published?.slice(0, 4);
  const named = yearNamed(p, roster);
  if (years.size > (own ? 1 : 0) || (own && !years.has(own))) return { years, past: false, named };
  if (pastQuantity(p, roster) !== q) return { years, past: false, named };
  return { years: new Set(own ? [String(Number(own) - 1)] : []), past: true, named };
}
/** The quantity "last summer" dates: the first after it. Read once per passage, not per pair. */
export const pastQuantity = perPassage((p): Quantity | undefined => {
  const said = PAST.exec(p.text);
  return said ? p.quantities.find((x) => x.index > said.index) : undefined;
});
export const yearNamed = perPassage((p) => /\b(?:19|20)\d\d\b/.test(p.text));

/**
 * A count of one party's people ("140 Tasgari detainees") is a part of a count that names no
 * party ("280 detainees"), not another figure for it; two parties' counts are two counts.
 */
export function partAndWhole(x: Quantity, y: Quantity, roster: Roster): boolean {
  if (isMeasure(x.unit) || x.unit !== y.unit) return false;
  const [px, py] = [partiesByAdjective(x.text, roster), partiesByAdjective(y.text, roster)];
  return (px.size === 0) !== (py.size === 0) || [...px].some((p) => !py.has(p));
}

/**
 * A distance on each side of a line, set against a distance of no side, as the band's whole
 * width: "five kilometres on either side" is "a ten-kilometre zone", and contradicts "a
 * 15-kilometre strip".
 */
export const asWidth = (q: Quantity, other: Quantity): Quantity =>
  isMeasure(q.unit) && q.rate === 'side' && other.rate !== 'side' ? { ...q, value: q.value * 2 } : q;

/**
 * Two sources that name no year speak of their own time: weeks apart they speak of one time,
 * though a new year fell between them (a December briefing and a January statement on one
 * 212-kilometre line).
 */
export const ONE_TIME_DAYS = 120;
export function publishedNear(a: Passage, b: Passage): boolean {
  if (!a.published || !b.published) return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= ONE_TIME_DAYS * DAY_MS;
}

/**
 * Whether two quantities are of one time: a year in common, or one of no known year; but
 * last summer's count is not of the time of a source that gives no date and no "last".
 */
export function sameTime(a: Passage, x: Quantity, b: Passage, y: Quantity, roster: Roster): boolean {
  const [ta, tb] = [yearsOfQuantity(a, x, roster), yearsOfQuantity(b, y, roster)];
  if (ta.past !== tb.past && (ta.years.size === 0 || tb.years.size === 0)) return false;
  if (!ta.past && !tb.past && !ta.named && !tb.named && publishedNear(a, b)) return true;
  return ta.years.size === 0 || tb.years.size === 0 || [...ta.years].some((v) => tb.years.has(v));
}

/**
 * Whether two passages may speak of one year: a year in common (named, else of publication;
 * either unknown), or sources weeks apart naming none. "An earlier accord, signed in 1998" is
 * not the signing a source of this year reports.
 */
export function oneYear(a: Passage, b: Passage, roster: Roster): boolean {
  const [ya, yb] = [yearsOf(a, roster), yearsOf(b, roster)];
  if (ya.size === 0 || yb.size === 0 || [...ya].some((y) => yb.has(y))) return true;
  return !yearNamed(a, roster) && !yearNamed(b, roster) && publishedNear(a, b);
}

/** The stage of the text two passages speak of (textStages.ts), on one day where both name it. */
export function stageOfBoth(a: Passage, b: Passage, roster: Roster) {
  const stage = oneStage(a, b, roster);
  if (!stage) return undefined;
  const [x, y] = stage.days;
  return (x && y ? x === y : oneYear(a, b, roster)) ? stage : undefined;
}
