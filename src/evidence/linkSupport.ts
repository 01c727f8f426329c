// What both halves of cross-source linking ask of a passage — its dates, the days of a
// span it names, the roster ids it names, how it numbers its event — computed once per
// passage, and what two passages share.
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { memoWith } from './figureMemo.ts';
import { meaningWords } from './meaning.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

/**
 * `f` computed once per passage: the pair loop asks each passage's status, author, leader
 * and dates once per other passage, which made linking quadratic in regex work.
 */
export function perPassage<T>(f: (p: Passage, roster: Roster) => T): (p: Passage, roster: Roster) => T {
  // Kept with the roster it was read against: the same passage read with another roster is read again.
  return memoWith(f);
}

/**
 * `f` computed once per figure of a passage: the pair loop compares each figure with every
 * figure of every other passage, and what the words around it say depends on it alone.
 */
export function perFigure<T>(
  f: (p: Passage, q: Quantity, roster?: Roster) => T,
): (p: Passage, q: Quantity, roster?: Roster) => T {
  // Kept with its passage and roster: a figure read in another passage or roster is read again.
  const memo = new WeakMap<Quantity, { p: Passage; roster: Roster | undefined; value: T }>();
  return (p, q, roster) => {
    let hit = memo.get(q);
    if (hit?.p !== p || hit.roster !== roster) {
      hit = { p, roster, value: f(p, q, roster) };
      memo.set(q, hit);
    }
    return hit.value;
  };
}

export const datesOf = perPassage((p) => findDates(p.text, p.published).map((d) => d.iso));

/**
 * A passage's own meaning words (meaning.ts), without those of the sentences its "it" points
 * back to: read once, by claim linking and by the refusal frames. Shared: never changed.
 */
export const ownMeaning = perPassage((p): ReadonlySet<string> => meaningWords(p.text));

// Roster ids a passage names, by name, head or office: asked once per event it is compared to.
export const namedIn = perPassage(
  (p, roster) => new Set(entityMentions(p.text, roster).flatMap((e) => (e.person ? [e.person] : [e.party]))),
);

/** Words both passages hold besides `except`: what makes two statements about one thing. */
export function sharedWords(a: Passage, b: Passage, except: RegExp = /^$/): number {
  let n = 0;
  for (const w of a.words) if (b.words.has(w) && !except.test(w)) n++;
  return n;
}

const ORDINALS = /\b(?:first|second|third|fourth|fifth|sixth|next|last|final|previous)\b/gi;

/** Whether two passages number their event alike (or at most one numbers it). */
export function sameOrdinals(a: Passage, b: Passage): boolean {
  const of = (p: Passage) => new Set(allMatches(ORDINALS, p.text).map((m) => m[0].toLowerCase()));
  const [oa, ob] = [of(a), of(b)];
  return oa.size === 0 || ob.size === 0 || [...oa].some((o) => ob.has(o));
}

/** Talks and summits are meetings: the class sources may call one event by. */
export const eventClass = (kind: string) => (kind === 'talks' || kind === 'summit' ? 'meeting' : kind);

const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/** Whether `text` holds `phrase` where `\b${phrase}\b` would match: no pattern made per pair. */
export function holdsWord(text: string, phrase: string): boolean {
  // An empty phrase is found at every offset, the end included: the loop stops there.
  for (let at = text.indexOf(phrase); at !== -1; at = at < text.length ? text.indexOf(phrase, at + 1) : -1) {
    if (wordsAt(text, at, phrase.length)) return true;
  }
  return false;
}

/** Whether the `length` characters of `text` at `at` start and end at word edges ("Lorne", not in "Lornevik"). */
export function wordsAt(text: string, at: number, length: number): boolean {
  const end = at + length;
  return (
    isWordChar(text[at - 1]) !== isWordChar(text[at]) && isWordChar(text[end - 1]) !== isWordChar(text[end])
  );
}
