// Which sides were at an occasion, by party: "Deputy Minister Vik attended on behalf of Arvenia
// as an observer", "with Kessel's State Secretary Berg attending" against "no delegate of Arvenia
// took part in the round", "the round was attended only by the two parties and the mediator",
// "attended by two delegations only - Drava and Torvania". Disputes over who was at the table are told so: one side
// names a third party's official in the room, the other says the room held the parties alone.
// A person stands for their party; "the parties" and "the mediator" are the roster's principals
// and mediators. Two such sentences are compared only of one occasion (presenceOccasion.ts: one
// kind, days a slip apart at most, or told within days of each other).
import { asks } from './assertion.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { perPassage } from './linkSupport.ts';
import { partiesByAdjective } from './offices.ts';
import { onTheLine } from './onTheLine.ts';
import type { Passage } from './passages.ts';
import { occasionIn, oneOccasion } from './presenceOccasion.ts';
import type { Roster } from './types.ts';

export interface PartyPresence {
  present: Set<string>;
  absent: Set<string>;
  /** The parties said to be the only ones there. */
  only?: Set<string>;
}

// Said there: "attended", "took part", "sat in on", "was present", "with … attending"; "was on the
// line" when it is a call's roll, not what is at stake (onTheLine.ts).
const PRESENT =
  /\b(?:attended|attending|attends|took part|taking part|sat in(?: on)?|(?:was|were) (?:also )?(?:present|at the table|in the room))\b/gi;
// Said not there: "did not take part", "were not present", "was not represented", "never attended",
// "did not send anyone", "was not invited to the session", "has not been invited to the talks";
// "was not on that call" (onTheLine.ts).
// "Present" is a state after "was not", a verb after "did not" ("did not present a proposal").
// An invitation is the occasion's only when an occasion follows "to": "not invited to the table
// until Monday" or "to comment" says nothing of who came.
const INVITED_TO = String.raw`invited\s+to\s+(?:(?:the|that|this|its|today['’]s|\p{Lu}\p{L}+['’]s)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:session|talks|meeting|round|summit|signing|ceremony|call|conference|plenary)s?`;
const ABSENT = new RegExp(
  String.raw`\b(?:(?:(?:did|do|does) not|didn't|never)\s+(?:take part|attend(?:ed)?|participate|join(?:ed)?|send\s+(?:anyone|anybody|a\s+delegation|a\s+delegate|a\s+representative|an\s+envoy))|(?:was|were)(?: not|n['’]t| never)\s+(?:present|represented|at the table|in the room|${INVITED_TO})|(?:has|have|had)(?: not|n['’]t| never)\s+been\s+(?:present|represented|${INVITED_TO}))\b`,
  'iu',
);
// The one before the verb is its subject while no clause ends between: a stop, a "that", a "said".
const CLAUSE_END = /[.;:!?]|\b(?:that|said|says|told|but|while|whereas)\b/i;
const SUBJECT_REACH = 110;
const ONLY_BY = /\b(?:attended|joined) only by ([^.;!?]{1,100})/i;
const BY_ONLY = /\b(?:attended|joined) by ([^.;!?]{1,50}?) only\b\W{0,5}([^.;!?]{0,80})/i;
// Cheap: most sentences name no one's presence.
const MAY_TELL =
  /attend|took part|take part|taking part|sat in|\bpresent\b|at the table|in the room|particip|represented|on (?:the|that) (?:line|call)|send|invited/i;
const BEHALF = /^[^.;!?]{0,40}?\bon behalf of\b/i;
const BY_WHOM = /^\s+by\b/i;
const BY_REACH = 200;
const BY_LIST_END = /[.;!?]|,\s*(?:and|but|while|whereas|which|who|where)\b/i;
const PARTIES = /\b(?:the (?:two |both )?parties|both parties|the (?:two )?sides)\b/i;
const MEDIATOR = /\b(?:the )?(?:mediators?|mediation|host)\b/i;

