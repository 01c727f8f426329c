// Across sources, events: two event claims that are one real event, a sentence that reports
// an event without naming it as the engine reads events, and two dates given to one event.
// Two reports are one event when they are of one class, their days can meet, nothing they
// say sets them apart (another level, another kind of participant, another form or part of
// the day, another number in a series, another place, other people) and something ties
// them (a person, a place, a qualifier or a number they share, or one names nobody at all).
import { mayBeAmong } from './counterparts.ts';
import { findDates } from './dates.ts';
import { toldInHistory } from './deadlineMoves.ts';
import { dueApart, oneAct, oneAttainment, thingsApart } from './deadlines.ts';
import { entityMentions } from './entities.ts';
import { daysApart, type EventProfile, eventProfile, overlap } from './eventProfile.ts';
import { NEXT_SLACK } from './eventWeeks.ts';
import { buildGazetteer } from './gazetteer.ts';
import { heldBeforeNext } from './heldBeforeNext.ts';
import {
  datesOf,
  eventClass,
  holdsWord,
  namedIn,
  perPassage,
  sameOrdinals,
  sharedWords,
} from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import { repliesMoved, signingMoved } from './singularMoves.ts';
import type { Roster } from './types.ts';
import { datelineTowns, isWireDateline } from './wireDatelinePlace.ts';

/** Word similarity at which two planned events at one place are one. */
const LINK = 0.3;
/** Days apart at which two announcements of one planned event still are one (14 vs 15 November). */
const PLANNED_SLACK = 3;

const NOT_WHAT = /^(?:agre|final|draft)$/;

const meets = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));
const same = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));
/** Both say something of the kind, and nothing alike. */
const differ = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && !meets(a, b);

type EventClaim = Extract<NonNullable<Passage['claim']>, { kind: 'event' }>;
const eventOf = (p: Passage): EventClaim | undefined => (p.claim?.kind === 'event' ? p.claim : undefined);

/** Places that are venues, not the parties themselves ("visit Sundhaven" and "in Lorne" may be one trip). */
function venues(places: Set<string>, roster: Roster): Set<string> {
  if (places.size === 0) return places;
  const parties = partyNames(roster);
  return new Set([...places].filter((p) => !parties.has(p)));
}

/**
 * Whether two reports put an event in two places: two towns, or two buildings. A building and
 * a town say nothing against each other ("at the Secretariat" / "in Ottavel"): the one may be
 * in the other.
 */
function placesDiffer(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  const [ta, tb] = [townsOf(pa, roster), townsOf(pb, roster)];
  return (ta.size > 0 && tb.size > 0 && !placesMeet(ta, tb)) || differ(pa.buildings, pb.buildings);
}

// A profile's towns, read once per roster: every pair of events of one class is compared.
const townsMemo = new WeakMap<EventProfile, { roster: Roster; towns: Set<string> }>();
function townsOf(p: EventProfile, roster: Roster): Set<string> {
  const memo = townsMemo.get(p);
  if (memo?.roster === roster) return memo.towns;
  const towns = new Set([...venues(p.places, roster)].filter((x) => !p.buildings.has(x)));
  townsMemo.set(p, { roster, towns });
  return towns;
}

/**
 * Whether two reports name one place: the same name, or one name the other's with more words
 * after it ("Marbeck" and "Marbeck Palace"; "Marbeck TOMORROW", where a post's capitals ran on
 * into the name read).
 */
function placesMeet(a: Set<string>, b: Set<string>): boolean {
  const within = (x: string, y: string) => x === y || x.startsWith(`${y} `);
  return [...a].some((x) => [...b].some((y) => within(x, y) || within(y, x)));
}

// Asked once per pair of events: read once per roster. Who is a person, and of which party,
// the gazetteer already says.
const partyNamesOf = new WeakMap<Roster, Set<string>>();
function partyNames(roster: Roster): Set<string> {
  let names = partyNamesOf.get(roster);
  if (!names) {
    names = new Set(roster.parties.flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase())));
    partyNamesOf.set(roster, names);
  }
  return names;
}

