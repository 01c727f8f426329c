// Some claim frames name a topic more than a claim: who wrote a text, that it leaked to the
// press, what stage it reached. Every source of a negotiation says who wrote the plan, an annex
// or one clause of it, mentions the leak in passing, or tells that some text was agreed. Two
// passages matched on such a frame alone are often about two texts, two moments or two
// parties; they tell one claim when they agree in a second, independent way too — a party or
// person both name, one author, one figure, or words besides names — or when they disagree on
// the frame, which is what flagging them takes. Two tellings of one leak also agree when they
// name one outlet.

import { entityMentions } from './entities.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { sameValue } from './sameFigure.ts';
import { author } from './textAuthor.ts';
import type { Roster } from './types.ts';

// The reasons sameThing (link.ts) gives for these frames: a link for one of them needs a second
// agreement. "Who wrote it, in other words" is left out: it already asks one text of both (one
// provision numbered, or the whole text named; authorshipWording.ts).
const TOPIC_FRAMES =
  /^(?:who wrote it$|a text leaked to the press$|the text reached one stage|whether the text reached)/;
const LEAK = 'a text leaked to the press';
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
): boolean =>
  !flagged &&
  TOPIC_FRAMES.test(reason) &&
  !corroborated(a, b, roster) &&
  !(reason === LEAK && oneOutlet(a, b, roster));

// An outlet is named by capitalised words the roster does not know ("the Halvard Tribune",
// "seen by the Ledger"); a day or month is capitalised too but names no outlet. A word that opens
// a sentence is capitalised whatever it is, so only words after another word count.
const CALENDAR = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAME})$`);
const PROPER = /(?<=[\p{L},;:’'")]\s+(?:(?:the|a|an)\s+)?)\p{Lu}[\p{L}-]+/gu;

// Read once per passage: a leak told in many passages is compared with each of the others.
const outletWords = perPassage((p: Passage, roster: Roster): Set<string> => {
  const named = entityMentions(p.text, roster);
  const out = new Set<string>();
  for (const m of p.text.matchAll(PROPER)) {
    const [at, end] = [m.index, m.index + m[0].length];
    if (!CALENDAR.test(m[0]) && !named.some((n) => at < n.end && end > n.index)) out.add(m[0]);
  }
  return out;
});

/**
 * Whether two passages that tell a leak name one outlet: a capitalised word outside the roster
 * that both hold ("first reported by the Halvard Tribune" / "the draft printed in the Tribune").
 * Which paper had the text is what two tellings of one leak share when they share little else.
 */
export function oneOutlet(a: Passage, b: Passage, roster: Roster): boolean {
  const theirs = outletWords(b, roster);
  for (const w of outletWords(a, roster)) if (theirs.has(w)) return true;
  return false;
}
