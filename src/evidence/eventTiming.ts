// Whether two event reports' days let them be one occasion: days that meet, one plan announced
// for close days, one occasion two sources misdate, "the next" occasion — or two occasions of one
// series (datedApart, toldBeforeIt). Split out of linkEvents.ts.
import { daysApart, type EventProfile, eventProfile, overlap } from './eventProfile.ts';
import {
  eventOf,
  meets,
  otherFits,
  placesDiffer,
  placesMeet,
  placesTold,
  same,
  sameLeaders,
  setApart,
} from './eventsApart.ts';
import { NEXT_SLACK } from './eventWeeks.ts';
import { eventClass, perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

/** Days apart at which two announcements of one planned event still are one (14 vs 15 November). */
const PLANNED_SLACK = 3;

type Timing = 'meet' | 'near' | 'apart' | 'unknown';

/** Whether two reports' days can be one event's: spans that meet, or one plan announced for two close days. */
export function timing(pa: EventProfile, pb: EventProfile): Timing {
  if (!pa.days || !pb.days) return 'unknown';
  if (overlap(pa.days, pb.days)) return 'meet';
  const close = daysApart(pa.days[0], pb.days[0]) <= PLANNED_SLACK;
  return pa.planned && pb.planned && !pa.coarse && !pb.coarse && close ? 'near' : 'apart';
}

/** Days apart at which two sources may give one occasion two dates (one of them wrong). */
const MISDATED_SLACK = 3;

/**
 * An occasion that happens once, which two sources date a few days apart: the same numbered
 * round ("the first round" on 17 and on 18 March), or a signing or a round of talks tied by
 * a person, a place or the text signed. One of the dates is wrong, and the link lets it be flagged; sessions
 * and meetings of one day recur, and stay apart (calls a day apart: callMisdated).
 */
export function misdated(
  pa: EventProfile,
  pb: EventProfile,
  samePeople: boolean,
  samePlace: boolean,
  sameText: boolean,
): boolean {
  if (!pa.days || !pb.days || pa.coarse || pb.coarse || pa.level !== pb.level) return false;
  // A date the sentence may give another event ("prepared the round in a call on Sunday") is no sign.
  if (!pa.ownDate || !pb.ownDate) return false;
  const gap = Math.min(daysApart(pa.days[0], pb.days[1]), daysApart(pa.days[1], pb.days[0]));
  if (gap > MISDATED_SLACK) return false;
  if (pa.ordinal !== undefined && pa.ordinal === pb.ordinal) return true;
  // A text is initialled, then signed days later: the two acts on two days are two occasions
  // ("initialling in Castelna on 27 March", "the signing ceremony on 29 March").
  if (pa.level === 'signing' && pa.initialling !== pb.initialling) return false;
  return (pa.level === 'signing' || pa.level === 'round') && (samePeople || samePlace || sameText);
}

/** Days before its record at which a round the record tells as done, giving it no day, may have run. */
const RECORD_REACH = 7;

/**
 * A round a record tells as done without a day of its own ("the second round in Lorne has ended",
 * "thanked the hosts of the first round") is dated by the record alone: it ran in the week before,
 * as many days as a round runs. Another source's round that ended in that week, at one place or of
 * one number, is that round; a session or a signing is no round.
 */
export function recordedRound(pa: EventProfile, pb: EventProfile, samePlace: boolean): boolean {
  const [told, other] = pa.byRecord ? [pa, pb] : [pb, pa];
  if (!told.byRecord || other.byRecord || told.planned || told.level !== 'round') return false;
  if (!told.days || !other.days || other.coarse || other.level === 'session' || other.level === 'signing')
    return false;
  const day = told.days[0];
  if (other.days[1] > day || daysApart(other.days[1], day) > RECORD_REACH) return false;
  return samePlace || (told.ordinal !== undefined && told.ordinal === other.ordinal);
}

/** Days apart at which two sources writing of "the next round" still mean the same next one. */
const NEXT_TOLD_WITHIN = 7;

/**
 * "The next round", "the next meeting", "the delegations will meet again": a definite
 * description of the one occasion of a format still ahead. Two sources that wrote within a few
 * days of each other, both before it, mean one occasion whatever their word for it (round,
 * meeting, talks) — and a day apart is a date one of them has wrong. Where only one says
 * "next", the other's must be the only such occasion its source announces. A format of its
 * own (the leaders named, the delegations) keeps two apart: levels that differ where one names people.
 */
export function nextOccasion(
  a: Passage,
  b: Passage,
  pa: EventProfile,
  pb: EventProfile,
  roster: Roster,
): boolean {
  if ((!pa.next && !pb.next) || !pa.planned || !pb.planned || pa.coarse || pb.coarse) return false;
  if (!pa.days || !pb.days || !a.published || !b.published) return false;
  const toldLast = a.published > b.published ? a.published : b.published;
  const first = pa.days[0] < pb.days[0] ? pa.days[0] : pb.days[0];
  if (toldLast >= first || daysApart(a.published, b.published) > NEXT_TOLD_WITHIN) return false;
  if (daysApart(pa.days[0], pb.days[0]) > NEXT_SLACK || placesDiffer(pa, pb, roster)) return false;
  // A signing is no meeting; a standing body's sitting ("the committee will meet again") is its own.
  if (pa.level === 'signing' || pb.level === 'signing') return false;
  const body = (p: EventProfile) => [...p.who].some((w) => w.startsWith('body '));
  if (body(pa) !== body(pb)) return false;
  const names = (p: EventProfile) => p.persons.size + p.unlisted.length > 0;
  if (pa.level !== pb.level && (names(pa) || names(pb))) return false;
  // The delegations are any round's own ("the leaders agreed that the delegations will meet");
  // the leaders, the ministers or the experts named on one side only are another format ("the
  // leaders will meet again" / "the next round of talks").
  const format = (p: EventProfile) => (p.who.has('delegations') ? new Set<string>() : p.who);
  if (!same(format(pa), format(pb))) return false;
  // The one planned occasion its source announces that "the next" one may be.
  const alone = (p: Passage, next: EventProfile) =>
    !otherFits(
      p,
      (s) => {
        const ps = eventProfile(s, roster);
        return ps?.planned === true && ps.cls === next.cls && !setApart(ps, next, roster);
      },
      roster,
    );
  return (pa.next || alone(a, pb)) && (pb.next || alone(b, pa));
}

/** Days apart at which two sources may give one call between the same two people two dates. */
const CALL_SLACK = 1;

/**
 * One call between the same two people that two sources date a day apart ("held a telephone
 * conversation today" in the readout, "telephoned … on 3 March" in the next day's news): a day
 * read across time zones, or counted from another publication day, is the commonest wrong date.
 * Not when either source tells of another call between them: then they are two calls.
 */
export function callMisdated(a: Passage, b: Passage, pa: EventProfile, pb: EventProfile): boolean {
  if (pa.cls !== 'call' || pb.cls !== 'call' || !pa.days || !pb.days || pa.coarse || pb.coarse) return false;
  if (pa.planned || pb.planned || !pa.ownDate || !pb.ownDate) return false;
  if (daysApart(pa.days[0], pb.days[0]) > CALL_SLACK) return false;
  const shared = [...pa.persons].filter((id) => pb.persons.has(id));
  const named = twoOfCall(pa, pb) ? pa : twoOfCall(pb, pa) ? pb : undefined;
  const both =
    shared.length >= 2
      ? shared
      : shared.length === 1 && named
        ? [...named.persons]
        : shared.length === 1
          ? peopleOfOneCall(pa, pb)
          : [];
  if (both.length < 2) return false;
  // Another call of theirs on another day, though its own clause names them only as "the two".
  const anotherCall = (p: Passage) =>
    (p.siblings ?? []).some((s) => {
      const call = eventOf(s);
      if (s === p || !call || eventClass(call.data.eventKind) !== 'call') return false;
      const mine = eventOf(p)?.data.date;
      return call.data.date !== mine && both.every((id) => call.data.participants.includes(id));
    });
  return !anotherCall(a) && !anotherCall(b);
}

/**
 * Whether `two` names the call's two people and `one` names one of them in its clause and the
 * other elsewhere in its sentence ("recalling that he had held a telephone conversation with
 * President X", the subject named before): both tell the same two on the line.
 */
const twoOfCall = (two: EventProfile, one: EventProfile): boolean =>
  two.persons.size === 2 && one.persons.size === 1 && [...two.persons].every((id) => one.named.has(id));

/**
 * The people of one call told in two ways: each clause names some of them and its sentence the
 * rest ("spoke with Prime Minister X" / "conversation of President Y with the Crown Prince,
 * Prime Minister X"): every person either clause names is named in the other's sentence.
 */
function peopleOfOneCall(pa: EventProfile, pb: EventProfile): string[] {
  const all = new Set([...pa.persons, ...pb.persons]);
  const told =
    [...pa.persons].every((id) => pb.named.has(id)) && [...pb.persons].every((id) => pa.named.has(id));
  return told ? [...all] : [];
}

const TEAMS = /\b(?:delegations?|teams?|negotiators|experts|officials)\b/i;

/**
 * One encounter of the same principals at one place that two sources date a day apart, one
 * saying they "met", the other that they "held talks" (or both "met"): the same two people or
 * more, named in each clause, and nobody else. One of the dates is wrong.
 */
export function encounterMisdated(
  a: Passage,
  b: Passage,
  pa: EventProfile,
  pb: EventProfile,
  samePlace: boolean,
): boolean {
  if (pa.cls !== 'meeting' || pb.cls !== 'meeting' || !samePlace || !pa.days || !pb.days) return false;
  // Their delegations' talks are a round of their own, which may run on after the leaders met.
  if (TEAMS.test(a.text) || TEAMS.test(b.text)) return false;
  if (pa.coarse || pb.coarse || pa.planned || pb.planned || !pa.ownDate || !pb.ownDate) return false;
  const talks = (p: EventProfile) => p.level === undefined || p.level === 'round';
  if (!talks(pa) || !talks(pb) || pa.level === pb.level || pa.who.size > 0 || pb.who.size > 0) return false;
  if (pa.persons.size < 2 || !same(pa.persons, pb.persons) || pa.unlisted.length + pb.unlisted.length > 0)
    return false;
  return daysApart(pa.days[0], pb.days[0]) <= CALL_SLACK;
}

// A text named as such: "the Gannet Bank Accord", "the Drava Protocol".
const TEXT_NAME =
  /\b(?:\p{Lu}[\p{L}'’-]+\s+){1,4}(?:Accord|Agreement|Treaty|Protocol|Memorandum|Convention|Declaration|Charter)\b/gu;
/** The texts a passage names by their name, read once. */
export const textsNamed = perPassage(
  (p) => new Set(allMatches(TEXT_NAME, p.text).map((m) => m[0].replace(/^(?:The|the)\s+/, ''))),
);
/** Whether two signings are of one named text: a text is signed once. */
export const signOneText = (a: Passage, b: Passage, roster: Roster) =>
  meets(textsNamed(a, roster), textsNamed(b, roster));

/**
 * Whether two reports of one class are of two occasions by their days: each dates its own
 * event to the day, the days are more than a misdating apart, and no rule for one occasion
 * misdated holds. A
 * president's weekly calls with the same counterpart, a meeting in one town a month apart:
 * readouts word each alike ("spoke with … by phone today"), and only the day tells them apart.
 */
export function datedApart(a: Passage, b: Passage, roster: Roster): boolean {
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!pa || !pb || pa.cls !== pb.cls || !pa.ownDate || !pb.ownDate) return false;
  if (pa.coarse || pb.coarse || timing(pa, pb) !== 'apart' || !pa.days || !pb.days) return false;
  // A day or two apart may be one occasion misdated (a day read across time zones, a weekday
  // counted from another publication day): the words are then the only tie left.
  const gap = Math.min(daysApart(pa.days[0], pb.days[1]), daysApart(pa.days[1], pb.days[0]));
  if (gap <= MISDATED_SLACK) return false;
  const samePeople = meets(pa.persons, pb.persons) || sameLeaders(pa, pb, roster);
  const samePlace = placesMeet(placesTold(a, pa), placesTold(b, pb));
  // Tied by nothing, they may be anything: only the same people or place make them two of one series.
  if (!samePeople && !samePlace) return false;
  return !(
    misdated(pa, pb, samePeople, samePlace, signOneText(a, b, roster)) ||
    callMisdated(a, b, pa, pb) ||
    encounterMisdated(a, b, pa, pb, samePlace) ||
    nextOccasion(a, b, pa, pb, roster)
  );
}

/**
 * Whether one report tells as done an event its source wrote of before the other report's
 * event took place ("The delegations met in Fjellby for six hours", 5 March / "met in Fjellby
 * again today", 20 March): a source cannot report an occasion that had not yet happened.
 */
export function toldBeforeIt(a: Passage, b: Passage, roster: Roster): boolean {
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!pa || !pb || pa.cls !== pb.cls || pa.planned || !a.published) return false;
  if (pb.days === undefined || pb.coarse || pb.days[0] <= a.published) return false;
  // Tied by the same people or place: two of one series, not two events named in passing.
  const samePeople = meets(pa.persons, pb.persons) || sameLeaders(pa, pb, roster);
  return samePeople || placesMeet(placesTold(a, pa), placesTold(b, pb));
}
