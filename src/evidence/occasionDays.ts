// Event dates that are no day of the occasion, so no date to set against another source's:
// an occasion thanked for in a call ("thanked the Crown Prince for hosting the first round"),
// which the sentence dates by the call, not by the round; a day inside the days a source gives
// an occasion ("held on days 11 and 12 of March", "from 11 to 13 March"); the first day of a round
// of several days against its last; and a deadline one source tells as the new one ("we now expect
// the answer by the 18th") against the first.
import { findDates } from './dates.ts';
import { daySpans } from './daySpans.ts';
import { WEEKDAY } from './lexicon.ts';
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
// The verb tells the round's first or last day only with its day beside it, a few words on and no
// other verb between: "set to open there on Wednesday", "ended tonight", "goes on in Drava
// until 13 March"; not "talks to end the war are due on Friday", nor "delayed until now".
const BESIDE_DAY = String.raw`(?:\s+(?!(?:is|was|are|were|will|would|has|had|be)\b)[\p{L}\d'’–-]+){0,3}?\s+(?:on|until|till|by|this|next|today|tonight|tomorrow|yesterday|\d|${WEEKDAY}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)`;
const OPENS_ON = new RegExp(`${OPENS.source}${BESIDE_DAY}`, 'iu');
const CLOSES_ON = new RegExp(
  `(?:${CLOSES.source}|\\b(?:goes|go|going|went|carries|carried) on|\\b(?:continues?|continued|continuing|lasts?|lasted|lasting|runs?|ran|running)\\b)${BESIDE_DAY}`,
  'iu',
);
// A round's length, which its first day is told with: "the round is meant to last three days", "a
// three-day round", "expected to last four days". The last day is no further on than the length.
const LENGTH = /\b(two|three|four|five|six|seven|[2-7])(?: |-)days?\b/i;
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
// With no length told, a round's days are at most those of a span (see `spans`).
const LONGEST_ROUND = 10;

/** The round's length a passage tells, in days, if any. */
const lengthOf = (p: Passage): number | undefined => {
  const n = LENGTH.exec(p.text)?.[1]?.toLowerCase();
  return n === undefined ? undefined : (NUMBER[n] ?? Number(n));
};
const daysApart = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Whether one passage tells a round's opening and the other its close, the close no earlier and
 * within the round's length: "the round opens in Drava on Wednesday" / "the round continues
 * in Drava until Friday". Both days are true of one round of several days. Two openings, a close
 * before the opening or weeks after it are not; a passage that gives the round's days ("from 7 to 9
 * June") is compared as given.
 */
export function openedAndClosed(a: Passage, b: Passage, da: string, db: string): boolean {
  if (spans(a).length > 0 || spans(b).length > 0) return false;
  const told = (p: Passage) => {
    const opens = OPENS_ON.test(p.text) || (LENGTH.test(p.text) && !CLOSES.test(p.text));
    const closes = CLOSES_ON.test(p.text);
    return opens === closes ? undefined : opens ? 'open' : 'close';
  };
  const [ta, tb] = [told(a), told(b)];
  if (ta === undefined || tb === undefined || ta === tb) return false;
  const [first, last] = ta === 'open' ? [da, db] : [db, da];
  const gap = daysApart(first, last);
  const length = lengthOf(a) ?? lengthOf(b);
  return gap > 0 && gap <= (length === undefined ? LONGEST_ROUND : length - 1);
}

/** Whether a passage thanks for an occasion's hosting and gives it no day of its own. */
const thankedUndated = (p: Passage): boolean =>
  THANKED.test(p.text) && findDates(p.text, p.published).length === 0;

// Each passage is read for its spans once, however many pairs it is in.
const spansOf = new WeakMap<Passage, [number, number, number][]>();
/** The days a passage spans for one occasion, as [month (1–12), first day, last day]: days of one month. */
function spans(p: Passage): [number, number, number][] {
  let found = spansOf.get(p);
  if (!found) {
    found = daySpans(p.text)
      .filter((s) => s.firstMonth === s.lastMonth && s.first < s.last && s.last - s.first <= LONGEST_ROUND)
      .map((s) => [s.lastMonth, s.first, s.last]);
    spansOf.set(p, found);
  }
  return found;
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
 * for and undated, one day lies within the days the other spans, one tells the round's opening
 * and the other its close, or one deadline is told as the new one and the other not.
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
  if (!deadlines && da && db && openedAndClosed(a, b, da, db)) return true;
  return deadlines && NEW_DEADLINE.test(a.text) !== NEW_DEADLINE.test(b.text);
}
