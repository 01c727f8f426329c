// Whether two deadline reports are of one limit: on one day, told by a span the other dates, or
// dated apart as one limit moved or misdated rather than a new one set after it lapsed.
// Split out of linkEvents.ts.
import { toldInHistory } from './deadlineMoves.ts';
import { dueApart, oneAct, oneAttainment, thingsApart } from './deadlines.ts';
import type { EventClaim } from './eventsApart.ts';
import { sharedWords } from './linkSupport.ts';
import { whatIsDue } from './newDayAfter.ts';
import type { Passage } from './passages.ts';
import { rivalMoves } from './rivalMoves.ts';
import { repliesDatedApart, repliesMoved } from './singularMoves.ts';
import type { Roster } from './types.ts';

const NOT_WHAT = /^(?:agre|final|draft)$/;

/**
 * Deadlines: one limit the sources may date apart (a contradiction worth flagging) when
 * they say it in like words or set it for one act (deadlines.ts); on one day, one limit when
 * they share a party or a word, or nothing they say is due sets them apart.
 */
export function deadlinesMatch(
  a: Passage,
  b: Passage,
  x: EventClaim,
  y: EventClaim,
  roster: Roster,
): boolean {
  // On one day, also when one says too little of what is due to tell it from the other ("NEW
  // DEADLINE IS MARCH 21" / "sign the framework no later than March 21").
  if (x.data.date && x.data.date === y.data.date)
    return (
      x.data.participants.some((p) => y.data.participants.includes(p)) ||
      sharedWords(a, b) >= 1 ||
      !dueApart(a, b, roster)
    );
  // A limit told by a span from a day the source does not date ("within ten days of the end of
  // this round") is the one others give a day, when more of the words are alike and what is
  // due is not another thing.
  if (x.data.date === undefined || y.data.date === undefined)
    return (
      (x.data.date !== undefined || y.data.date !== undefined) &&
      sharedWords(a, b, NOT_WHAT) >= 3 &&
      !dueApart(a, b, roster)
    );
  // A later day told once the earlier had passed is the limit set after it lapsed, not the
  // same limit dated otherwise: "a ceasefire by 31 March" (1 March), "by 30 April" (5 April).
  // Where either tells the limit's history ("the original 14 March date", "extended to 25
  // March"), the two are states of one limit, and that source ties them.
  // One move told by two sources within days, each with its own new day ("extended to 29 March" /
  // "the final deadline is now 27 March"): one limit in dispute, though neither names what is due.
  if (rivalMoves(a, b, roster)) return true;
  // The deadline for replies, moved between the two days as some source tells: one limit.
  if (repliesMoved(a, b, x.data.date, y.data.date)) return !thingsApart(a, b, roster);
  const history = HISTORY.test(a.text) || HISTORY.test(b.text);
  if (
    !history &&
    (lapsed(x.data.date, b.published, y.data.date) || lapsed(y.data.date, a.published, x.data.date))
  )
    return false;
  if (toldInHistory(a, b, roster)) return !thingsApart(a, b, roster);
  // The parties' replies, due a few days apart as two sources tell it: one deadline.
  if (repliesDatedApart(a, b, x.data.date, y.data.date)) return !thingsApart(a, b, roster);
  return alike(whatIsDue(a, roster), whatIsDue(b, roster), roster) || alike(a, b, roster);
}

// "The new date is 27 June" says what is due in the words of the deadline it replaces (newDayAfter.ts).
const alike = (a: Passage, b: Passage, roster: Roster) =>
  sharedWords(a, b, NOT_WHAT) >= 2 || oneAct(a, b, roster) || oneAttainment(a, b, roster);

// Words that tell a limit was set anew: its first day, its move, the day it is now.
const HISTORY =
  /\b(?:original(?:ly)?|first set|new (?:deadline|date)|extended|extension|postponed|pushed back|put back|moved|deferred|delayed|brought forward|replaced|revised|now)\b/i;
/** Whether a limit's `day` had passed when another source, that gives the later `other`, wrote. */
const lapsed = (day: string, published: string | undefined, other: string) =>
  published !== undefined && day < published && other > day;
