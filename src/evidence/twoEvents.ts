// Two sentences that each report an event, of events with other people (one leader's calls
// with two counterparts) or on days apart (the same two leaders' calls a week apart): their
// words are alike because readouts word every call alike ("President Kostal spoke with … by
// phone today"), not because they say one thing.
import { type EventProfile, eventProfile } from './eventProfile.ts';
import { withOtherPeople } from './eventsApart.ts';
import { datedApart, toldBeforeIt } from './eventTiming.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

/** The event passages read from within each sentence of `passages`, by sentence. */
export function eventsWithin(passages: Passage[]): (p: Passage) => Passage[] {
  const bySource = new Map<string, Passage[]>();
  for (const p of passages)
    if (p.kind === 'event') bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const memo = new Map<Passage, Passage[]>();
  return (p) => {
    let found = memo.get(p);
    if (!found) {
      found = p.event
        ? (bySource.get(p.source) ?? []).filter((e) => e.span[0] < p.span[1] && p.span[0] < e.span[1])
        : [];
      memo.set(p, found);
    }
    return found;
  };
}

// Calls and meetings recur between the same people; a text is signed, ratified or initialled once,
// and a sentence naming that act on a day says more of the text than of the day.
const recurs = (p: EventProfile) => (p.cls === 'call' || p.cls === 'meeting') && p.level !== 'signing';

/**
 * Whether two sentences tell of two events: each reports events, some of one class in both,
 * and every such pair is of other people, dated days apart, or one told as done before the other was held. Not a part of the day or a level
 * told apart: one call is "this afternoon" in one capital and "yesterday evening" in the other.
 */
export function tellTwoEvents(
  a: Passage,
  b: Passage,
  within: (p: Passage) => Passage[],
  roster: Roster,
): boolean {
  const [ea, eb] = [within(a), within(b)];
  if (ea.length === 0 || eb.length === 0) return false;
  let pairs = 0;
  for (const x of ea)
    for (const y of eb) {
      const [px, py] = [eventProfile(x, roster), eventProfile(y, roster)];
      if (!px || !py || px.cls !== py.cls) continue;
      const apart = datedApart(x, y, roster) || toldBeforeIt(x, y, roster) || toldBeforeIt(y, x, roster);
      if (!withOtherPeople(px, py, roster) && !(recurs(px) && recurs(py) && apart)) return false;
      pairs++;
    }
  return pairs > 0;
}
