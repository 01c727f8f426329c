// A deadline's day told as still standing ("the 20 May date for replies remains unchanged", "the
// deadline, this Friday, stands", "for our part it has not been moved") against a
// source that tells the limit moved to another day, or another account of the same occasion that
// gives it another day. The exceptions for moved deadlines read the two days as two states of
// one limit; a day said to stand is a claim against the move, not its earlier state.
import { DAY_MS } from '../core/calendar.ts';
import { findDates } from './dates.ts';
import { changedTo } from './deadlineMoves.ts';
import { thingsApart } from './deadlines.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// The words that keep a day: after it ("remains unchanged", "stands", "still applies") or before it
// ("remains set for", "remain due on", "is still planned for"). Not "no longer stands".
const STANDING =
  /(?<!\b(?:no longer|not|never)\s+)\b(?:remains?|stands|still (?:stands|holds|applies|planned|set|due)|(?:has|have) not been (?:changed|moved)|unchanged|is maintained|was kept)\b/i;
// Before its day only the words tied to it keep it ("remains set for", "is still due on"): a bare
// "remain" before a day has another subject ("differences remain ahead of the 20 March deadline").
const STANDING_BEFORE =
  /\b(?:remains?|(?:is|are) still|still)\s+(?:set|due|scheduled|planned|fixed)\s+(?:for|on|as)\s+(?:the\s+)?$/i;
// After its day the words keep it only with the day or its deadline for subject: nothing between
// but the deadline's own words, an aside set off by commas ("the 20 March date, set by the
// mediator, stands") or the comma closing the day's own ("the deadline, 20 March, stands"); not a
// clause of its own ("by 20 March, differences remain").
const OWN_SUBJECT = /^[^,]*(?:,[^,]*,|,)?\s*$/;
// How far from its day the words may keep it, in its own clause: "the 27 March limit came from the
// chair, and for our part it has not been moved".
const BEFORE_REACH = 60;
const IT_STANDS = new RegExp(String.raw`\b(?:it|this|that date)\b[^,]{0,40}?${STANDING.source}`, 'i');
const AFTER_REACH = 100;

const dayOf = (p: Passage) => (p.claim?.kind === 'event' ? p.claim.data.date : undefined);

/**
 * Whether a deadline passage tells its own day as still standing, in the words nearest the day
 * and not past another day ("the date of 14 June remains, and the signing is still planned for 21
 * June"). A day the passage tells the limit moved to is a new day, not one that stands.
 */
export const toldAsStanding = perPassage((p, roster): boolean => {
  const day = dayOf(p);
  if (!day || !STANDING.test(p.text) || changedTo(p, roster) === day) return false;
  const dates = findDates(p.text, p.published).filter((d) => !d.vague);
  const i = dates.findIndex((d) => d.iso === day);
  const own = dates[i];
  if (!own) return false;
  const [prev, next] = [dates[i - 1], dates[i + 1]];
  const from = Math.max(prev ? prev.index + prev.text.length : 0, own.index - BEFORE_REACH);
  const end = own.index + own.text.length;
  const to = Math.min(next ? next.index : p.text.length, end + AFTER_REACH);
  const before = p.text
    .slice(from, own.index)
    .split(/[.;:]\s|,\s+(?:and|but)\s/)
    .at(-1);
  // Past a clause break the words keep the day only of "it": "…, and for us it has not been changed",
  // not "…, while the signing remains planned".
  const [clause = '', further] = p.text
    .slice(end, to)
    .split(/[.;:](?:\s|$)/)[0]!
    .split(/,\s+(?:and|but|while|whereas)\s/);
  const itStands = further !== undefined && IT_STANDS.test(further);
  const after = STANDING.exec(clause);
  const standsAfter = after !== null && OWN_SUBJECT.test(clause.slice(0, after.index));
  return STANDING_BEFORE.test(before ?? '') || standsAfter || itStands;
});

/**
 * Whether one deadline passage tells its day as standing while the other, not saying its own day
 * stands, was written no later and tells the limit moved to that other day, or gives it in a
 * source written the day before or the same day (two accounts of one occasion). A move told after
 * the day was said to stand, even a day after, may be a move of its own made since.
 */
export function standsAgainstMove(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [dayOf(a), dayOf(b)];
  if (!da || !db || da === db || thingsApart(a, b, roster)) return false;
  const against = (stands: Passage, other: Passage, day: string) => {
    if (!toldAsStanding(stands, roster) || toldAsStanding(other, roster)) return false;
    if (!stands.published || !other.published) return false;
    const after = (Date.parse(other.published) - Date.parse(stands.published)) / DAY_MS;
    return after <= 0 && (changedTo(other, roster) === day || after >= -ONE_DAY);
  };
  return against(a, b, db) || against(b, a, da);
}

/** How far apart two sources may write and still tell one occasion's news. */
const ONE_DAY = 1;
