// The person a bare title points back to ("the president said" after "President Rosa Vik …"), moved
// out of speakers.ts with the hit look-back it needs: the last person the text gave that title.
import { titledBefore } from './appositionTitles.ts';
import { firstHitFrom, type NameHit } from './names.ts';
import type { SpeakerContext } from './speakers.ts';

export const isPersonHit = (h: NameHit) => !h.inQuote && (h.kind === 'person' || h.kind === 'unknown');

/** Last suitable hit before `at`, subjects first, looking back at most `window` characters. */
export function lastHit(
  ctx: SpeakerContext,
  at: number,
  ok: (h: NameHit) => boolean,
  window = 3000,
): NameHit | undefined {
  let fallback: NameHit | undefined;
  for (let i = firstHitFrom(ctx.hits, at) - 1; i >= 0; i--) {
    const hit = ctx.hits[i]!;
    if (hit.span[1] > at) continue;
    if (hit.span[0] < at - window) break;
    if (!ok(hit)) continue;
    if (hit.subject) return hit;
    fallback ??= hit;
  }
  return fallback;
}

/** A word without one final "s": the titles and heads of descriptions are compared so. */
export const singular = (word: string) => (word.endsWith('s') ? word.slice(0, -1) : word);

// Readouts name a leader by function: "the Head of State" is the president (or the monarch) the
// text named last, "the Head of Government" the prime minister.
const FUNCTION_TITLE: Record<string, string> = { state: 'president', government: 'prime' };
export const FUNCTION_OFFICE: Record<string, string> = { state: 'president', government: 'prime minister' };
const BY_FUNCTION = /\bhead of (state|government)$/;

/** The function a description names ("state" for "the head of state"), if any. */
export const byFunction = (desc: string): string | undefined => BY_FUNCTION.exec(desc.toLowerCase())?.[1];

/** The title word a description is compared by: "minister" for "the ministers", "president" for a head of state. */
export const titleHead = (desc: string, fn = byFunction(desc)): string =>
  fn ? FUNCTION_TITLE[fn]! : singular(desc.toLowerCase().split(/\s+/).at(-1)!);

// A title held no more, not yet or for someone else ("Former President Rosa Vik", "ex-Minister Per Dahl",
// "Acting President …", "President-elect …") gives its holder no claim on "the president".
const NOT_HOLDING =
  /(?:\b(?:former|ex|late|outgoing|acting|deputy|vice|then)[ -](?:[\p{L}-]+[ \t]+){0,3}|-elect[ \t]+)$/iu;

/**
 * The last person before `at` the text gave the title `head` ("the president" after "The President of
 * Torvania, Ada Lind, said"); with `rosterOnly`, a roster person only (a headline's "Minister Sets Date").
 */
export function titledHit(
  head: string,
  at: number,
  ctx: SpeakerContext,
  rosterOnly = false,
): NameHit | undefined {
  return lastHit(
    ctx,
    at,
    (h) =>
      isPersonHit(h) &&
      (!rosterOnly || h.kind === 'person') &&
      (h.titles.some((t) => singular(t) === head) || titledBefore(ctx.text, h.runStart, head)) &&
      !NOT_HOLDING.test(ctx.text.slice(Math.max(0, h.runStart - 60), h.span[0])),
  );
}
