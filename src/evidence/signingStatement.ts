// A signing and a report read as a statement that tells it, in two sources: "hails the day's signing
// in Vik of the accord" or "the accord would be signed on 20 March, a spokesman said" /
// "the signing ceremony is set for 20 March in Kessel". A statement's verb (welcomes, said) heads
// the sentence, yet its day is the signing's: both tell the one act on its one day.
import type { EventProfile } from './eventProfile.ts';
import { differ, type EventClaim, placesDiffer } from './eventsApart.ts';
import { textsNamed } from './eventTiming.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const SIGNED = /\b(?:(?:counter)?sign(?:s|ed|ing)?|signatures?)\b/i;
const INITIALLED = /\binitial(?:s|l?ed|l?ing)?\b/i;

/** Whether a statement that names a signing, and a signing, are of one act of one text on one day. */
export function signingInStatement(
  a: Passage,
  b: Passage,
  [x, y]: [EventClaim, EventClaim],
  [pa, pb]: [EventProfile, EventProfile],
  roster: Roster,
): boolean {
  if ([pa.cls, pb.cls].sort().join() !== 'meeting,statement') return false;
  if (!x.data.date || x.data.date !== y.data.date || pa.coarse || pb.coarse) return false;
  const [statement, held] = pa.cls === 'statement' ? [x, pb] : [y, pa];
  if (held.level !== 'signing') return false;
  // The statement names the act the signing is: an initialling is not the signature.
  const act = held.initialling ? INITIALLED : SIGNED;
  if (!act.test(statement.text)) return false;
  return !placesDiffer(pa, pb, roster) && !differ(textsNamed(a, roster), textsNamed(b, roster));
}
