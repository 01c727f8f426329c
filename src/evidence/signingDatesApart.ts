// One text's date for signature, told by two sources on two days ("the date for signature is 20
// March" / "the date for signature is 27 March"): the one signing, which they date apart, as when
// a signing date slips and a source keeps the old one. A text is set for signature once at a time,
// so two days named as its date are one occasion in dispute, not two signings, unless the sources
// name two kinds of text. A day that had passed
// when either source wrote is history, or the signing set anew after it lapsed, as with a limit
// (sameDeadline.ts). eventsMatch has already set apart signings of texts named apart.
import { eventProfile } from './eventProfile.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { SIGNING_DATE } from './signingDate.ts';
import { kindsNamed } from './singularMoves.ts';
import type { Roster } from './types.ts';

// A source that tells the date moved ("17 April, in place of 3 April") gives both states of the one
// signing, which the moves read (singularMoves.ts): a day kept by another source is no dispute with it.
const TELLS_MOVE =
  /\b(?:in place of|instead of|no longer|moved|postponed|pushed back|put back|delayed|deferred|brought forward|rescheduled|originally|previously|new)\b/i;
const namesSigningDate = perPassage((p) => p.text.search(SIGNING_DATE) >= 0 && !TELLS_MOVE.test(p.text));

/** Whether two signings dated apart are one signing whose date each source names. */
export function signingDatesApart(a: Passage, b: Passage, roster: Roster): boolean {
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!pa || !pb) return false;
  if (pa.level !== 'signing' || pb.level !== 'signing' || pa.initialling !== pb.initialling) return false;
  if (!pa.days || !pb.days || !namesSigningDate(a, roster) || !namesSigningDate(b, roster)) return false;
  // "The date for signature of the accord" and "… of the protocol": two texts, lower-case as they are.
  const [ka, kb] = [kindsNamed(a), kindsNamed(b)];
  if (ka.size > 0 && kb.size > 0 && ![...ka].some((k) => kb.has(k))) return false;
  // Both days still ahead when either source wrote: a date past is history, or a date set anew.
  const ahead = (day: string) => [a.published, b.published].every((p) => p === undefined || day >= p);
  return ahead(pa.days[0]) && ahead(pb.days[0]);
}
