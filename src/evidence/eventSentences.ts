// A sentence that reports an event without naming it as the engine reads events: someone at the
// event's place on its day, or the event's kind and people in the sentence's own words.
// Split out of linkEvents.ts.
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { eventProfile } from './eventProfile.ts';
import { buildGazetteer } from './gazetteer.ts';
import { datesOf, eventClass, holdsWord, namedIn, perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';
import { isWireDateline } from './wireDatelinePlace.ts';

/**
 * A sentence that puts someone at an event's place on its day reports that event, though
 * it names no meeting: "Our team is in Belhaven today" beside "talks opened in Belhaven on
 * Tuesday", both of the same Tuesday. A sentence read as an event itself is compared as that event.
 */
export function placesEvent(event: Passage, p: Passage, roster: Roster): boolean {
  const profile = eventProfile(event, roster);
  if (!profile?.days || p.kind === 'event' || p.event || isWireDateline(p)) return false;
  const text = p.text.toLowerCase();
  if (![...profile.places].some((place) => holdsWord(text, place))) return false;
  // "This week" is read as a day, but says none.
  if (/\b(?:this|last|next) (?:week|month|year)\b/i.test(p.text)) return false;
  const [first, last] = profile.days;
  const within = (d: string) => d >= first && d <= last;
  // A sentence that gives in full a day outside the event's tells of something else that day
  // ("HARLEN, 9 December — detainees returned home today, in the exchange agreed in Belhaven on
  // 25 November"): the event is named in passing. A bare weekday may be read a week off.
  if (fullDates(p, roster).some((d) => !within(d))) return false;
  return datesOf(p, roster).some(within);
}

// A day given with its month ("9 December", "March 31", "10.03.2027"), not a weekday or "today".
const FULL_DATE = /\d/;
const fullDates = perPassage((p) =>
  findDates(p.text, p.published).flatMap((d) => (FULL_DATE.test(d.text) ? [d.iso] : [])),
);

// Words that name an event of each class, in any of the ways sources put it.
const CLASS_WORDS: Record<string, RegExp> = {
  call: /\b(?:(?:tele)?phon\w*|calls?|conversations?)\b/i,
  meeting: /\b(?:met|meet|meets|meeting|talks|negotiations?|sessions?|summit|round|consultations)\b/i,
  visit: /\b(?:visit\w*|travel\w*|arrived)\b/i,
};

/**
 * A sentence of a source from which no event of its kind was read, that still reports one: it names the event's
 * kind in its own words ("had a phone conversation", "by phone"), and the same people —
 * two of them, or one on a day it names that is the event's ("Vane and Tallent spoke by
 * telephone" / "had a phone conversation with President Varga").
 */
export function reportsEvent(
  event: Passage,
  p: Passage,
  roster: Roster,
  classesRead: (source: string) => Set<string>,
): boolean {
  if (event.claim?.kind !== 'event' || p.kind === 'event' || p.short) return false;
  const { eventKind, participants, place } = event.claim.data;
  // Where the engine read an event of this kind from the source, that event links; its
  // headline and other sentences retelling it would only add the same link again.
  if (classesRead(p.source).has(eventClass(eventKind))) return false;
  const words = CLASS_WORDS[eventClass(eventKind)];
  if (!words?.test(p.text)) return false;
  const named = namedIn(p, roster);
  const shared = new Set(participants.filter((x) => named.has(x)));
  // The place counts once, whether or not it is also a party's alias ("in Vessingen").
  if (place && p.text.includes(place)) shared.add(entityMentions(place, roster)[0]?.party ?? place);
  const days = datesOf(p, roster);
  const span = eventProfile(event, roster)?.days;
  if (days.length > 0)
    return span !== undefined && days.some((d) => d >= span[0] && d <= span[1]) && shared.size >= 1;
  // Undated, the parties say nothing (every sentence of a negotiation names them): two of
  // the people, or one of them at the event's place.
  const people = participants.filter((x) => named.has(x) && isPerson(x, roster));
  const there = place !== undefined && p.text.includes(place);
  return people.length >= 2 || (people.length >= 1 && there);
}

const isPerson = (id: string, roster: Roster) => buildGazetteer(roster).personById.has(id);
