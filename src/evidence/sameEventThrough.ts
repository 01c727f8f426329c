// Reports each linked to a third as one event, joined as one event themselves where nothing
// they say keeps them apart, one step at a time. Split out of linkEvents.ts.
import { type EventProfile, eventProfile } from './eventProfile.ts';
import { differ, eventOf, otherParties, placesMeet, placesTold, setApart } from './eventsApart.ts';
import { timing } from './eventTiming.ts';
import { heldBeforeNext } from './heldBeforeNext.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

/**
 * Whether nothing two reports say keeps them from being one event: one class (or a visit and
 * the meeting it was for), nothing that sets them apart, one negotiation, days that can meet.
 */
function mayBeOne(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [eventOf(a), eventOf(b)];
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!x || !y || !pa || !pb) return false;
  if (pa.cls !== pb.cls) return tripToMeeting(pa, pb) && !otherParties(x, y, roster);
  if (setApart(pa, pb, roster) || otherParties(x, y, roster)) return false;
  if (heldBeforeNext(pa, pb, a.published) || heldBeforeNext(pb, pa, b.published)) return false;
  if (pa.cls === 'deadline') return x.data.date !== undefined && x.data.date === y.data.date;
  return timing(pa, pb) !== 'apart';
}

/**
 * A trip whose day falls within a meeting's days: the trip to it, when a third report ties
 * them ("heads to Veyrin on Wednesday" / "three days of talks ended here", each one with the
 * Veyrin round), and neither names a town the other does not. Alone, without the place in
 * common, they would be too loosely tied.
 */
function tripToMeeting(pa: EventProfile, pb: EventProfile): boolean {
  const [visit, meeting] = pa.cls === 'visit' ? [pa, pb] : [pb, pa];
  if (visit.cls !== 'visit' || meeting.cls !== 'meeting' || !visit.days || !meeting.days) return false;
  if (visit.coarse || meeting.coarse) return false;
  // A trip to one place is not for a meeting in another (a capital named for its country included).
  if (differ(visit.places, meeting.places)) return false;
  return meeting.days[0] <= visit.days[0] && visit.days[0] <= meeting.days[1];
}

// Two reports that give no day each match a third on what little they say (a place, a kind of
// meeting): through it, every undated mention of talks would join every other. A day on either
// end ties the chain to one occasion.
const bothUndated = (a: Passage, b: Passage): boolean => !eventOf(a)?.data.date && !eventOf(b)?.data.date;
// A report that gives no day, tied to a dated one by a single third report, hangs on that one
// link: an undated "talks in Veyrin" matches every dated occasion its neighbour was matched to,
// and one loose match merges two occasions. Two reports each matching both ends make it one; so
// do a place both ends name and the number of the round the undated report names ("the second
// round"), which no other round shares.
function looselyUndated(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [eventOf(a), eventOf(b)];
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!x?.data.date === !y?.data.date || !pa || !pb) return false;
  if (placesMeet(placesTold(a, pa), placesTold(b, pb))) return false;
  return (x?.data.date ? pb : pa).ordinal === undefined;
}
const VIAS_FOR_UNDATED = 2;

/**
 * Reports each linked to a third as one event are one event themselves, unless something
 * they say keeps them apart: "the second round of talks" (undated) is the round "held in
 * Veyrin on 14 and 15 April", and so the round "the delegations will reconvene" for on 14
 * April, which names neither the number nor, in its own words, anything the mention names.
 * Two undated reports are not joined so: nothing but the third report would tie them.
 * One step at a time, each new pair checked on its own: a wrong link does not carry a
 * report into every event its neighbour was linked to.
 */
export function sameEventThrough(
  linked: [Passage, Passage][],
  roster: Roster,
): [Passage, Passage, Passage][] {
  const next = new Map<Passage, Set<Passage>>();
  const add = (a: Passage, b: Passage) => {
    next.set(a, (next.get(a) ?? new Set()).add(b));
    next.set(b, (next.get(b) ?? new Set()).add(a));
  };
  for (const [a, b] of linked) add(a, b);
  const out: [Passage, Passage, Passage][] = [];
  for (let step = 0; step < 3; step++) {
    const found: [Passage, Passage, Passage][] = [];
    // How many reports tie each pair, counted under both ends.
    const vias = new Map<Passage, Map<Passage, number>>();
    const count = (a: Passage, b: Passage) => {
      const of = vias.get(a) ?? new Map<Passage, number>();
      vias.set(a, of.set(b, (of.get(b) ?? 0) + 1));
    };
    for (const [via, around] of next) {
      const ends = [...around];
      for (let i = 0; i < ends.length; i++)
        for (let j = i + 1; j < ends.length; j++) {
          const [a, b] = [ends[i]!, ends[j]!];
          if (a.source === b.source || (a.source === via.source && b.source === via.source)) continue;
          if (next.get(a)?.has(b) || bothUndated(a, b) || !mayBeOne(a, b, roster)) continue;
          found.push([a, b, via]);
          count(a, b);
          count(b, a);
        }
    }
    if (found.length === 0) break;
    const tied = (a: Passage, b: Passage) => (vias.get(a)?.get(b) ?? 0) >= VIAS_FOR_UNDATED;
    for (const [a, b, via] of found)
      if (!next.get(a)?.has(b) && (tied(a, b) || !looselyUndated(a, b, roster))) {
        add(a, b);
        out.push([a, b, via]);
      }
  }
  return out;
}
