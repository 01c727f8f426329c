// Who was in the room, read from the presence verb's own subject: "representatives of the Union
// did not take part in the session", "the Union, whose representatives joined us for the second
// session", "no Torvanian official took part in the talks", "Torvania was represented at the
// Wednesday session", "were actively present in Fjellby", "sat with us at the table". Sources
// word a third party's seat at the talks every way, and the one who tells it (a spokesperson
// quoted, a minister named) is no one said to be there: namedPresence.ts reads every person a
// sentence names as present. Two passages that seat or unseat one party or person at one
// occasion are about one thing, whether they agree or not.
import { asks } from './assertion.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { partiesByAdjective } from './held.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { type Occasion, occasionIn, oneOccasion } from './presenceOccasion.ts';
import type { Roster } from './types.ts';

export interface Seat {
  /** The parties or people said to be there or not. */
  who: string[];
  present: boolean;
  occasion: Occasion;
}

const PRESENT =
  /\b(?:attended|took part|participated|sat in(?: on)?|sat (?:with (?:us|them) )?(?:at the table|in the room)|(?:was|were) (?:also |actively |physically |there and )?(?:present|represented|in the room|at the table)|joined (?:us|them|the (?:talks|session|meeting|round|negotiations|discussions?)))\b/i;
const ABSENT =
  /\b(?:(?:did not|didn't|never|will not|won't|would not) (?:take part|attend|participate|join|sit in)|(?:was|were)(?: not|n't| never) (?:present|represented|in the room|at the table|a party to the (?:talks|negotiations|session|meeting)|part of the (?:talks|negotiations|session|meeting))|stayed away)\b/i;
// "Nobody from Torvania sat in the room", "no Torvanian official took part": the party in between.
const NOBODY =
  /\b(?:nobody|no one|no (?:[\p{L}-]+ ){0,2}(?:officials?|representatives?|ministers?|delegates?|observers?|envoys?|diplomats?))\b([^.;:!?]{0,50}?)\s(?:sat|took part|attended|was present|were present|participated|was in the room|were in the room)\b/iu;
// A relative clause set off by commas says something else of the subject: "the Union, whose
// territory carries the line, was represented"; "Union envoys, who had criticised the plan, were present".
const RELATIVE = /,\s*(?:who|whose|which)\b[^,;.]*,/gi;
// Where the subject's clause starts: a stop, a "that", a verb of saying.
const CLAUSE_START = /[.;:!?]|\b(?:that|said|says|told|tells|but|while|whereas|adding|stressed|noted)\b/gi;
const SUBJECT_REACH = 110;
// The room is a meeting's, though the sentence names no meeting.
const ROOM = /\b(?:in the room|at the table)\b/i;

/**
 * The one a clause names last, as the subject of the verb after it: a person or a party by name,
 * else a party by its adjective. "…supported the efforts of Norland and had attended": a name
 * before an "and" is another verb's object, not this one's subject.
 */
function lastNamed(clause: string, roster: Roster): string | undefined {
  const named = entityMentions(clause, roster).at(-1);
  if (named) return /\band\b/i.test(clause.slice(named.end)) ? undefined : (named.person ?? named.party);
  const adjectives = [...partiesByAdjective(clause, roster)];
  return adjectives.length === 1 ? adjectives[0] : undefined;
}

// "Attended by the ministers of both countries": those after "by" were there.
const BY_AGENT = /^\s+by\b([^.;:!?]{1,120})/i;

/** Who a sentence seats at an occasion or says was not there, read from the verb's subject. */
export function readSeat(text: string, roster: Roster): { who: string[]; present: boolean } | undefined {
  const nobody = NOBODY.exec(text);
  if (nobody) {
    const who = lastNamed(nobody[0], roster);
    return who ? { who: [who], present: false } : undefined;
  }
  const absent = ABSENT.exec(text);
  const verb = absent ?? PRESENT.exec(text);
  if (!verb) return undefined;
  const by = absent ? null : BY_AGENT.exec(text.slice(verb.index + verb[0].length));
  if (by) {
    const agents = entityMentions(by[1]!, roster).map((e) => e.person ?? e.party);
    return agents.length > 0 ? { who: [...new Set(agents)], present: true } : undefined;
  }
  let before = text.slice(Math.max(0, verb.index - SUBJECT_REACH), verb.index).replace(RELATIVE, ' ');
  // "the Union, whose representatives joined us": the party the relative pronoun stands for.
  const whose = /^(.*?)\b(?:whose|who)\b[^,;.]*$/i.exec(before);
  if (whose && !lastNamed(before.slice(whose[1]!.length), roster)) before = whose[1]!.replace(/,\s*$/, ' ');
  const starts = [...before.matchAll(CLAUSE_START)].at(-1);
  const clause = starts ? before.slice(starts.index + starts[0].length) : before;
  const who = lastNamed(clause, roster);
  return who ? { who: [who], present: absent === null } : undefined;
}

export const seatOf = perPassage((p, roster): Seat | undefined => {
  if (asks(p)) return undefined;
  const said = readSeat(p.text, roster);
  if (!said) return undefined;
  const occasion =
    occasionIn(p.text, p.published) ?? (ROOM.test(p.text) ? { kind: 'meeting', days: [] } : undefined);
  return occasion ? { ...said, occasion } : undefined;
});

/** The one both say of: a person stands for their party where the other names the party. */
function oneSubject(xs: string[], ys: string[], roster: Roster): string | undefined {
  const people = buildGazetteer(roster).personById;
  for (const x of xs)
    for (const y of ys) {
      if (x === y) return x;
      const [px, py] = [people.get(x), people.get(y)];
      if (px && !py && px.party === y) return y;
      if (py && !px && py.party === x) return x;
    }
  return undefined;
}

/** Whether two passages say one party or person was, or was not, at one occasion: the link's reason. */
export function oneSeat(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [seatOf(a, roster), seatOf(b, roster)];
  if (!x || !y || !oneOccasion(a, x.occasion, b, y.occasion, true)) return undefined;
  const who = oneSubject(x.who, y.who, roster);
  return who ? `whether ${who} was at the ${x.occasion.kind}` : undefined;
}

/**
 * Whom one passage seats at an occasion and the other says was not there ("delegates of the
 * Union attended Sunday's meeting" / "on Sunday the Union delegation was not in the room"): the same day
 * exactly, as sessions a day apart are two, each with its own room.
 */
export function seatsApart(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [seatOf(a, roster), seatOf(b, roster)];
  if (!x || !y || x.present === y.present || !oneOccasion(a, x.occasion, b, y.occasion, false))
    return undefined;
  return oneSubject(x.who, y.who, roster);
}
