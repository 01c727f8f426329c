// Exchanges and releases recur, every few weeks in a long conflict, and each source gives the
// count of its own: "The exchange took place today: 175 for 175" on 5 March, "A second exchange
// took place today, 90 for 90" on 20 March. Two counts of people moved on days apart, or one
// told as a new act ("another 90", "a second exchange", "the latest release") by a source of
// another day, are counts of two acts, not two figures for one.
import { DAY_MS } from '../core/calendar.ts';
import { actDays, movesPeople } from './datedActs.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// One act misdated by a source is a day off at most; two acts are further apart.
const SLACK_DAYS = 1;
const daysApart = (x: string, y: string) => Math.abs(Date.parse(x) - Date.parse(y)) / DAY_MS;

// "Another 90 prisoners", "a second exchange", "a further release", "the latest swap", "a new
// group of 40": the act told is one more after an earlier one.
const ANOTHER =
  /\b(?:another|(?:a|the) (?:second|third|fourth|fifth|further|new|fresh|latest|next)|yet another)\s+(?:\S+\s+){0,2}?(?:exchanges?|swaps?|releases?|handovers?|groups?|batch(?:es)?|\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\S*)\b/i;
const toldAsAnother = perPassage((p): boolean => ANOTHER.test(p.text));

/**
 * Whether two passages count people moved in two acts: each dated, on days more than a day
 * apart; or one told as another act by a source published more than a day from the other's.
 */
export function twoActs(a: Passage, b: Passage, roster: Roster): boolean {
  if (!movesPeople(a, roster) || !movesPeople(b, roster)) return false;
  const [da, db] = [actDays(a, roster), actDays(b, roster)];
  if (da && db) return da.every((x) => db.every((y) => daysApart(x, y) > SLACK_DAYS));
  const published = a.published && b.published ? daysApart(a.published, b.published) : 0;
  return published > SLACK_DAYS && (toldAsAnother(a, roster) || toldAsAnother(b, roster));
}
