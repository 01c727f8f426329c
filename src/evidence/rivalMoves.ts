// Two accounts of one move of a deadline that give it two new days ("moved from 15 March to 22
// March" / "pushed back from the fifteenth to 29 March"). The exceptions for moved deadlines read
// two new days as two states or two limits; told of the same old day, or written within days of
// each other, they are one move told two ways, and disagree.
import { DAY_MS } from '../core/calendar.ts';
import { changedTo, laterMove, toldAsPast } from './deadlineMoves.ts';
import { thingsApart } from './deadlines.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

/** Two sources telling one move write within days of it (as deadlineMoves.ts reads them). */
const ONE_MOVE_DAYS = 5;

const dayOf = (p: Passage) => (p.claim?.kind === 'event' ? p.claim.data.date : undefined);
// By month and day: a year read from a tense or a missing publication date may be a year off.
const monthDay = (iso: string) => iso.slice(5);

/**
 * Whether two deadline passages each tell the limit moved to its own day, the days differ, and
 * they tell one move: the same old day, or (one telling no old day) sources written within days.
 * Neither tells the other's new day as a past state, nor its own move as a later one ("again"),
 * and the limits are of one thing.
 */
export function rivalMoves(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [dayOf(a), dayOf(b)];
  if (!da || !db || monthDay(da) === monthDay(db)) return false;
  if (changedTo(a, roster) !== da || changedTo(b, roster) !== db) return false;
  const [pa, pb] = [toldAsPast(a, roster).map(monthDay), toldAsPast(b, roster).map(monthDay)];
  if (pa.includes(monthDay(db)) || pb.includes(monthDay(da))) return false;
  if (thingsApart(a, b, roster)) return false;
  if (laterMove(a, b, roster)) return false;
  if (pa.length > 0 && pb.length > 0) return pa.some((d) => pb.includes(d));
  if (!a.published || !b.published) return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS <= ONE_MOVE_DAYS;
}
