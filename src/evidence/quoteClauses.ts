// Where the sentence around a quotation starts and ends: the clause before its opening mark,
// read back to the last sentence boundary, and the text after its closing mark an attribution
// may stand in.
import { endsWithAbbreviation } from './sentences.ts';
import { isSpaceCode } from './spaceCodes.ts';
import type { SpeakerContext } from './speakers.ts';

// A stop ends a sentence; so does a quotation whose words end on one ('… of "no more than ten
// kilometres." He declined …'): masked, its stop is the last underscore before the closing mark.
// The next clause opens with a capital, a figure or a masked quotation, maybe after an opening mark.
const STOP = /[.!?]/;
// What /["')]/ and /["'(]/ match, by code: tested per character of the walk back.
const isCloserCode = (c: number): boolean => c === 34 || c === 39 || c === 41;
const isOpenerCode = (c: number): boolean => c === 34 || c === 39 || c === 40;
const CLAUSE_HEAD = /[\p{Lu}\d_]/u;
/** What CLAUSE_HEAD says of the character at `at`: ASCII by its code, the rest by the pattern. */
function clauseHeadAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return CLAUSE_HEAD.test(text[at]!);
}
const ABBREV_END =
  /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Nov|Dec|Jan|Feb|Aug|Sept?|Oct)|\b\p{Lu})$/u;

// Per text read, and per paragraph start, how far the paragraph was read without a boundary: a
// paragraph of many quotations and no stop outside them is not read whole once per quotation.
const unbrokenTo = new WeakMap<SpeakerContext, Map<number, number>>();
// What a boundary runs over after its stop: one read on from the unbroken stretch's end backs over these.
const BOUNDARY_TAIL = /["')\s]/;

/**
 * Where the clause after the last sentence boundary in `[lo, at)` starts, or -1: read backwards, so
 * a quotation's clause costs the length of its sentence, however many stops stand before it.
 */
function lastBoundary(ctx: SpeakerContext, from: number, lo: number, at: number): number {
  const { masked, text } = ctx;
  for (let k = at - 1; k > lo; k--) {
    if (!isSpaceCode(masked.charCodeAt(k - 1)) || isSpaceCode(masked.charCodeAt(k))) continue;
    const head = isOpenerCode(masked.charCodeAt(k)) ? k + 1 : k;
    if (head >= at || !clauseHeadAt(masked, head)) continue;
    let stop = k - 1;
    while (stop >= lo && isSpaceCode(masked.charCodeAt(stop))) stop--;
    while (stop >= lo && isCloserCode(masked.charCodeAt(stop))) stop--;
    if (stop < lo) continue;
    if (masked[stop] === '_') {
      if (masked[stop + 1] === '"' && STOP.test(text[stop]!)) return k;
    } else if (STOP.test(masked[stop]!) && !ABBREV_END.test(masked.slice(Math.max(from, stop - 12), stop)))
      // An abbreviation is at most four characters: the last twelve give the paragraph's answer.
      return k;
  }
  return -1;
}

/** Start of the clause holding `at`: after the last sentence boundary in its paragraph. */
export function clauseStart(ctx: SpeakerContext, from: number, at: number): number {
  const { masked } = ctx;
  const unbroken = unbrokenTo.get(ctx) ?? new Map<number, number>();
  unbrokenTo.set(ctx, unbroken);
  // Read back from `at` down to what is known unbroken; a boundary straddling that point (a stop,
  // closing marks and spaces) is read whole.
  const known = Math.min(unbroken.get(from) ?? from, at);
  let lo = known;
  while (lo > from && BOUNDARY_TAIL.test(masked[lo - 1]!)) lo--;
  if (lo > from) lo--;
  const start = lastBoundary(ctx, from, lo, at);
  if (start !== -1) return start;
  unbroken.set(from, Math.max(at, unbroken.get(from) ?? from));
  return from;
}

/**
 * The text after a closing mark up to the next quotation or the end of the sentence. A semicolon
 * right after the mark ends it too: the clause after it ('"…"; Arvenia insists it is not') has a
 * subject of its own, who speaks its own words.
 */
export function afterText(masked: string, close: number, paragraphEnd: number): string {
  const rest = masked.slice(close + 1, paragraphEnd);
  if (/^\s?;/.test(rest)) return '';
  // A title's period goes on with the name: '"…," Ms. Lind said.' and '"…," said Mr. Roe, who …'.
  // Read on from each stop, never the whole paragraph: the first real end is near.
  ATTRIBUTION_END.lastIndex = 0;
  let cut = rest.length - 1;
  for (let m = ATTRIBUTION_END.exec(rest); m !== null; m = ATTRIBUTION_END.exec(rest)) {
    if (m[0][0] !== '.' || !endsWithAbbreviation(rest, m.index)) {
      cut = m.index;
      break;
    }
  }
  ATTRIBUTION_END.lastIndex = 0;
  return rest.slice(0, cut + 1);
}
const ATTRIBUTION_END = /"|[.!?]\s/g;
