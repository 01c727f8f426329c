// Points counted of something other than the text's own body: an annex's or a protocol's points
// ("a three-point annex", "an annex of three (3) points"), and the points a speaker says he will
// make ("On the border question, three points.", "Let me make two points"). Set against the
// count of the text's points, they disagree on nothing: two different things are counted.
import { counterAndText } from './counterPoints.ts';
import type { Quantity } from './numbers.ts';

// The parts of an agreement that are not its body: counted apart from it.
const ANNEX = /^(?:annex|appendix|addendum|protocol|side letter|schedule)/i;
const ANNEX_WORDS = new Set(['annex', 'appendix', 'addendum', 'protocol', 'schedule']);
// "an annex of three (3) points", "a protocol listing four points", "annexed … of".
const ANNEX_BEFORE =
  /\b(?:annex(?:es)?|appendix|appendices|addendum|protocol|side letter|schedule)\s+(?:of|with|containing|listing|setting out|in)\s+(?:its\s+|just\s+|only\s+)?$/i;
// A speaker's own remarks, counted: "three points", "On X, three points.", "let me make two
// points", "I have three points to make", "three points on the ceasefire:".
const REMARKS_BEFORE =
  /\b(?:make|raise|add|stress|underline|underscore|emphasi[sz]e|mention|offer|share|have)\s+(?:just\s+|only\s+|briefly\s+)?$/i;
const REMARKS_AFTER = /^\s*(?:to make|to raise|to add|I want to make|I would like to make)\b/i;
const WHOLE_REMARK =
  /^\s*(?:(?:on|about|regarding|as for|concerning) [^,:;.]{1,80}[,:]\s*)?[\w-]+ points\s*[.:]?\s*$/i;

/** What a count of points counts: the text's body, an annex of it, or a speaker's remarks. */
export function pointsCounted(text: string, q: Quantity): 'body' | 'annex' | 'remarks' | undefined {
  if (q.unit !== 'point') return undefined;
  if (q.which?.some((w) => ANNEX_WORDS.has(w))) return 'annex';
  const end = q.index + q.text.length;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, q.index - 40), q.index);
  // "a three-point annex": the counted parts belong to the annex named right after.
  if (/-point$/i.test(q.text) && ANNEX.test(after.trimStart())) return 'annex';
  if (ANNEX_BEFORE.test(before)) return 'annex';
  if (REMARKS_BEFORE.test(before) && /^\s*(?:[,:.]|on\b|about\b|to\b|here\b|$)/i.test(after))
    return 'remarks';
  if (REMARKS_AFTER.test(after) || WHOLE_REMARK.test(text)) return 'remarks';
  return 'body';
}

/**
 * Whether two counts of points count two things: an annex against the body, a speaker's remarks
 * against anything, or a counter-proposal against the text it answers (counterPoints.ts). Two
 * annexes' counts, like two bodies', are one thing counted.
 */
export function pointsOfTwoThings(at: string, x: Quantity, bt: string, y: Quantity): boolean {
  const [kx, ky] = [pointsCounted(at, x), pointsCounted(bt, y)];
  return (
    kx !== undefined && ky !== undefined && (kx !== ky || kx === 'remarks' || counterAndText(at, x, bt, y))
  );
}
