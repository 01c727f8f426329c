// A release's lead may open with its place and day: "Bern, 11.03.2031 - The second round took
// place in Geneva on Monday–Tuesday 7–8 April", "Brussels, 20 March 2031 – Ministers met on
// Monday". That day is the release's (published.ts reads it), not the day of what the lead
// reports: when the sentence gives another day, the event is dated by that one. Alone, the
// dateline's day stays: what the lead reports without a day happened as it was written.

// A place (a capital, then up to forty letters), a comma, a short date, an agency in brackets at
// most, a dash: the day must sit inside it.
const LEAD = /^\p{Lu}[\p{L}'’. /-]{1,40},\s+[\p{L}\d.,/ ]{3,30}?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]{1,2}\s+/u;
// The dateline's day is all the lead keeps of its date: most sentences open with no such lead.
const MAY_LEAD = /^\p{Lu}[^,\n]{1,41},/u;

/** `dates` without the day of a dateline the sentence opens with, when another day remains. */
export function withoutDatelineDay<D extends { index: number; text: string; vague?: boolean }>(
  sentence: string,
  dates: D[],
): D[] {
  if (dates.length < 2 || !MAY_LEAD.test(sentence)) return dates;
  const lead = LEAD.exec(sentence);
  if (!lead) return dates;
  const end = lead[0].length;
  const rest = dates.filter((d) => d.index >= end);
  return rest.some((d) => !d.vague) && rest.length < dates.length ? rest : dates;
}
