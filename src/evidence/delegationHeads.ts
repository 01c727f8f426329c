// Who heads a delegation, as a passage says it: "the delegation of Tiranor, led by Benedek",
// "Hallam, who led our delegation", "head of the Saldovan delegation". Split out of
// claimFrames.ts; moved verbatim.
import { type EntityMention, entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

// "The Ostrevan side, headed by Lode": a side at the table is its delegation. "The delegation of
// Arvenia, a country of 4.5 million people, was led by Kostal": the passive names the head however
// long the apposition before it, unless a relative clause ("talks that were led by") brings its
// own subject. "The round was headed on the Arvenian side by Kostal": each side's head. A place,
// a side or a delegation's modifier is any word ("led in turn by", "head of the trade delegation"):
// under the i flag a capital could not be asked for (\p{Lu} would match any cased letter).
const LEADS =
  /\b(?:led|headed|leads|heads|lead|head|leading|heading)\b[^.]{0,50}\b(?:delegations?|teams?)\b|\b(?:delegations?|teams?)\b(?:(?!\b(?:that|which|who)\b)(?:[^.]|\.(?=\d))){0,140}?\b(?:was|were|is|are|been)\s+(?:led|headed)\s+(?:(?:in|at)\s+\p{L}[\p{L}-]*\s+)?by\b|\b(?:led|headed)\s+on\s+(?:the\s+)?\p{L}[\p{L}-]*\s+side\s+by\b|\b(?:delegations?|teams?|side),? (?:led|headed) by\b|\b(?:delegations?|teams?)\b[^.]{0,60}\b(?:led|headed)\b|\bhead of (?:the |our |its |their )?(?:\p{L}\p{L}+ )?delegation\b|\bchief negotiator\b|\b(?:delegations?|teams?) under\b|\b(?:side|talks)\b[^.]{0,20}\b(?:were|was) (?:led|headed) by\b/iu;
export const FIRM_LEAD = /\b(?:led|headed|leads|heads|lead|head)\b/i;

export const leader = perPassage(leadersOf);

/**
 * Who the passage says lead delegations: [party, person] each, a person by name or, when the
 * passage names none, by office ("the delegation of Tiranor was headed by its chief negotiator").
 * "The delegations of Belmora, led by Benedek, and of Ketheny, led by Vashti" names two.
 */
function leadersOf(p: Passage, roster: Roster): [string, string][] {
  if (!LEADS.test(p.text)) return [];
  const g = buildGazetteer(roster);
  const mentions = entityMentions(p.text, roster).filter((e) => e.person !== undefined);
  const heads = new Set(
    allMatches(LEAD_VERB, p.text).flatMap((m) => leadArgument(m, mentions, p.text, p.speaker?.personId)),
  );
  const named = p.names.filter((id) => g.personById.has(id));
  const office = mentions.find((e) => e.via === 'office')?.person;
  // A person the lead verb takes; else the one person the passage names, or an office.
  const people =
    heads.size > 0 ? [...heads] : named.length === 1 ? named : named.length === 0 && office ? [office] : [];
  return people.map((person) => [g.personById.get(person)!.party ?? '', person]);
}

// "led by X", "under X", "led in Fjellby by X", "headed on the Arvenian side by X and on the
// Torvanian side by Y" take the person after; "X, who led", "X heads", "X, head of the
// delegation" the person before; "I led" the speaker.
const LEAD_VERB =
  /\b(?:(?:led|headed)(?:\s+(?:in|at)\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?|\s+on\s+(?:the\s+)?\p{L}[\p{L}-]*\s+side)?\s+by|under)\b|\band\s+on\s+(?:the\s+)?\p{L}[\p{L}-]*\s+side\s+by\b|\b(?:led|headed|leads|heads)\b|\b(?:head|lead|heading|leading)\b(?=\s+(?:our|my|the|this)\s+(?:[\p{L}-]+\s+)?(?:delegation|team)\b)|\bhead of (?=(?:the |our |its |their )?(?:\p{L}\p{L}+ )?(?:delegation|team)\b)/giu;
const ARGUMENT_GAP = 60;
/**
 * The person a lead verb says is at the head: "a delegation led by Deputy Prime Minister
 * Hallam, and underscored that Teskaro…" names Hallam at the head, not the Secretary who
 * welcomed it; "Hallam, who led our delegation …, and Special Envoy Imbert" Hallam alone.
 */
function leadArgument(
  m: RegExpExecArray,
  mentions: EntityMention[],
  text: string,
  speaker: string | undefined,
): string[] {
  const end = m.index + m[0].length;
  if (/\b(?:by|under)$/i.test(m[0])) {
    // A name before an office: "Deputy Prime Minister Oskar Hallam" holds "Prime Minister".
    const near = mentions.filter((e) => e.index >= end && e.index - end <= ARGUMENT_GAP);
    const first = near.find((e) => e.via === 'name') ?? near[0];
    if (!first) return [];
    // "led by Tavish and Tasgari General Mirek": each delegation's head, joined by "and".
    const next = mentions.find((e) => e.index >= first.end && e.via === 'name');
    const joined = next && COORDINATED.test(text.slice(first.end, next.index));
    return [first.person!, ...(joined ? [next.person!] : [])];
  }
  // "I led our delegation", "our team, which I headed", "I am leading our delegation": the speaker
  // of the quotation; not one who led it once and no more ("I led it for years, until…").
  if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
    return speaker && !HANDED_OVER.test(text.slice(end).split(/[.;!?]/)[0]!) ? [speaker] : [];
  const before = mentions.filter((e) => e.end <= m.index);
  const prev = before.at(-1);
  if (!prev || m.index - prev.end > ARGUMENT_GAP / 2) return [];
  // "Petr Lasko, the deputy agriculture minister who led …": an office in apposition to the
  // name before it is that person's title, whoever else the office may name.
  const named = before.at(-2);
  if (prev.via === 'office' && named?.via === 'name' && APPOSITION.test(text.slice(named.end, prev.index)))
    return [named.person!];
  return [prev.person!];
}
const FIRST_PERSON_BEFORE = /\bI\s+(?:(?:personally|myself|also|then|had|have|am)\s+)?$/;
// A lead that ended: "until last spring", "before Varin took it over", "for many years".
const HANDED_OVER =
  /\b(?:until|till|before\s+[\p{L}-]+\s+took|took\s+(?:it|them)\s+over|handed\s+(?:it|them)\s+over|for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades))\b/iu;
const APPOSITION = /^,\s+(?:the|a|an|his|her|its|their)\b[\p{Ll}\s-]*$/u;
// Between two names, "and" and the second one's title: nothing else, no clause.
const COORDINATED = /^\s+and\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/u;

/** The party both passages say something of whose delegation's head, and who each says. */
export function sameDelegation(
  a: Passage,
  b: Passage,
  roster: Roster,
): [string, string[], string[]] | undefined {
  const [la, lb] = [leader(a, roster), leader(b, roster)];
  const party = la.find(([x]) => lb.some(([y]) => x === y))?.[0];
  if (party === undefined) return undefined;
  const of = (l: [string, string][]) => l.filter(([x]) => x === party).map(([, person]) => person);
  return [party, of(la), of(lb)];
}