/** What sets two reports of one class apart, if anything does. */
function setApart(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  if (pa.level && pb.level && pa.level !== pb.level) return true;
  if (differ(pa.who, pb.who) || differ(pa.form, pb.form)) return true;
  if (leadersAndOffices(pa, pb, roster) || leadersAndOffices(pb, pa, roster)) return true;
  // A part of the day sets two meetings apart, not a round that runs over days.
  if (pa.level !== 'round' && pb.level !== 'round' && differ(pa.part, pb.part)) return true;
  if (pa.ordinal && pb.ordinal && pa.ordinal !== pb.ordinal) return true;
  // A visit is told by where it went: trips to two towns are two trips ("visited Kessel" /
  // "was in Fjellby yesterday"), as meetings in two towns are two meetings.
  if ((pa.cls === 'meeting' || pa.cls === 'visit') && placesDiffer(pa, pb, roster)) return true;
  return withOtherPeople(pa, pb, roster);
}

/**
 * Each names someone the other does not: two calls, or two meetings, with different people.
 * Not two rounds of talks, nor two signings: a round holds delegations, a signing its
 * signatories and witnesses, and each source names whom it quotes or its own side.
 */
export function withOtherPeople(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  const gatherings = pa.level === pb.level && (pa.level === 'round' || pa.level === 'signing');
  return (pa.cls === 'meeting' || pa.cls === 'call') && !gatherings && otherPeople(pa, pb, roster);
}

/**
 * Whether two reports tell of meetings, or calls, of different people: each names someone the
 * other does not. Where the two clauses share nobody, the clause may have caught only part of
 * a list ("between the President of Arlisk, Oren Talvik, and the Prime Minister of Vesmor, Ismet
 * Corvalho"), so a person the other sentence names anywhere counts as named; where they share
 * one person, the others are that person's other counterparts (the Prime Minister's call with
 * Dahl and Kostal's call with Dahl are two calls).
 */
function otherPeople(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  // People off the roster count too ("Chancellor Weber", "the Prime Minister"), where the other
  // report names both ends of its event and neither may be them: beside one name alone ("after
  // her call with Vedrenne"), "the President's call" may be of the one it leaves unnamed.
  const people = buildGazetteer(roster).personById;
  const officeOf = (id: string) => people.get(id)?.office ?? '';
  const bothEnds = (y: EventProfile) => y.persons.size + y.unlisted.length >= 2;
  const offRoster = (x: EventProfile, y: EventProfile, named: Set<string>) =>
    bothEnds(y) &&
    x.unlisted.some((c) => !mayBeAmong(c, new Set([...y.persons, ...named]), y.unlisted, officeOf));
  // A leader named only by the side's bare title ("the President's call") is the other end
  // only of a report that names both: beside "her call with the Prime Minister" it may be "her".
  const strangers = (x: EventProfile, y: EventProfile, named: Set<string>) =>
    [...x.persons].some(
      (p) =>
        (!x.titled.has(p) || bothEnds(y)) &&
        !y.persons.has(p) &&
        !named.has(p) &&
        !y.unlisted.some((c) => mayBeAmong(c, new Set([p]), [], officeOf)),
    ) || offRoster(x, y, named);
  const none = new Set<string>();
  const lists = !meets(pa.persons, pb.persons);
  return strangers(pa, pb, lists ? pb.named : none) && strangers(pb, pa, lists ? pa.named : none);
}

/** Whether two reports of one class describe alike what they tell: the same level, form and part of the day, or less. */
function fits(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  // The cheap tests first: a source's events are each tried against every fitting pair's (onlyFit).
  if (pa.cls !== pb.cls || pa.level !== pb.level) return false;
  if (!pa.days || !pb.days || !overlap(pa.days, pb.days) || !same(pa.form, pb.form)) return false;
  return !setApart(pa, pb, roster);
}

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
 * Whether the source of `p` reports another event that `accepts` takes: one that is not `p`'s
 * own event told again (a headline and its body, "the round" and "the talks" of one span).
 */