/** The parties a stretch of text names: by name, through a person, by adjective, or as "the parties". */
function partiesNamed(text: string, roster: Roster): Set<string> {
  const found = new Set(entityMentions(text, roster).map((m) => m.party));
  for (const id of partiesByAdjective(text, buildGazetteer(roster))) found.add(id);
  const role = (r: string) => roster.parties.filter((p) => p.role === r).map((p) => p.id);
  if (PARTIES.test(text)) for (const id of role('principal')) found.add(id);
  if (MEDIATOR.test(text)) for (const id of role('mediator')) found.add(id);
  return found;
}

/** The party whose mention stands nearest before `at` in its clause, if any. */
function subjectBefore(text: string, at: number, roster: Roster): string | undefined {
  const from = Math.max(0, at - SUBJECT_REACH);
  const before = text.slice(from, at);
  const mentions = entityMentions(before, roster);
  const last = mentions.at(-1);
  if (!last || CLAUSE_END.test(before.slice(last.end))) return undefined;
  return last.party;
}

// "No one from Torvania was in the room", "nobody from this Executive attended": the party after
// "from" was not there, and the verb after it tells no presence. "This", "our" or "my" before the
// noun is the speaker's own side, as "we" before a verb of absence is ("We were not in the room").
// Only a predicate of presence follows: "no official of the Union was available for comment" is
// the wire's formula of silence, no word on who came.
const PRESENCE_AFTER = String.raw`\s+(?=(?:(?:was|were|has been|had been)\s+(?:also\s+)?(?:present|there|represented|in attendance|at the table|in the room)|sat|attended|took part|joined)\b)`;
// So does "no official of the Union took part", "no Torvanian delegate attended": the party's
// people named by what they are, after "no", by the party or by its adjective.
const PARTY_PEOPLE = '(?:officials?|representatives?|delegates?|delegations?|diplomats?|members?|observers?)';
const NO_ONE = String.raw`(?:no one|no-one|nobody|none|no\s+${PARTY_PEOPLE})`;
const NOBODY_FROM = new RegExp(
  String.raw`\b${NO_ONE}\s+(?:from|of)\s+([^.;:!?]{1,50}?)${PRESENCE_AFTER}`,
  'i',
);
// No "i" flag, so the adjective keeps its capital ("no Torvanian delegate", not "no senior
// delegate"); a headline in capitals is not read.
const NO_ADJECTIVE_ONE = new RegExp(
  String.raw`\b[Nn]o\s+(\p{Lu}[\p{L}-]{1,30})\s+${PARTY_PEOPLE}${PRESENCE_AFTER}`,
  'u',
);
const OWN_SIDE = /^(?:this|our|my)\b/i;
const WE_BEFORE = /(?:^|[^\p{L}])we\s+$/iu;

/**
 * Who a sentence says was, was not, or alone was at an occasion, by party. `speakerParty`: the
 * party of whoever says it, for "we" and "no one from this Executive".
 */
