// One sitting of a round of talks and the round itself, told by two sources: "observers at the
// last session in Kessel on 9 May" / "talks in Kessel ran from 7 to 9 May", "Monday's session
// in Vik" / "the round in Vik this week". Reporters tell a round by the sitting they saw; the occasion is
// the round's, so the two are one event when the sitting falls on the round's days, at its place.
// A plenary, a working session, a meal, the experts' or a standing body's own sitting (a council, a
// cabinet) is an occasion of its own, not the round.
import type { EventProfile } from './eventProfile.ts';
import { type EventClaim, meets, placesDiffer, placesMeet, setApart } from './eventsApart.ts';
import type { Roster } from './types.ts';

// A session named for a purpose of its own is no sitting of talks: a court's, a class's, one
// for questions, for photographs, for briefing one's own side or planning its line.
const OWN_PURPOSE =
  /\b(?:training|court|photo|question[- ]and[- ]answer|Q\s?&\s?A|briefing|information|parliamentary|strategy)\s+sessions?\b/i;

/** Whether one report tells a sitting held within the days and at the place of the round the other tells. */
export function sessionOfRound(
  [x, y]: [EventClaim, EventClaim],
  [pa, pb]: [EventProfile, EventProfile],
  [placesA, placesB]: [Set<string>, Set<string>],
  roster: Roster,
): boolean {
  if (pa.cls !== 'meeting' || pb.cls !== 'meeting') return false;
  const sessionFirst = pa.level === 'session' && pb.level === 'round';
  if (!sessionFirst && !(pb.level === 'session' && pa.level === 'round')) return false;
  const [session, round] = sessionFirst ? [pa, pb] : [pb, pa];
  const sitting = sessionFirst ? x : y;
  const [sessionPlaces, roundPlaces] = sessionFirst ? [placesA, placesB] : [placesB, placesA];
  if (!session.days || !round.days || session.coarse) return false;
  if (session.days[0] < round.days[0] || session.days[1] > round.days[1]) return false;
  // A sitting of a form of its own (a plenary, a working session, a meal, a press conference) is
  // an occasion of its own, as is the experts' sitting or a body's; so is a round its report tells
  // by such a sitting ("the plenary of the talks").
  if (session.form.size > 0 || round.form.size > 0 || OWN_PURPOSE.test(sitting.text)) return false;
  if (session.who.size > 0 && !meets(session.who, round.who)) return false;
  // Tied by the place both name: a sitting told without one ("the session on Wednesday", "the
  // last session ended at midnight") may be any side's or body's that day, or one told as its own.
  if (!placesMeet(sessionPlaces, roundPlaces) || placesDiffer(session, round, roster)) return false;
  // Nothing else sets them apart: another kind of participant, form or number.
  return !setApart({ ...session, level: round.level }, round, roster);
}
