// Some claim frames name a topic more than a claim: who wrote a text, that it leaked to the
// press, what stage it reached. Every source of a negotiation says who wrote the plan, an annex
// or one clause of it, mentions the leak in passing, or tells that some text was agreed. Two
// passages matched on such a frame alone are often about two texts, two moments or two
// parties; they tell one claim when they agree in a second, independent way too — a party or
// person both name, one author, one figure, or words besides names — or when they disagree on
// the frame, which is what flagging them takes.

import { author } from './claimFrames.ts';
import { sameValue } from './numbers.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// The reasons sameThing (link.ts) gives for these frames: a link for one of them needs a second
// agreement. "Who wrote it, in other words" is left out: it already asks one text of both (one
// provision numbered, or the whole text named; authorshipWording.ts).
const TOPIC_FRAMES =
  /^(?:who wrote it$|a text leaked to the press$|the text reached one stage|whether the text reached)/;
// Words besides names two passages must share to agree beyond the frame: one is the frame's own
// ("drafted", "leaked", "agreed").
const WORDS_BESIDE_FRAME = 2;

/**
 * Whether two passages agree beyond a frame: one party or person named, one author given (a
 * speaker's "we wrote it" and a wire's "drafted by Arvenia"), one figure, or words besides names.
 */
export function corroborated(a: Passage, b: Passage, roster: Roster): boolean {
  if (a.names.some((id) => b.names.includes(id))) return true;
  const by = author(a, roster);
  if (by !== undefined && by === author(b, roster)) return true;
  if (a.quantities.some((x) => b.quantities.some((y) => sameValue(x.value, y.value)))) return true;
  let shared = 0;
  for (const w of a.words)
    if (b.words.has(w) && !a.nameWords.has(w) && !b.nameWords.has(w) && ++shared >= WORDS_BESIDE_FRAME)
      return true;
  return false;
}

/**
 * Whether a link given for `reason` rests on a topic frame alone: the two passages neither agree
 * beyond it (corroborated) nor are flagged (`flagged`), and are not taken as one claim.
 */
export const frameAlone = (
  a: Passage,
  b: Passage,
  reason: string,
  flagged: boolean,
  roster: Roster,
): boolean => !flagged && TOPIC_FRAMES.test(reason) && !corroborated(a, b, roster);