function otherFits(p: Passage, accepts: (s: Passage) => boolean, roster: Roster): boolean {
  const own = eventProfile(p, roster)!;
  return (p.siblings ?? []).some(
    (s) => s !== p && s.span[0] !== p.span[0] && accepts(s) && !fitsProfile(s, own, roster),
  );
}

const fitsProfile = (p: Passage, other: EventProfile, roster: Roster) => {
  const profile = eventProfile(p, roster);
  return profile !== undefined && fits(profile, other, roster);
};

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
 * Reports of two negotiations: each names two sides or more, by name or through their people,
 * and none in common ("the leaders' call" of Marivel and Kostra is not Myrland's call with
 * Tiranor). One side alone says little: a sentence names a mediator or a host in passing.
 */
function otherParties(x: EventClaim, y: EventClaim, roster: Roster): boolean {
  const sides = (c: EventClaim) =>
    new Set(c.data.participants.map((id) => buildGazetteer(roster).personById.get(id)?.party || id));
  const [a, b] = [sides(x), sides(y)];
  return a.size >= 2 && b.size >= 2 && !meets(a, b);
}

// Offices that head a state or a government: a negotiation's "leaders" are its parties' heads.
const HEAD =
  /^(?:president|prime minister|premier|chancellor|king|queen|emir|head of (?:state|government))\b/i;

/**
 * Whether two reports are of one negotiation's leaders: one says "the leaders" (or "the summit")
 * and the other names two heads of state or government ("the leaders agreed to meet in person" /
 * "President Solenne and Prime Minister Olenko intend to meet in Sallow"), or both say "the
 * leaders" of an event both announce, or both tell as done — one plan, not a past meeting and a
 * coming one.
 */
function sameLeaders(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  const says = (p: EventProfile) => p.who.has('leaders');
  const people = buildGazetteer(roster).personById;
  const heads = (p: EventProfile) =>
    [...p.persons].filter((id) => HEAD.test(people.get(id)?.office ?? '')).length >= 2;
  if (says(pa) && says(pb)) return pa.planned === pb.planned;
  return (says(pa) && heads(pb)) || (says(pb) && heads(pa));
}

// Offices below the leaders that sources name in the plural ("the foreign ministers", "the chiefs of staff").
const OFFICES = ['ministers', 'aides'];

/**
 * Whether one report is of the leaders, named as heads of state or government and no office
 * beside them, and the other of an office below them named in the plural ("President Kostal
 * spoke with President Varin" / "the Arvenian and Torvanian foreign ministers spoke by phone
 * today"): around a leaders' call or summit their ministers and aides meet and call too. One
 * source putting both in one ("the presidents, joined by their foreign ministers") names the office.
 */
function leadersAndOffices(leaders: EventProfile, offices: EventProfile, roster: Roster): boolean {
  const tiers = (p: EventProfile) => OFFICES.some((o) => p.who.has(o));
  if (!tiers(offices) || offices.who.has('leaders') || tiers(leaders)) return false;
  const people = buildGazetteer(roster).personById;
  const heads = [...leaders.persons].filter((id) => HEAD.test(people.get(id)?.office ?? ''));
  const headsOnly = heads.length >= 2 && heads.length === leaders.persons.size;
  // The offices' own people, where named, are no heads ("foreign ministers Solberg and Lind").
  const headsThere = [...offices.persons].some((id) => HEAD.test(people.get(id)?.office ?? ''));
  return (headsOnly || leaders.who.has('leaders')) && !headsThere;
}

type Timing = 'meet' | 'near' | 'apart' | 'unknown';

