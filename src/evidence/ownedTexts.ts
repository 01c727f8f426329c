// A text's author said by naming the text after its owner in a predicate: "the framework was a
// Norland text", "the Citadel called the plan a Torvanian draft", "this was a Norland-drafted
// document", "described it as an Arvenian paper", and denied: "it is not a Norland text".
// Said of a text (a draft, a plan, a paper): "an Arvenian initiative" is who proposed an
// occasion, and "a Norland diplomat" no text at all.
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// A copula before the owner's text ("was a Norland text", "is not a Torvanian draft", "it's a Norland
// text", "is the Arvenian clause"), or a verb
// of naming with its object (up to four words: "called the 28-point framework", "described it
// as"). What a text grew from ("is based on a Norland draft") is another text.
const OWNED_TEXT =
  /(?:\b(?:is|was|are|were|be|been|remains|remained)|(?<=\p{L})['’]s|\b(?:called|calls|call|calling|described|describes|termed|terms|labell?ed|dubbed|branded)(?:\s+[^\s.,;:!?"“”]+){0,4}?(?:\s+as)?)\s+(not\s+|never\s+|no\s+longer\s+)?(?:(?:essentially|really|in fact|clearly|simply|entirely)\s+)?(?:an?|the)\s+(\p{Lu}[\p{L}]+)(?:-(?:drafted|written|authored|prepared|penned|made))?\s+(?:text|draft|document|paper|plan|proposal|framework|blueprint|map|clause|wording|idea)s?\b/u;

// Its wording named after its owner, with no article: "is Galvenian wording", "is not Norland language".
const OWNED_WORDING =
  /\b(?:is|was|are|were|remains|remained)\s+(not\s+)?(\p{Lu}[\p{L}]+)\s+(?:wording|language|drafting)\b/u;
// A speaker's own text: "Clause 8 is our text", "the map was my proposal", "it is not our paper".
// Whose "our" is, only the quotation's speaker says: said by no one known, it names no one.
const SPEAKERS_TEXT =
  /\b(?:is|was|are|were|remains|remained)\s+(not\s+|never\s+)?(?:(?:essentially|really|in fact|clearly|simply|entirely)\s+)?(?:our|my)\s+(?:own\s+)?(?:text|draft|document|paper|plan|proposal|framework|wording|language|idea)s?\b/i;
// A text said to be the work of its author, as readouts translated from French or Spanish word it:
// "is the fruit of the work of the Fennorian mediation", "was the product of Norland's experts".
const WORK_OF =
  /\b(?:is|was|are|were|remains|remained)\s+(not\s+)?(?:entirely\s+|wholly\s+|solely\s+)?the\s+(?:fruit|product|work)\s+of\s+(?:the\s+(?:work|efforts?|labou?r)\s+of\s+)?([^,.;:()]{1,60})/iu;

/**
 * Whether words claim a text for their speaker ("No, no. Clause 8 is our text."): few words, but a
 * claim of authorship that prose naming another author contradicts.
 */
export const claimsOwnText = (text: string): boolean => SPEAKERS_TEXT.test(text);

/** The party a passage says owns the text, or denies owns it ("not norland"), if any. */
export function ownerOfText(p: Passage, roster: Roster, notBy: string): string | undefined {
  const named = ownedByName(p, roster);
  if (named) return named.denied ? `${notBy}${named.party}` : named.party;
  const own = p.kind === 'quote' ? SPEAKERS_TEXT.exec(p.text) : null;
  if (own && p.speaker?.partyId) return own[1] ? `${notBy}${p.speaker.partyId}` : p.speaker.partyId;
  const work = WORK_OF.exec(p.text);
  const worker = work ? onlyParty(work[2]!, roster) : undefined;
  if (worker) return work![1] ? `${notBy}${worker}` : worker;
  return undefined;
}

/** The one party a phrase names: "the work of Arvenia and Torvania" is of no one of them. */
function onlyParty(phrase: string, roster: Roster): string | undefined {
  const parties = new Set([
    ...entityMentions(phrase, roster).map((e) => e.party),
    ...partiesByAdjective(phrase, roster),
  ]);
  return parties.size === 1 ? [...parties][0] : undefined;
}

/** The owner a text is named after ("a Norland text", "Galvenian wording"), and whether it is denied. */
function ownedByName(p: Passage, roster: Roster): { party: string; denied: boolean } | undefined {
  const m = OWNED_TEXT.exec(p.text) ?? OWNED_WORDING.exec(p.text);
  if (!m) return undefined;
  const owner = m[2]!;
  // A name ("a Norland text", "a Drava draft") or an adjective of one ("a Torvanian text").
  const party = partyNamed(owner, roster) ?? [...partiesByAdjective(owner, roster)][0];
  return party ? { party, denied: m[1] !== undefined } : undefined;
}

function partyNamed(word: string, roster: Roster): string | undefined {
  for (const party of roster.parties)
    if ([party.name, ...party.aliases].some((n) => n.replace(/^the\s+/i, '') === word)) return party.id;
  return undefined;
}
