// Across sources, events: two event claims that are one real event, a sentence that reports
// an event without naming it as the engine reads events, and two dates given to one event.
import { entityMentions } from './entities.ts';
import { datesOf, daysOf, eventClass, namedIn, sameOrdinals, sharedWords } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

/** Word similarity at which two planned events at one place are one. */
const LINK = 0.3;

const sameDeadline = (a: Passage, b: Passage) =>
  a.claim?.kind === 'event' &&
  a.claim.data.eventKind === 'deadline' &&
  b.claim?.kind === 'event' &&
  b.claim.data.eventKind === 'deadline' &&
  sharedWords(a, b, /^(?:agre|final|draft)$/) >= 2;

// What every report of a meeting says: not what makes two reports one meeting.
const EVENT_WORDS =
  /^(?:met|meet|talk|session|visit|call|held|hold|consultation|discus|summit|delegation|minister|president)$/;
export function eventsMatch(
  a: Passage,
  b: Passage,
  sim: number,
  isPerson: (id: string) => boolean,
  roster: Roster,
): boolean {
  const [x, y] = [a.claim, b.claim];
  if (x?.kind !== 'event' || y?.kind !== 'event') return false;
  const cls = (k: string) => (k === 'talks' || k === 'summit' ? 'meeting' : k);
  const [px, py] = [x.data.participants, y.data.participants];
  const shared = px.some((p) => py.includes(p));
  const samePlace = x.data.place !== undefined && x.data.place === y.data.place;
  if (cls(x.data.eventKind) !== cls(y.data.eventKind)) {
    // One source tells of a visit, another of the meeting it was for: the same day and the
    // same named person make them one event ("travel to Irrek" / "received ... in Irrek").
    const visitAndMeeting = [cls(x.data.eventKind), cls(y.data.eventKind)].sort().join() === 'meeting,visit';
    return (
      visitAndMeeting &&
      x.data.date !== undefined &&
      x.data.date === y.data.date &&
      px.some((p) => py.includes(p) && isPerson(p))
    );
  }
  if (x.data.date && y.data.date) {
    // One day, one kind: the same event unless the two name different people.
    // When one names nobody, it must at least share a word ("the talks yesterday" / "talks
    // opened in Belhaven"): two meetings of one day are not one meeting for that alone.
    // Two that name different people but say the same about it ("the Council ... will
    // guarantee the corridor" / "the Council met and agreed to guarantee the corridor").
    if (x.data.date === y.data.date)
      return (
        shared ||
        samePlace ||
        ((px.length === 0 || py.length === 0) && sharedWords(a, b) >= 1) ||
        sharedWords(a, b, EVENT_WORDS) >= 2
      );
    // A deadline given two days: one deadline the sources date apart. So is a planned event
    // at one place announced in like words for two days ("the third round will be held ...
    // on 21 October" / "is scheduled for Wednesday, October 22"), unless the two number it
    // differently (the second round and the third). Past events are left apart: talks run
    // over several days, and each source may date them by another one.
    // Talks over several days: one source names the day another dates them by ("held expert
    // talks in Vessingen on 5 and 6 November" / "the expert talks in Vessingen ended yesterday").
    const named = (p: Passage, day: string) => daysOf(p, roster).includes(day);
    if ((samePlace || shared) && (named(a, y.data.date) || named(b, x.data.date))) return true;
    const planned = x.data.tense === 'future' && y.data.tense === 'future';
    return sameDeadline(a, b) || (planned && samePlace && sim >= LINK && sameOrdinals(a, b));
  }
  // Undated: the same place or people, and said in like words.
  return (shared || samePlace) && sim >= 0.2;
}

/**
 * A sentence that puts someone at an event's place on its day reports that event, though
 * it names no meeting: "Our team is in Belhaven today" beside "talks opened in Belhaven on
 * Tuesday", both of the same Tuesday.
 */
export function placesEvent(event: Passage, p: Passage, roster: Roster): boolean {
  if (event.claim?.kind !== 'event' || p.kind === 'event') return false;
  const { place, date } = event.claim.data;
  if (!place || !date || !new RegExp(`\\b${escapeRegex(place)}\\b`).test(p.text)) return false;
  return datesOf(p, roster).includes(date);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const { eventKind, participants, place, date } = event.claim.data;
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
  if (days.length > 0) return date !== undefined && days.includes(date) && shared.size >= 1;
  return shared.size >= 2;
}

/** Two dates given to one event, unless both are days of one span of talks. */
export function eventDates(a: Passage, b: Passage, roster: Roster): string | undefined {
  if (a.claim?.kind !== 'event' || b.claim?.kind !== 'event') return undefined;
  const [x, y] = [a.claim.data.date, b.claim.data.date];
  const spanned = x && y && (daysOf(a, roster).includes(y) || daysOf(b, roster).includes(x));
  return x && y && x !== y && !spanned ? `the same ${a.claim.data.eventKind} on ${x} and on ${y}` : undefined;
}