/** Whether two reports' days can be one event's: spans that meet, or one plan announced for two close days. */
function timing(pa: EventProfile, pb: EventProfile): Timing {
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
function misdated(
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
function nextOccasion(a: Passage, b: Passage, pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
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
function callMisdated(a: Passage, b: Passage, pa: EventProfile, pb: EventProfile): boolean {
  if (pa.cls !== 'call' || pb.cls !== 'call' || !pa.days || !pb.days || pa.coarse || pb.coarse) return false;
  if (pa.planned || pb.planned || !pa.ownDate || !pb.ownDate) return false;
  if (daysApart(pa.days[0], pb.days[0]) > CALL_SLACK) return false;
  const shared = [...pa.persons].filter((id) => pb.persons.has(id));
  const named = twoOfCall(pa, pb) ? pa : twoOfCall(pb, pa) ? pb : undefined;
  const both = shared.length >= 2 ? shared : shared.length === 1 && named ? [...named.persons] : [];
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

const TEAMS = /\b(?:delegations?|teams?|negotiators|experts|officials)\b/i;

/**
 * One encounter of the same principals at one place that two sources date a day apart, one
 * saying they "met", the other that they "held talks" (or both "met"): the same two people or
 * more, named in each clause, and nobody else. One of the dates is wrong.
 */
function encounterMisdated(
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
const textsNamed = perPassage(
  (p) => new Set(allMatches(TEXT_NAME, p.text).map((m) => m[0].replace(/^(?:The|the)\s+/, ''))),
);
/** Whether two signings are of one named text: a text is signed once. */
const signOneText = (a: Passage, b: Passage, roster: Roster) =>
  meets(textsNamed(a, roster), textsNamed(b, roster));

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

/**
 * Deadlines: one limit the sources may date apart (a contradiction worth flagging) when
 * they say it in like words or set it for one act (deadlines.ts); on one day, one limit when
 * they share a party or a word, or nothing they say is due sets them apart.
 */
function deadlinesMatch(a: Passage, b: Passage, x: EventClaim, y: EventClaim, roster: Roster): boolean {
  // On one day, also when one says too little of what is due to tell it from the other ("NEW
  // DEADLINE IS MARCH 21" / "sign the framework no later than March 21").
  if (x.data.date && x.data.date === y.data.date)
    return (
      x.data.participants.some((p) => y.data.participants.includes(p)) ||
      sharedWords(a, b) >= 1 ||
      !dueApart(a, b, roster)
    );
  // A limit told by a span from a day the source does not date ("within ten days of the end of
  // this round") is the one others give a day, when more of the words are alike and what is
  // due is not another thing.
  if (x.data.date === undefined || y.data.date === undefined)
    return (
      (x.data.date !== undefined || y.data.date !== undefined) &&
      sharedWords(a, b, NOT_WHAT) >= 3 &&
      !dueApart(a, b, roster)
    );
  // A later day told once the earlier had passed is the limit set after it lapsed, not the
  // same limit dated otherwise: "a ceasefire by 31 March" (1 March), "by 30 April" (5 April).
  // Where either tells the limit's history ("the original 14 March date", "extended to 25
  // March"), the two are states of one limit, and that source ties them.
  // The deadline for replies, moved between the two days as some source tells: one limit.
  if (repliesMoved(a, b, x.data.date, y.data.date)) return !thingsApart(a, b, roster);
  const history = HISTORY.test(a.text) || HISTORY.test(b.text);
  if (
    !history &&
    (lapsed(x.data.date, b.published, y.data.date) || lapsed(y.data.date, a.published, x.data.date))
  )
    return false;
  if (toldInHistory(a, b, roster)) return !thingsApart(a, b, roster);
  return sharedWords(a, b, NOT_WHAT) >= 2 || oneAct(a, b, roster) || oneAttainment(a, b, roster);
}

// Words that tell a limit was set anew: its first day, its move, the day it is now.
const HISTORY =
  /\b(?:original(?:ly)?|first set|new (?:deadline|date)|extended|extension|postponed|pushed back|put back|moved|deferred|delayed|brought forward|replaced|revised|now)\b/i;
/** Whether a limit's `day` had passed when another source, that gives the later `other`, wrote. */
const lapsed = (day: string, published: string | undefined, other: string) =>
  published !== undefined && day < published && other > day;

// A wire's dateline: the town in capitals that opens its first sentence ("SAINT-AUBEL, Nov 24
// (Compass Press) - …", "FJELLBY, 5 March —").
const DATELINE = /^(\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*)?),\s/u;

/**
 * The places a report puts its event in: those its clause names, else the town of the dateline
 * its sentence opens with — a wire writes its lead's event where it is datelined ("SAINT-AUBEL,
 * Nov 24 - Negotiators … sat down on Tuesday" is a round in Saint-Aubel) — else the place the
 * event was read with, where the sentence names it past the event's own clause ("the talks …,
 * following the first round hosted by Khazreen in Al Sawda").
 */
function placesTold(p: Passage, profile: EventProfile): Set<string> {
  if (profile.places.size > 0) return profile.places;
  const town = DATELINE.exec(p.text)?.[1];
  if (town && town.length > 2) return new Set([town.toLowerCase()]);
  const apart = datelineTowns(p);
  if (apart) return apart;
  // Only a round is named by its place this way: a meeting or a visit may be read with a place
  // the sentence names for something else.
  const place = profile.level === 'round' ? eventOf(p)?.data.place : undefined;
  return place ? new Set([place.toLowerCase()]) : profile.places;
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
  if (pa.cls !== pb.cls) return visitForMeeting([x, y], [pa, pb], isPerson);
  if (pa.cls === 'deadline') return deadlinesMatch(a, b, x, y, roster);
  if (setApart(pa, pb, roster) || otherParties(x, y, roster)) return false;
  if (heldBeforeNext(pa, pb, a.published) || heldBeforeNext(pb, pa, b.published)) return false;
  // Signings of two texts named apart ("the Drava Accord", "the Osterby Protocol") are two.
  const signings = pa.level === 'signing' && pb.level === 'signing';
  if (signings && differ(textsNamed(a, roster), textsNamed(b, roster))) return false;
  const when = timing(pa, pb);
  const samePeople = meets(pa.persons, pb.persons) || sameLeaders(pa, pb, roster);
  const samePlace = placesMeet(placesTold(a, pa), placesTold(b, pb));
  if (when === 'apart')
    return (
      misdated(pa, pb, samePeople, samePlace, signings && signOneText(a, b, roster)) ||
      callMisdated(a, b, pa, pb) ||
      encounterMisdated(a, b, pa, pb, samePlace) ||
      nextOccasion(a, b, pa, pb, roster) ||
      (!placesDiffer(pa, pb, roster) && signingMoved(a, b, pa, pb))
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

/** Two dates given to one event, unless its days, as either source tells them, hold both. */
export function eventDates(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [eventOf(a), eventOf(b)];
  const [pa, pb] = [eventProfile(a, roster), eventProfile(b, roster)];
  if (!x || !y || !pa?.days || !pb?.days || pa.coarse || pb.coarse) return undefined;
  const [dx, dy] = [x.data.date, y.data.date];
  if (!dx || !dy || dx === dy) return undefined;
  // A round's days may overlap though its sources give two opening days ("from 23 to 25
  // November" / "opening the talks on Tuesday, 24 November"): one of them is wrong.
  const [ox, oy] = [pa.opening, pb.opening];
  if (ox && oy && ox !== oy) return `the same ${x.data.eventKind} opening on ${ox} and on ${oy}`;
  if (overlap(pa.days, pb.days)) return undefined;
  return `the same ${x.data.eventKind} on ${dx} and on ${dy}`;
}

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
