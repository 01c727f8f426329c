// Sentences that read like a word on who wrote the negotiated text and are not: a story, a
// column or a calendar written ("before anybody wrote a story about it", "a calendar written by
// others"), a writer no one can name ("somebody in Kessel wrote it"), the speaker's partners for
// the speaker ("not written by our partners"), ideas in general ("the ideas put forward by the
// Arvenian side"); and an idea proposed set against a clause on something else. Two authors read
// from such sentences are no disagreement on who wrote the text.
import { partAuthors } from './partAuthors.ts';
import type { Passage } from './passages.ts';

// Things written that are no text under negotiation.
const NOT_A_TEXT =
  '(?:story|stories|article|articles|op-ed|column|letter|letters|book|books|tweet|tweets|post|posts|headline|headlines|piece|history|memoir|calendar|timetable|script|speech|speeches|editorial|blog)';
// The thing ends its word: "wrote the post-war framework" writes a framework, not a post.
const WROTE_NOT_A_TEXT = new RegExp(
  `\\b(?:wrote|write|writes|writing|written|penned)\\s+(?:(?:a|an|the|his|her|their|its|this|that|my|our|some|any)\\s+)?(?:[\\p{L}-]+\\s+)?${NOT_A_TEXT}\\b(?!-)|\\b${NOT_A_TEXT}\\s+(?:(?:was|were|is|are|been)\\s+)?(?:written|drafted|drawn up|penned)\\s+by\\b`,
  'iu',
);
// A writer no one names: "by someone", "somebody in Kessel wrote it". Not "by others" nor "no
// one in Kessel wrote it": each says who did not write the text, an authorship claim of its own.
const NO_ONE_NAMED =
  /(?<!\bnot\s)\bby\s+(?:someone|somebody)\b|\b(?:someone|somebody)\b(?:\s+[\p{L}-]+){0,3}\s+(?:wrote|drafted|drew up|penned|authored)\b/iu;
// The speaker's partners are not the speaker: "not written by our partners".
const OUR_PARTNERS =
  /\bby\s+(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:partners|allies|friends|neighbou?rs|colleagues|counterparts)\b/iu;
// Ideas in general, no one text: "the ideas put forward by", "put forward ideas".
const IDEAS =
  /\bideas\s+(?:(?:were|was|are|had been|have been)\s+)?(?:put forward|proposed|tabled|presented|floated|advanced|submitted)\b|\b(?:put forward|proposed|tabled|presented|floated|advanced|submitted)\s+(?:[\p{L}-]+\s+)?ideas\b/iu;

/** Whether a passage's words on who wrote something name no author of the negotiated text. */
const namesNoAuthor = (p: Passage): boolean =>
  WROTE_NOT_A_TEXT.test(p.text) ||
  NO_ONE_NAMED.test(p.text) ||
  OUR_PARTNERS.test(p.text) ||
  IDEAS.test(p.text);

// "the idea of a mutual 30-day pause in strikes": what the idea is of.
const IDEA_OF = /\bidea\s+of\s+([^.;:!?]{3,90})/i;
const STOP = new Set(
  'about after against along also because been before being both from have into mutual other over parties party sides side some such that their them then there these they this those under were what when where which while with would'.split(
    ' ',
  ),
);
const stems = (text: string): Set<string> =>
  new Set(
    (text.toLowerCase().match(/[\p{L}\d-]{4,}/gu) ?? [])
      .filter((w) => !STOP.has(w))
      .map((w) => w.replace(/-/g, '').slice(0, 5)),
  );

/** Whether one passage tells who proposed an idea and the other, sharing no word of what the idea is of, speaks of something else. */
function ideaApart(p: Passage, other: Passage): boolean {
  const m = IDEA_OF.exec(p.text);
  if (!m) return false;
  const of = stems(m[1]!);
  const theirs = stems(other.text);
  return ![...of].some((w) => theirs.has(w));
}

/** Whether two authors read from two passages were misread, or are of two things. */
export function authorsMisread(a: Passage, b: Passage): boolean {
  return namesNoAuthor(a) || namesNoAuthor(b) || ideaApart(a, b) || ideaApart(b, a) || partAuthors(a, b);
}
