// A signing owed by a day and the signing set for that day, told by two sources of one text: "urged
// both sides to initial the framework by 21 March" / "call for its initialling on 21 March". The
// corpus labels the first a deadline and the second a meeting (its ruling of session 40: a signing
// still to come is labelled by its preposition), yet both tell the one act on its one day, and a
// reader groups them.
import type { EventProfile } from './eventProfile.ts';
import { differ, type EventClaim } from './eventsApart.ts';
import { textsNamed } from './eventTiming.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const SIGNED = /\b(?:(?:counter)?sign(?:s|ed|ing)?|signatures?)\b/i;
const INITIALLED = /\binitial(?:s|l?ed|l?ing)?\b/i;

/** Whether a deadline for a signing and a signing set for the same day are of one act of one text. */
export function signingOwedBy(
  a: Passage,
  b: Passage,
  [x, y]: [EventClaim, EventClaim],
  [pa, pb]: [EventProfile, EventProfile],
  roster: Roster,
): boolean {
  if ([pa.cls, pb.cls].sort().join() !== 'deadline,meeting') return false;
  if (!x.data.date || x.data.date !== y.data.date) return false;
  const [limit, meeting, held] = pa.cls === 'deadline' ? [x, y, pb] : [y, x, pa];
  // The meeting is the signing: so profiled, or its sentence names the act ("to initial the framework on").
  const initialling = held.initialling ?? (INITIALLED.test(meeting.text) && !SIGNED.test(meeting.text));
  if (held.level !== 'signing' && !SIGNED.test(meeting.text) && !INITIALLED.test(meeting.text)) return false;
  const [signs, initials] = [SIGNED.test(limit.text), INITIALLED.test(limit.text)];
  // The limit names the act: an initialling's limit is no signing's, nor the other way round.
  if (!signs && !initials) return false;
  if (initials !== initialling && signs === initialling) return false;
  return !differ(textsNamed(a, roster), textsNamed(b, roster));
}
