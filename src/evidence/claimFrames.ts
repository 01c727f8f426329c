// Claim frames: the kinds of fact sources state about a negotiation in their own words,
// read from one passage so that two passages stating one of them can be linked and, when
// they say it differently, flagged — who wrote a text, who heads a delegation, who took
// part, what a party refuses. Each reading is computed once per passage (perPassage).
// Here: what a party refuses, and a passage's names read as meaning words. Who wrote a text is read in
// textAuthor.ts, who heads a delegation in delegationHeads.ts, who took part in namedPresence.ts.
import { TIME_WORDS } from './countedAndMeasured.ts';
import { ownMeaning, perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// The names and titles of a passage (its content words) read as meaning words, so that
// "special envoy" is skipped in both readings.
export const nameMeaning = perPassage((p) => meaningWords([...p.nameWords].join(' ')));

// The refusal and a word of what is refused, not only of the refusing ("the proposal", "the text"),
// of who refuses ("officials", "the government", "the foreign ministry", "diplomats said") or of
// the negotiation's own acts ("sign", "ask"): "rejects the signing date" and "will not sign in
// that order" share only the act, not the thing refused. Nor is the refuser's office or camp ("the
// minister", "opposition members", "the bloc's allies"), the time of refusing ("this month") or its
// manner ("never", "whatever they say") a thing refused: any two refusals of a round share them.
const REFUSAL_WORDS = 2;
const REFUSAL_TALK = new Set([
  ...['reject', 'propose', 'draft', 'agreement', 'talk', 'delegation', 'agree', 'sign', 'ask'],
  ...['govern', 'offici', 'diplomat', 'ministry', 'foreign', 'senior'],
  ...['minister', 'president', 'member', 'opposit', 'alli', 'bloc', 'party', 'parti', 'side'],
  ...TIME_WORDS,
  ...['never', 'whatever'],
]);

/**
 * Whether two passages refuse one thing in their own words: "will not accept a joint
 * authority over the dam" / "rejected a proposal to place the dam under a joint authority".
 * "We will not make it a condition" refuses what the sentence before named, not the dam.
 */
export function oneRefusal(a: Passage, b: Passage, roster: Roster): boolean {
  const [ma, mb] = [ownMeaning(a, roster), ownMeaning(b, roster)];
  if (!ma.has('reject') || !mb.has('reject')) return false;
  const names = (w: string) => nameMeaning(a, roster).has(w) || nameMeaning(b, roster).has(w);
  const what = [...ma].filter((w) => mb.has(w) && !names(w) && !REFUSAL_TALK.has(w));
  return what.length >= REFUSAL_WORDS - 1;
}
