// Who wrote a text, said of more than one party or of one party alone: "written by the two
// parties themselves", "prepared jointly by the Arvenian and Norland teams", "Arvenia and
// Torvania drafted it together", "drafted by Arvenia alone". A text written by the parties is not
// the mediator's, and one written by a party alone is not written with another; but "drafted by
// Arvenia" says nothing against "drafted by Arvenia and Torvania": a co-author is an author.
// Values: "a & b" for named co-authors, "the parties" for the sides of the talks (its principals),
// "only a" for a sole author; a plain id for one author, "not a" for a denied one (textAuthor.ts).
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export const THE_PARTIES = 'the parties';
const ONLY = 'only ';
const JOINT = ' & ';

// The sides of the talks as the agent: "by the two parties themselves", "by both sides".
const SIDES_AGENT =
  /^\s*(?:jointly\s+|together\s+)?(?:the\s+two|both(?:\s+the)?|the)\s+(?:parties|sides|delegations|governments|negotiating teams)\b(?!\s+of\b)/i;
// The sides as the subject of an active verb of writing the text: "the two sides wrote it together",
// "both delegations drafted the framework"; not what they wrote about it ("both sides drafted their
// replies to the framework", "prepared amendments to the text"), which the mediator's text may draw.
// Its nouns are lexicon.ts's TEXT_NOUNS less a version, plus what is written jointly: an agreement, an accord.
const SIDES_WROTE =
  /\b(?:the\s+two|both(?:\s+the)?)\s+(?:parties|sides|delegations)\s+(?:themselves\s+)?(?:jointly\s+)?(?:wrote|drafted|drew up|prepared|negotiated and wrote)\b(?=\s+(?:it|this|(?:the|this|that|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?(?:texts?|drafts?|frameworks?|plans?|agreements?|accords?|documents?|papers?))\b)/i;
// A sole author: "by Arvenia alone", "solely by the mediators", "by nobody but Fjellby".
const ALONE_AFTER = /^[^,;.()]{1,60}?\s+alone\b/i;
const ALONE_BEFORE = /\b(?:solely|only|exclusively|entirely)\s*$/i;
// The agent's phrase, up to the clause's end, a contributor ("with input from"), a denial or a
// verb that starts another clause ("and handed to Torvania").
const AGENT =
  /^\s*([^,;.()]{1,80}?)(?=\s*(?:[,;.()]|\bwith\b|\bnot\b|\bbut\b|\bin\s+(?:19|20)\d\d|\b(?:and|then)\s+(?:then\s+)?\p{Ll}+(?:ed|en)\b|\b(?:at|on|in|during|after|before|who|which|that|as|to|for)\b|$))/iu;

// A list of three or more with its commas, which AGENT stops at: "by Arvenia, Torvania and Norland",
// "by Arvenia, Torvania, and Norland"; coAuthors then checks each item names one party.
const LIST = /^\s*([^,;.()]{1,40}(?:,\s*[^,;.()]{1,40}){1,4},?\s+and\s+[^,;.()]{1,40}?)(?=\s*(?:[,;.()]|$))/;

const CLAUSE_WORDS = /\b(?:by|of the \p{Ll}+s|\p{Ll}{3,}(?:ed|en))\b/u;
const CONJUNCT_WORDS = 5;

/** The party one conjunct of an agent's phrase names, by name or adjective, if exactly one. */
function partyOfConjunct(words: string, roster: Roster): string | undefined {
  const parties = new Set([
    ...entityMentions(words, roster).map((e) => e.party),
    ...partiesByAdjective(words, roster),
  ]);
  return parties.size === 1 ? [...parties][0] : undefined;
}

/**
 * The co-authors an agent's phrase names ("the Arvenian and Norland teams", "Arvenia and
 * Torvania jointly"): two or more parties joined by "and", each conjunct one party. Undefined where
 * the phrase names one party or something else besides.
 */
function coAuthors(phrase: string, roster: Roster): string[] | undefined {
  const conjuncts = phrase
    .replace(/\b(?:jointly|together|themselves)\b/gi, '')
    .split(/\s*(?:,|\band\s+(?:by\s+)?|&)\s*/i)
    .filter((x) => x.trim() !== '');
  if (conjuncts.length < 2) return undefined;
  // Each conjunct a name, not a clause: "Norland and the proposals submitted by Torvania" names
  // two texts' authors, not two authors of one.
  if (conjuncts.some((c) => CLAUSE_WORDS.test(c) || c.trim().split(/\s+/).length > CONJUNCT_WORDS))
    return undefined;
  // "the Arvenian and Norland teams": the noun the last conjunct names is every conjunct's.
  const parties = conjuncts.map((c) => partyOfConjunct(c, roster));
  if (parties.some((x) => x === undefined)) return undefined;
  const distinct = [...new Set(parties as string[])].sort();
  return distinct.length >= 2 ? distinct : undefined;
}

/**
 * The authors a passive's agent names jointly or alone, read from the text after "by" and the
 * words just before it (`before`), if it names them so: "the parties", "a & b" or "only a".
 */
export function jointAgent(after: string, before: string, roster: Roster): string | undefined {
  if (SIDES_AGENT.test(after)) return THE_PARTIES;
  const list = LIST.exec(after)?.[1];
  const listed = list ? coAuthors(list, roster) : undefined;
  if (listed) return listed.join(JOINT);
  const phrase = AGENT.exec(after)?.[1];
  if (!phrase) return undefined;
  const co = coAuthors(phrase, roster);
  if (co) return co.join(JOINT);
  const alone = ALONE_AFTER.test(after) || ALONE_BEFORE.test(before.replace(/\s*by\s*$/i, ''));
  const one = alone ? partyOfConjunct(phrase.replace(/\balone\b/i, ''), roster) : undefined;
  return one ? `${ONLY}${one}` : undefined;
}

/** The parties as the subject of an active verb of writing: "both sides drafted it together". */
export const sidesWrote = (p: Passage): string | undefined =>
  SIDES_WROTE.test(p.text) ? THE_PARTIES : undefined;

const principals = (roster: Roster) =>
  new Set(roster.parties.filter((x) => x.role === 'principal').map((x) => x.id));

/** The parties an author value names, and whether it says they wrote the text alone. */
function authorsOf(value: string, roster: Roster): { who: Set<string>; alone: boolean; sides: boolean } {
  if (value === THE_PARTIES) return { who: principals(roster), alone: false, sides: true };
  const alone = value.startsWith(ONLY);
  const body = alone ? value.slice(ONLY.length) : value;
  return { who: new Set(body.split(JOINT)), alone, sides: false };
}

/** Whether an author value is joint or sole (read here), not one plain party. */
export const saysHowMany = (value: string): boolean =>
  value === THE_PARTIES || value.startsWith(ONLY) || value.includes(JOINT);

/**
 * Whether two author values, one at least joint or sole, cannot both be true: no author in common
 * ("the parties" and the mediator), or one said alone and the other naming another beside it
 * ("only arvenia" and "arvenia & norland"). A principal is one of "the parties".
 */
export function jointAuthorsDiffer(x: string, y: string, roster: Roster): boolean {
  const [ax, ay] = [authorsOf(x, roster), authorsOf(y, roster)];
  const shared = [...ax.who].filter((w) => ay.who.has(w));
  if (shared.length === 0) return true;
  // "The parties" and one of them alone: the sides say they wrote it together.
  if (ax.alone && (ay.who.size > 1 || ay.sides)) return true;
  if (ay.alone && (ax.who.size > 1 || ax.sides)) return true;
  return false;
}

/** Whether an author value names a party among its authors ("arvenia & norland" names arvenia). */
export const namesAuthor = (value: string, party: string, roster: Roster): boolean =>
  authorsOf(value, roster).who.has(party);
