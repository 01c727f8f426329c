// A deadline across its moves. Negotiators move deadlines ("extended to 29 March", "adjusted to 27
// May", "the new date is the twentieth"), and sources tell the day due when they write: one written
// before a move gives the old day, one after gives the new. Two such days are two states of one
// deadline, not a disagreement; two sources that each tell the latest move, with two days, do
// disagree. A day a source calls earlier or original ("the earlier 15 March target", "originally
// set for May 10") is a past state, and a passage that tells a move without the new day ("a day
// after the mediator pushed back its deadline by a week") dates the move, not the deadline.
import { findDates } from './dates.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const CHANGE =
  /\b(?:extended|extends?|postponed|pushed back|put back|moved|deferred|delayed|brought forward|adjusted|changed|reset|shifted|rescheduled|revised)\b/i;
// How far before the new day its verb may stand: "moved again, this time to May 25".
const CHANGE_REACH = 40;
// Right before the day a deadline was changed to.
const TO_DAY = /\b(?:to|until|till)\s+(?:the\s+)?$/i;
// A day given as the deadline now: "the new date is", "the final deadline is now", "is now set for".
const NOW_DAY =
  /\b(?:new (?:deadline|date|target)(?:\s+(?:is|of|will be))?|(?:is|are) now(?:\s+(?:set|scheduled|due|fixed))?(?:\s+(?:for|on|by))?)\s+(?:the\s+)?$/i;
// Right before a day told as a past state: "the earlier 15 March target", "originally set for May 10",
// "moved from the tenth".
const PAST_DAY =
  /\b(?:(?:earlier|original|previous|former|initial|old)\s+(?:(?:deadline|target|date)\s+(?:of\s+)?)?|originally\s+(?:\w+\s+){0,2}?(?:for|on|by)?\s*|from\s+(?:the\s+)?)$/i;

const datesIn = perPassage((p) => findDates(p.text, p.published).filter((d) => !d.vague));

/** The day a passage says a deadline was changed to, if it says so. */
export const changedTo = perPassage((p, roster): string | undefined => {
  for (const d of datesIn(p, roster)) {
    const before = p.text.slice(Math.max(0, d.index - CHANGE_REACH), d.index);
    if ((TO_DAY.test(before) && CHANGE.test(before)) || NOW_DAY.test(before)) return d.iso;
  }
  return undefined;
});

/** The days a passage tells as a deadline's past states. */
export const toldAsPast = perPassage((p, roster): string[] =>
  datesIn(p, roster)
    .filter((d) => {
      const before = p.text.slice(Math.max(0, d.index - 30), d.index);
      // "from" tells a past day only where the passage tells a change.
      return PAST_DAY.test(before) && (!/\bfrom\s+(?:the\s+)?$/i.test(before) || CHANGE.test(p.text));
    })
    .map((d) => d.iso),
);

/** When sources first told each day as a deadline's new day, and as a past one. */
export interface DeadlineMoves {
  newSince: Map<string, string>;
  pastSince: Map<string, string>;
}

/** Reads, over all passages, the days deadlines were moved to and from, and when each was first told. */
export function deadlineMoves(passages: Passage[], roster: Roster): DeadlineMoves {
  const moves: DeadlineMoves = { newSince: new Map(), pastSince: new Map() };
  const note = (into: Map<string, string>, day: string, published: string) => {
    const since = into.get(day);
    if (!since || published < since) into.set(day, published);
  };
  for (const p of passages) {
    if (!p.published) continue;
    const to = changedTo(p, roster);
    if (to) note(moves.newSince, to, p.published);
    for (const day of toldAsPast(p, roster)) note(moves.pastSince, day, p.published);
  }
  return moves;
}

const dayOf = (p: Passage) => (p.claim?.kind === 'event' ? p.claim.data.date : undefined);

/**
 * Whether two deadline passages tell two states of one deadline that moved: either tells its
 * day as a past one, or tells a move without the new day, or was written before the move its
 * day was superseded by (or the other's day was moved to) was first told. Two passages that each
 * tell a move to their own day disagree.
 */
export function movedApart(a: Passage, b: Passage, moves: DeadlineMoves, roster: Roster): boolean {
  const [da, db] = [dayOf(a), dayOf(b)];
  if (!da || !db) return false;
  const ownPast = (p: Passage, day: string) => toldAsPast(p, roster).includes(day);
  const tellsMoveOnly = (p: Passage, day: string) =>
    CHANGE.test(p.text) && changedTo(p, roster) !== day && !ownPast(p, day);
  if (ownPast(a, da) || ownPast(b, db) || tellsMoveOnly(a, da) || tellsMoveOnly(b, db)) return true;
  const [na, nb] = [changedTo(a, roster) === da, changedTo(b, roster) === db];
  if (na && nb) return false;
  const toldBefore = (p: Passage, since: string | undefined) =>
    since !== undefined && p.published !== undefined && p.published < since;
  return (
    toldBefore(a, moves.pastSince.get(da)) ||
    toldBefore(b, moves.pastSince.get(db)) ||
    toldBefore(a, moves.newSince.get(db)) ||
    toldBefore(b, moves.newSince.get(da))
  );
}
