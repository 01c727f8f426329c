// Who a passage says took part in an occasion, or did not: named people and parties ("attended",
// "was not in the room"), those in a role there (chair, host, witness), and an occasion said to
// have had no one else ("one-to-one"). Split out of claimFrames.ts; moved verbatim.
import { DAY_MS } from '../core/calendar.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { partiesByAdjective } from './held.ts';
import { perPassage } from './linkSupport.ts';
import { toldInOtherFormat } from './meetingFormats.ts';
import { onTheLine } from './onTheLine.ts';
import type { Passage } from './passages.ts';
import { allMatches, lastMatch } from './regex.ts';
import type { Roster } from './types.ts';

// Who took part: "attended", "was present", "took part", "as an observer"; and who did not. "Was
// (not) on the line" says it of a call, unless it says what is at stake (onTheLine.ts).
const ABSENT =
  /\b(?:did not|didn't|does not|doesn't|will not|won't|would not|could not|couldn't|not) (?:attend|take part|participate|join)\b|\b(?:was|were) (?:absent|not present|not represented|unrepresented|not in the room|not at the (?:table|meeting|talks|signing))\b|\bstayed away\b|\bskipped\b/i;
const PRESENT =
  /\b(?:attended|attends|was present|were present|took part|takes part|participated|observer|sat in on|(?:was|were) represented by|(?:was|were) in the room|joined the (?:call|conversation|meeting|talks|session|negotiations))\b/i;
// Taking part is said as often by the role held there: who chaired, facilitated, moderated,
// mediated or hosted an occasion, or witnessed a signing, was at it. The role holder is the
// verb's own argument: the agent after "by" ("facilitated by the Special Envoy, Henrik Dahl"),
// the person after "in the presence of", else the subject just before ("Dahl chaired"); "the
// talks hosted by Tyrrhen" puts no one else the sentence names at the talks.
const ROLE =
  /\b(?:(?:co-)?chaired|facilitated|moderated|mediated|hosted|presided over|witnessed)(?:\s+by\b)?|\b(?:in the presence of|with the participation of|under the chairmanship of|(?:trilateral|three-way|expanded|enlarged) format,?\s+with)\b/gi;
