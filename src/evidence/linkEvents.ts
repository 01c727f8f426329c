// Across sources, events: whether two event claims are one real event, and two dates given to one
// event. Two reports are one event when they are of one class, their days can meet, nothing they
// say sets them apart (another level, another kind of participant, another form or part of
// the day, another number in a series, another place, other people) and something ties
// them (a person, a place, a qualifier or a number they share, or one names nobody at all).
// What sets two reports apart or ties them is in eventsApart.ts; their days, misdated occasions
// and two occasions of one series in eventTiming.ts; deadlines in sameDeadline.ts; a sentence
// that reports an event without naming it in eventSentences.ts; reports joined through a third
// in sameEventThrough.ts; a sitting told against its round in sessionOfRound.ts.
import { type EventProfile, eventProfile, overlap } from './eventProfile.ts';
import {
  differ,
  type EventClaim,
  eventOf,
  fits,
  fitsProfile,
  meets,
  otherFits,
  otherParties,
  placesDiffer,
  placesMeet,
  placesTold,
  sameLeaders,
  setApart,
} from './eventsApart.ts';
import {
  callMisdated,
  encounterMisdated,
  misdated,
  nextOccasion,
  recordedRound,
  signOneText,
  textsNamed,
  timing,
} from './eventTiming.ts';
import { heldBeforeNext } from './heldBeforeNext.ts';
import { sameOrdinals, sharedWords } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { deadlinesMatch } from './sameDeadline.ts';
import { sessionOfRound } from './sessionOfRound.ts';
import { signingDatesApart } from './signingDatesApart.ts';
import { signingOwedBy } from './signingOwed.ts';
import { signingMoved } from './singularMoves.ts';
import type { Roster } from './types.ts';

/** Word similarity at which two planned events at one place are one. */
const LINK = 0.3;

/**
 * A report that names nobody ("the talks yesterday", "they met on Monday morning") is of the
 * one event of its source's counterpart that fits it; where either source reports two that
 * fit, it cannot tell which.
 */
function onlyFit(a: Passage, b: Passage, roster: Roster): boolean {
  const [pa, pb] = [eventProfile(a, roster)!, eventProfile(b, roster)!];
  if (!fits(pa, pb, roster)) return false;
  const others = (p: Passage, other: EventProfile) =>
    otherFits(p, (s) => fitsProfile(s, other, roster), roster);
  return !others(a, pb) && !others(b, pa);
}

/**
 * An undated mention recalls a dated event ("the Veyrin talks", "since the round in Lorne",
 * "the second round of talks"): one of its class and level, on the side of the mention's
 * publication its tense says (done before it, planned after it), tied by a place, a
 * person or a number, and the only such event its source reports.
 */
function recalls(mention: Passage, event: Passage, roster: Roster): boolean {
  const pm = eventProfile(mention, roster);
  return pm !== undefined && recallsEvent(pm, mention.published, event, roster);
}

function recallsEvent(
  pm: EventProfile,
  published: string | undefined,
  event: Passage,
  roster: Roster,
): boolean {
  if (!published) return false;
  const fitsMention = (p: Passage): boolean => {
    const pe = eventProfile(p, roster);
    if (!pe?.days || pe.cls !== pm.cls || pe.level !== pm.level || setApart(pm, pe, roster)) return false;
    if (pm.planned ? pe.days[1] < published : pe.days[0] > published) return false;
    const sameNumber = pm.ordinal !== undefined && pm.ordinal === pe.ordinal;
    const samePeople = meets(pm.persons, pe.persons) || sameLeaders(pm, pe, roster);
    return meets(pm.places, pe.places) || samePeople || sameNumber;
  };
  if (!fitsMention(event)) return false;
  return !otherFits(event, fitsMention, roster);
}

/**
 * One visit and the meeting it was for: the same day and the same named person ("travel to
 * Irrek" / "received ... in Irrek"), or a visit to the meeting's place on one of its days
 * ("Our team is in Fjellby today" / "talks opened in Fjellby on Thursday").
 */
function visitForMeeting(
  [x, y]: [EventClaim, EventClaim],
  [pa, pb]: [EventProfile, EventProfile],
  isPerson: (id: string) => boolean,
): boolean {
  const classes = [pa.cls, pb.cls].sort().join();
  if (classes !== 'meeting,visit' || !x.data.date || !y.data.date) return false;
  if (
    x.data.date === y.data.date &&
    x.data.participants.some((p) => y.data.participants.includes(p) && isPerson(p))
  )
    return true;
  // The visit's day as its profile reads it: a trip told in the present tense for a weekday
  // ("heads to Veyrin on Wednesday") is the coming one.
  const [visit, meeting] = pa.cls === 'visit' ? [pa, pb] : [pb, pa];
  if (!visit.days || !meeting.days || visit.coarse) return false;
  const day = visit.days[0];
  return meets(pa.places, pb.places) && meeting.days[0] <= day && day <= meeting.days[1];
}

