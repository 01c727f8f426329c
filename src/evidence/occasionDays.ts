// Event dates that are no day of the occasion, so no date to set against another source's:
// an occasion thanked for in a call ("thanked the Crown Prince for hosting the first round"),
// which the sentence dates by the call, not by the round; a day inside the days a source gives
// an occasion ("held on days 11 and 12 of March", "from 11 to 13 March"); and a deadline one
// source tells as the new one ("we now expect the answer by the 18th") against the first.
import { findDates } from './dates.ts';
import { daySpans } from './daySpans.ts';
import type { Passage } from './passages.ts';

// Thanks or praise for an occasion's hosting, as readouts write it.
const THANKED =
  /\b(?:thank(?:s|ed)?|thanking|gratitude|grateful|appreciation|appreciated|commended|praised)\b[^.;]{0,160}?\b(?:hosting|hospitality|organi[sz](?:ation|ing)|holding|having hosted)\b/i;
// A deadline told as the one now expected ("we now expect the answer by the 18th"); a move told
// in so many words ("extended to", "moved to") is read where moves are (deadlineMoves.ts).
const NEW_DEADLINE = /\bnow (?:expects?|expected|has until|have until|wants?|asks?)\b/i;
// A day told as the occasion's first or last: "will open talks on March 19", "ended on the 12th".
const OPENS = /\b(?:open|opens|opened|opening|begin|begins|began|beginning|start|starts|started|starting)\b/i;
const CLOSES = /\b(?:end|ends|ended|close|closes|closed|conclude|concludes|concluded|wrap(?:ped)? up)\b/i;
/** Whether a passage thanks for an occasion's hosting and gives it no day of its own. */
const thankedUndated = (p: Passage): boolean =>
  THANKED.test(p.text) && findDates(p.text, p.published).length === 0;

/** The days a passage spans for one occasion, as [month (1–12), first day, last day]: days of one month. */
function spans(p: Passage): [number, number, number][] {
  return daySpans(p.text)
    .filter((s) => s.firstMonth === s.lastMonth && s.first < s.last && s.last - s.first <= 10)
    .map((s) => [s.lastMonth, s.first, s.last]);
}
// The day told of the other passage lies within the span, in its month; a day told as the opening or the close
// must be the span's first or last.
const within = (p: Passage, day: string, other: Passage): boolean => {
  const [month, d] = [Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const [opens, closes] = [OPENS.test(other.text), CLOSES.test(other.text)];
  return spans(p).some(([m, x, y]) => m === month && (opens ? d === x : closes ? d === y : x <= d && d <= y));
};

/**
 * Whether two dated event passages give their occasion days that do not disagree: one is thanked
 * for and undated, one day lies within the days the other spans, or one deadline is told as the
 * new one and the other not.
 */
export function occasionDaysAgree(
  a: Passage,
  b: Passage,
  da: string,
  db: string,
  deadlines: boolean,
): boolean {
  if (thankedUndated(a) || thankedUndated(b)) return true;
  // Two spans ("1–2 April" / "2 and 3 April") are two accounts of the occasion's days, compared as given.
  const [sa, sb] = [spans(a).length > 0, spans(b).length > 0];
  if (sa !== sb && ((da && within(b, da, a)) || (db && within(a, db, b)))) return true;
  return deadlines && NEW_DEADLINE.test(a.text) !== NEW_DEADLINE.test(b.text);
}