export function readPartyPresence(
  text: string,
  roster: Roster,
  speakerParty?: string,
): PartyPresence | undefined {
  if (!MAY_TELL.test(text)) return undefined;
  const present = new Set<string>();
  const absent = new Set<string>();
  let only: Set<string> | undefined;
  const onlyBy = ONLY_BY.exec(text);
  const byOnly = onlyBy ? null : BY_ONLY.exec(text);
  if (onlyBy) only = partiesNamed(onlyBy[1]!, roster);
  else if (byOnly) only = partiesNamed(`${byOnly[1]} ${byOnly[2]}`, roster);
  const lines = onTheLine(text, roster);
  const absentVerb = ABSENT.exec(text);
  const no = absentVerb
    ? { index: absentVerb.index, end: absentVerb.index + absentVerb[0].length }
    : lines.find((l) => !l.present);
  if (no) {
    const own = WE_BEFORE.test(text.slice(Math.max(0, no.index - 20), no.index)) ? speakerParty : undefined;
    const who = subjectBefore(text, no.index, roster) ?? own;
    if (who) absent.add(who);
  }
  const nobody = NOBODY_FROM.exec(text) ?? NO_ADJECTIVE_ONE.exec(text);
  const from = nobody?.[1] ?? '';
  const nobodyFrom =
    entityMentions(from, roster)[0]?.party ??
    partiesByAdjective(from, buildGazetteer(roster))[0] ??
    (OWN_SIDE.test(from) ? speakerParty : undefined);
  if (nobody && nobodyFrom) absent.add(nobodyFrom);
  const nobodyEnd = nobody ? nobody.index + nobody[0].length : -1;
  const verbs = [
    ...[...text.matchAll(PRESENT)].map((m) => ({ index: m.index, end: m.index + m[0].length })),
    ...lines.filter((l) => l.present),
  ];
  if (!only)
    for (const m of verbs) {
      if ((no && m.index >= no.index && m.index < no.end) || m.index === nobodyEnd) continue;
      const after = text.slice(m.end);
      // "attended by the ministers of both countries": those after "by", to the clause's end
      // ("…, together with a representative of Norland").
      const by = BY_WHOM.test(after)
        ? partiesNamed(after.slice(0, BY_REACH).split(BY_LIST_END)[0]!, roster)
        : undefined;
      if (by && by.size > 0) for (const id of by) present.add(id);
      else {
        const behalf = BEHALF.exec(after);
        const who = behalf
          ? entityMentions(after.slice(behalf[0].length, behalf[0].length + 60), roster)[0]?.party
          : subjectBefore(text, m.index, roster);
        if (who) present.add(who);
      }
    }
  for (const id of [...present])
    if (absent.has(id)) {
      present.delete(id);
      absent.delete(id);
    }
  if (present.size === 0 && absent.size === 0 && (!only || only.size === 0)) return undefined;
  return { present, absent, ...(only && only.size > 0 ? { only } : {}) };
}

export const presenceOf = perPassage((p, roster) => {
  // A journalist's premise is put to the speaker, not said.
  if (asks(p)) return undefined;
  const said = readPartyPresence(p.text, roster, p.speaker?.partyId);
  if (!said) return undefined;
  const occasion = [p.text, ...(p.setting ?? [])].map((t) => occasionIn(t, p.published)).find(Boolean);
  return occasion ? { said, occasion } : undefined;
});

const occasionOf = perPassage((p) =>
  [p.text, ...(p.setting ?? [])].map((t) => occasionIn(t, p.published)).find(Boolean),
);
/** The kind of the one occasion two passages speak of, if they speak of one (remotePresence.ts asks too). */
export function sharedOccasion(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [occasionOf(a, roster), occasionOf(b, roster)];
  return x && y && oneOccasion(a, x, b, y, true) ? x.kind : undefined;
}

function partyApart(x: PartyPresence, y: PartyPresence): string | undefined {
  for (const id of x.present) if (y.absent.has(id) || (y.only && !y.only.has(id))) return id;
  return undefined;
}

/** The party two passages disagree on at one occasion: there in one, not there (or not among the only ones) in the other. */
export function partiesApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const [pa, pb] = [presenceOf(a, roster), presenceOf(b, roster)];
  if (!pa || !pb || !oneOccasion(a, pa.occasion, b, pb.occasion, true)) return undefined;
  const there = partyApart(pa.said, pb.said);
  const id = there ?? partyApart(pb.said, pa.said);
  if (!id) return undefined;
  const [yes, no] = [`${id} at the ${pa.occasion.kind}`, `no ${id} at the ${pa.occasion.kind}`];
  return there ? [yes, no] : [no, yes];
}

/** Whether two passages say which parties were at one occasion and disagree on one (a link's reason). */
export function onePartyPresence(a: Passage, b: Passage, roster: Roster): string | undefined {
  const apart = partiesApart(a, b, roster);
  return apart ? `which parties were at the ${presenceOf(a, roster)!.occasion.kind}` : undefined;
}
