// The weeks an event's days fall in, for blocking (linkBlocking.ts): two reports of a class that
// recurs (meetings, calls, visits) are one event only where their days meet or lie a few days
// apart (eventTiming.ts: a plan a few days off, a misdated occasion, "the next round" a week off),
// so each is compared only with those of the weeks around its own, not with every event of its
// class: 900 talks at their own venues on their own days make no 400,000 pairs.
import { DAY_MS } from '../core/calendar.ts';
import type { EventProfile } from './eventProfile.ts';

/**
 * Days apart at which two sources may give "the next round" two days (2 April / 9 April): the
 * widest reach of eventsMatch for two dated reports (eventTiming.ts nextOccasion reads it here, so
 * blocking cannot fall behind it).
 */
export const NEXT_SLACK = 7;
/** Days off its own at which a report of a recurring class may still be of the same event: NEXT_SLACK and a day more. */
const REACH_DAYS = NEXT_SLACK + 1;
const WEEK = 7;

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const weeksOf = (from: number, to: number) => {
  const out: number[] = [];
  for (let w = Math.floor(from / WEEK); w <= Math.floor(to / WEEK); w++) out.push(w);
  return out;
};

/**
 * The weeks of an event's own days and of the days around them it may be linked across; undefined
 * where its day does not bound what it is linked to: undated, a deadline, a signing (either may
 * be moved by weeks: singularMoves.ts).
 */
export function eventWeeks(profile: EventProfile): { own: number[]; near: number[] } | undefined {
  if (!profile.days || profile.cls === 'deadline' || profile.level === 'signing') return undefined;
  const [first, last] = profile.days.map(dayNumber) as [number, number];
  if (Number.isNaN(first) || Number.isNaN(last)) return undefined;
  return { own: weeksOf(first, last), near: weeksOf(first - REACH_DAYS, last + REACH_DAYS) };
}