const ROLE_ARGUMENT = 60;
const ROLE_SUBJECT_GAP = 30;
/** The people a passage names in a role at an occasion: chair, host, facilitator, witness. */
function roleHolders(p: Passage, roster: Roster): string[] {
  const roles = allMatches(ROLE, p.text);
  if (roles.length === 0) return [];
  const people = entityMentions(p.text, roster).filter((e) => e.person !== undefined);
  const out = new Set<string>();
  for (const m of roles) {
    const end = m.index + m[0].length;
    if (/(?:by|of|with)$/i.test(m[0])) {
      const stop = p.text.slice(end).search(/[.;]/);
      const until = end + Math.min(ROLE_ARGUMENT, stop === -1 ? Number.POSITIVE_INFINITY : stop);
      for (const e of people) if (e.index >= end && e.index < until) out.add(e.person!);
    } else {
      const before = people.filter((e) => e.end <= m.index && m.index - e.end <= ROLE_SUBJECT_GAP).at(-1);
      if (before) out.add(before.person!);
    }
  }
  return [...out];
}
// An occasion said to have had no one but those it names: "held one-to-one by the two
// leaders, no third party taking part", "they met one on one with no aides", "without the mediator",
// "only the two envoys and a note-taker were on the line" (the two the whole subject:
// "only two of the five ministers were on the call" says nothing of others).
const EXCLUSIVE =
  /\b(?:one[- ]to[- ]one|one[- ]on[- ]one|t[eê]te[- ][aà][- ]t[eê]te|just the two of (?:us|them)|without (?:any )?(?:aides|advisers|advisors|delegations|interpreters|third parties|(?:the |a )?mediators?)|no (?:third party|one else|other participants?) (?:took part|was present|attended|joined)|(?:no one|nobody) else (?:was )?(?:present|in the room)|only (?:the )?two (?:(?!of\b)[\w'’-]+ ){1,6}?were on the (?:line|call))\b/i;
// A signature block's line names who was at the signing, though it ends in no stop: "Witnessed
// by: Henrik Dahl", "For Arvenia: Mira Kostal".
export const SIGNATURE_LINE =
  /^(?:witnessed by|signed by|in the presence of|for (?:the )?\p{Lu}[\p{L} -]{1,40}?)\s*:\s*\p{L}/iu;
// What the occasion is, to tell that both passages speak of one: a call ("the conversation",
// "spoke by phone") or a meeting ("met", "the talks", "the session").
const OCCASIONS: [string, RegExp][] = [
  ['call', /\b(?:call|calls|conversation|phone|telephone|spoke|speak)\b/i],
  ['meeting', /\b(?:meeting|met|meet|meets|talks|session|summit|t[eê]te-[aà]-t[eê]te|signing)\b/i],
];
const occasionsOf = (p: Passage) => OCCASIONS.filter(([, re]) => re.test(p.text)).map(([kind]) => kind);
/** Whether two passages name no occasions of other kinds: a call's guests are not a meeting's. */
const oneOccasionKind = (a: Passage, b: Passage) => {
  const [x, y] = [occasionsOf(a), occasionsOf(b)];
  return x.length === 0 || y.length === 0 || x.some((k) => y.includes(k));
};

const daysApart = (a: Passage, b: Passage) =>
  a.published && b.published
    ? Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS
    : Number.POSITIVE_INFINITY;

/** Who two passages both say took part, or did not, in occasions of one kind (undefined if no one). */
export function presentInBoth(
  a: Passage,
  b: Passage,
  roster: Roster,
): { who: string; agree: boolean } | undefined {
  const [pa, pb] = [presence(a, roster), presence(b, roster)];
  const who = pa && pb ? pa.who.find((x) => pb.who.includes(x)) : undefined;
  if (!who || !oneOccasionKind(a, b)) return undefined;
  const agree = pa!.present === pb!.present;
  // A chair or a host is at many occasions: two passages putting them at one must name it alike
  // and be written within days of each other.
  if (agree && (pa!.byRole || pb!.byRole) && !(occasionsOf(a).length > 0 && daysApart(a, b) <= OCCASION_DAYS))
    return undefined;
  return { who, agree };
}
// Two reports of one occasion are written within days of it.
const OCCASION_DAYS = 2;

// Asked of every pair of passages: read once per passage.
// One-on-one for a part of a meeting told in a wider format too is not the meeting as a whole.
export const exclusive = perPassage((p) => EXCLUSIVE.test(p.text) && !toldInOtherFormat(p.text));
/**
 * The person one passage says joined an occasion another says had no one else, both naming the
 * occasion alike and written within days: "Aubrac joined the conversation for its second half" /
 * "The conversation was conducted one-to-one between the two leaders".
 */
export function joinedExclusive(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = exclusive(a, roster) ? [a, b] : exclusive(b, roster) ? [b, a] : [];
  if (!x || !y || exclusive(y, roster) || !x.published || !y.published) return undefined;
  if (daysApart(x, y) > OCCASION_DAYS) return undefined;
  const ox = exclusiveOccasion(x);
  if (!occasionsOf(y).some((o) => ox.includes(o))) return undefined;
  const joined = presence(y, roster);
  if (!joined?.present) return undefined;
  // Someone the exclusive passage itself names is one of those it says were there.
  return joined.who.find((w) => !x.names.includes(w));
}
/**
 * The kind of the occasion a passage says had no one else: the occasion named nearest before the
 * words that say so ("During the conversation, held one-to-one, the two leaders discussed the
 * talks": a call, not the talks it was about); every kind it names when none stands before them.
 */
function exclusiveOccasion(p: Passage): string[] {
  const at = EXCLUSIVE.exec(p.text)?.index ?? p.text.length;
  const last = (re: RegExp) => {
    const all = [...p.text.slice(0, at).matchAll(new RegExp(re.source, 'gi'))];
    return all.at(-1)?.index ?? -1;
  };
  const nearest = OCCASIONS.map(([kind, re]) => [kind, last(re)] as const)
    .filter(([, i]) => i >= 0)
    .sort((x, y) => y[1] - x[1])[0];
  return nearest ? [nearest[0]] : occasionsOf(p);
}
// A party at the table in a role, or said to be there or not by whom it sent: "an observer from
// the Concord sat in", "the Concord was not represented".
const AS_OBSERVER =
  /\bas (?:an? )?observer\b|\bsent an observer\b|\bobserver status\b|\ban observer from\b|\b(?:not |un)?represented\b/i;

export const presence = perPassage(presenceOf);

/** Whether a passage says people took part or did not, and whom: named, or the speaker's "I". */
function presenceOf(
  p: Passage,
  roster: Roster,
): { present: boolean; who: string[]; byRole?: boolean } | undefined {
  const lines = onTheLine(p.text, roster);
  const absentVerb = ABSENT.exec(p.text)?.index ?? lines.find((l) => !l.present)?.index;
  const absent = absentVerb !== undefined;
  const verb = absent ? absentVerb : (PRESENT.exec(p.text)?.index ?? lines.find((l) => l.present)?.index);
  if (verb === undefined) {
    const holders = roleHolders(p, roster);
    return holders.length > 0 ? { present: true, who: holders, byRole: true } : undefined;
  }
  const g = buildGazetteer(roster);
  const who = p.names.filter((id) => g.personById.has(id));
  if (/\bI\b/.test(p.text) && p.speaker?.personId) who.push(p.speaker.personId);
  // "The Union attended as an observer", "which sent an observer": a party at the table in
  // that role took part, though the passage names no one of its people.
  if (who.length === 0 && AS_OBSERVER.test(p.text)) who.push(...p.names.filter((id) => g.partyById.has(id)));
  // "Saldova was not in the room", "the Saldovan envoy was present": a party named, by name or
  // adjective, in the clause before the verb is who took part, though no one of it is named.
  if (who.length === 0) who.push(...partiesBefore(p, verb, roster));
  return who.length > 0 ? { present: !absent, who } : undefined;
}

// The subject a presence verb follows, up to its clause's start: "…, and Saldova was not".
const SUBJECT_REACH = 40;
function partiesBefore(p: Passage, verb: number, roster: Roster): string[] {
  const before = p.text.slice(Math.max(0, verb - SUBJECT_REACH), verb);
  const clause = before.slice((lastMatch(/[,;:]|\b(?:that|and|but|when|while)\b/g, before)?.index ?? -1) + 1);
  const named = entityMentions(clause, roster).flatMap((e) => (e.person === undefined ? [e.party] : []));
  return [...new Set([...named, ...partiesByAdjective(clause, roster)])];
}
