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

// "had already held talks in Fjellby", "had met Surin": a deed the lead tells in the pluperfect lay
// before the report, so the dateline's day is not its day. "had talks" is the plain past of "have".
const ADVERB = '(?:(?:already|earlier|previously|also)\\s+)?';
const PARTICIPLE = '(?:[a-z]+ed|[a-z]+en|held|met|made|sat|led|begun|done|had)';
const PLUPERFECT_BEFORE = new RegExp(`\\bhad\\s+${ADVERB}${PARTICIPLE}\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i');
const HAD_BEFORE = new RegExp(`\\bhad\\s+${ADVERB}$`, 'i');
const PARTICIPLE_AT = new RegExp(`^${PARTICIPLE}\\b`, 'i');
const toldBefore = (sentence: string, at: number) => {
  const before = sentence.slice(Math.max(0, at - 60), at);
  return (
    PLUPERFECT_BEFORE.test(before) ||
    (HAD_BEFORE.test(before) && PARTICIPLE_AT.test(sentence.slice(at, at + 20)))
  );
};

/** `dates` without the day of the dateline the sentence opens with, for a deed told before the report. */
export function withoutDatelineDayBefore<D extends { index: number }>(
  sentence: string,
  dates: D[],
  at: number,
): D[] {
  if (dates.length === 0 || !MAY_LEAD.test(sentence)) return dates;
  const lead = LEAD.exec(sentence);
  if (!lead || !toldBefore(sentence, at)) return dates;
  return dates.filter((d) => d.index >= lead[0].length);
}
