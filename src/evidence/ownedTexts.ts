// A text's author said by naming the text after its owner in a predicate: "the framework was a
// Norland text", "the Citadel called the plan a Torvanian draft", "this was a Norland-drafted
// document", "described it as an Arvenian paper", and denied: "it is not a Norland text".
// Said of a text (a draft, a plan, a paper): "an Arvenian initiative" is who proposed an
// occasion, and "a Norland diplomat" no text at all.
import { partiesByAdjective } from './held.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// A copula before the owner's text ("was a Norland text", "is not a Torvanian draft"), or a verb
// of naming with its object (up to four words: "called the 28-point framework", "described it
// as"). What a text grew from ("is based on a Norland draft") is another text.
const OWNED_TEXT =
  /\b(?:(?:is|was|are|were|be|been|remains|remained)|(?:called|calls|call|calling|described|describes|termed|terms|labell?ed|dubbed|branded)(?:\s+[^\s.,;:!?"“”]+){0,4}?(?:\s+as)?)\s+(not\s+|never\s+|no\s+longer\s+)?(?:(?:essentially|really|in fact|clearly|simply|entirely)\s+)?an?\s+(\p{Lu}[\p{L}]+)(?:-(?:drafted|written|authored|prepared|penned|made))?\s+(?:text|draft|document|paper|plan|proposal|framework|blueprint|map)s?\b/u;

/** The party a passage says owns the text, or denies owns it ("not norland"), if any. */
export function ownerOfText(p: Passage, roster: Roster, notBy: string): string | undefined {
  const m = OWNED_TEXT.exec(p.text);
  if (!m) return undefined;
  const owner = m[2]!;
  // A name ("a Norland text", "a Drava draft") or an adjective of one ("a Torvanian text").
  const party = partyNamed(owner, roster) ?? [...partiesByAdjective(owner, roster)][0];
  if (!party) return undefined;
  return m[1] ? `${notBy}${party}` : party;
}

function partyNamed(word: string, roster: Roster): string | undefined {
  for (const party of roster.parties)
    if ([party.name, ...party.aliases].some((n) => n.replace(/^the\s+/i, '') === word)) return party.id;
  return undefined;
}
