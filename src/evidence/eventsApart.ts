// What two event reports say that sets them apart (another level, kind of participant, form,
// part of the day, number, place, other people or parties) or ties them (the same leaders, one
// place told), and whether a source reports another event that fits. Split out of linkEvents.ts.
import { mayBeAmong } from './counterparts.ts';
import { type EventProfile, eventProfile, overlap } from './eventProfile.ts';
import { buildGazetteer } from './gazetteer.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';
import { datelineTowns } from './wireDatelinePlace.ts';

export const meets = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));
export const same = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));
/** Both say something of the kind, and nothing alike. */
export const differ = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && !meets(a, b);

export type EventClaim = Extract<NonNullable<Passage['claim']>, { kind: 'event' }>;
export const eventOf = (p: Passage): EventClaim | undefined =>
  p.claim?.kind === 'event' ? p.claim : undefined;

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
export function placesDiffer(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
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
export function placesMeet(a: Set<string>, b: Set<string>): boolean {
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
export function setApart(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
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
export function fits(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
  // The cheap tests first: a source's events are each tried against every fitting pair's (onlyFit).
  if (pa.cls !== pb.cls || pa.level !== pb.level) return false;
  if (!pa.days || !pb.days || !overlap(pa.days, pb.days) || !same(pa.form, pb.form)) return false;
  return !setApart(pa, pb, roster);
}

/**
 * Whether the source of `p` reports another event that `accepts` takes: one that is not `p`'s
 * own event told again (a headline and its body, "the round" and "the talks" of one span).
 */
export function otherFits(p: Passage, accepts: (s: Passage) => boolean, roster: Roster): boolean {
  const own = eventProfile(p, roster)!;
  return (p.siblings ?? []).some(
    (s) => s !== p && s.span[0] !== p.span[0] && accepts(s) && !fitsProfile(s, own, roster),
  );
}

export const fitsProfile = (p: Passage, other: EventProfile, roster: Roster) => {
  const profile = eventProfile(p, roster);
  return profile !== undefined && fits(profile, other, roster);
};

/**
 * Reports of two negotiations: each names two sides or more, by name or through their people,
 * and none in common ("the leaders' call" of Marivel and Kostra is not Myrland's call with
 * Tiranor). One side alone says little: a sentence names a mediator or a host in passing.
 */
export function otherParties(x: EventClaim, y: EventClaim, roster: Roster): boolean {
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
export function sameLeaders(pa: EventProfile, pb: EventProfile, roster: Roster): boolean {
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
export function placesTold(p: Passage, profile: EventProfile): Set<string> {
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