export function eventsMatch(
  a: Passage,
  b: Passage,
  sim: number,
  isPerson: (id: string) => boolean,
  roster: Roster,
): boolean {
  const [x, y] = [eventOf(a), eventOf(b)];
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!x || !y || !pa || !pb) return false;
  if (pa.cls !== pb.cls)
    return visitForMeeting([x, y], [pa, pb], isPerson) || signingOwedBy(a, b, [x, y], [pa, pb], roster);
  if (pa.cls === 'deadline') return deadlinesMatch(a, b, x, y, roster);
  const told: [Set<string>, Set<string>] = [placesTold(a, pa), placesTold(b, pb)];
  if (sessionOfRound([x, y], [pa, pb], told, roster)) return !otherParties(x, y, roster);
  if (setApart(pa, pb, roster) || otherParties(x, y, roster)) return false;
  if (heldBeforeNext(pa, pb, a.published) || heldBeforeNext(pb, pa, b.published)) return false;
  // Signings of two texts named apart ("the Drava Accord", "the Osterby Protocol") are two.
  const signings = pa.level === 'signing' && pb.level === 'signing';
  if (signings && differ(textsNamed(a, roster), textsNamed(b, roster))) return false;
  const when = timing(pa, pb);
  const samePeople = meets(pa.persons, pb.persons) || sameLeaders(pa, pb, roster);
  const samePlace = placesMeet(...told);
  if (when === 'apart')
    return (
      misdated(pa, pb, samePeople, samePlace, signings && signOneText(a, b, roster)) ||
      callMisdated(a, b, pa, pb) ||
      encounterMisdated(a, b, pa, pb, samePlace) ||
      nextOccasion(a, b, pa, pb, roster) ||
      recordedRound(pa, pb, samePlace) ||
      (!placesDiffer(pa, pb, roster) && signingMoved(a, b, pa, pb)) ||
      signingDatesApart(a, b, roster)
    );
  const sameKind = meets(pa.who, pb.who) || meets(pa.form, pb.form) || meets(pa.part, pb.part);
  const sameNumber = pa.ordinal !== undefined && pa.ordinal === pb.ordinal;
  // One plan announced for two close days: at one place, or where one does not say ("meet
  // again in this format on 14 April" / "meet again in Veyrin on the 16th").
  const placeFits = samePlace || !placesDiffer(pa, pb, roster);
  // A signing still ahead, of no text named apart, is the negotiation's one signing.
  const oneSigning = signings && pa.initialling === pb.initialling;
  if (when === 'near')
    return (
      (placeFits && (sim >= LINK || sameKind || sameNumber || oneSigning) && sameOrdinals(a, b)) ||
      nextOccasion(a, b, pa, pb, roster)
    );
  if (when === 'unknown') {
    if (pb.days && !pa.days) return recalls(a, b, roster);
    if (pa.days && !pb.days) return recalls(b, a, roster);
    return (samePeople || samePlace) && (sameKind || sameNumber || sim >= 0.2 || sharedWords(a, b) >= 3);
  }
  // "The talks yesterday", "good call this morning": a report that names nobody.
  const anonymous = (pa.persons.size === 0 || pb.persons.size === 0) && onlyFit(a, b, roster);
  return samePeople || samePlace || sameKind || sameNumber || anonymous;
}

/** Two dates given to one event, unless its days, as either source tells them, hold both. */
export function eventDates(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [eventOf(a), eventOf(b)];
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!x || !y || !pa?.days || !pb?.days || pa.coarse || pb.coarse) return undefined;
  // A round told as done on its record's day alone was given no day to set against another's.
  if (recordedRound(pa, pb, true)) return undefined;
  const [dx, dy] = [x.data.date, y.data.date];
  if (!dx || !dy || dx === dy) return undefined;
  // A round's days may overlap though its sources give two opening days ("from 23 to 25
  // November" / "opening the talks on Tuesday, 24 November"): one of them is wrong.
  const [ox, oy] = [pa.opening, pb.opening];
  if (ox && oy && ox !== oy) return `the same ${x.data.eventKind} opening on ${ox} and on ${oy}`;
  if (overlap(pa.days, pb.days)) return undefined;
  return `the same ${x.data.eventKind} on ${dx} and on ${dy}`;
}
