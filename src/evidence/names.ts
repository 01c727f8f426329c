// Finds names in clean text: every run of capitalised words is matched against the roster
// (longest alias first) and what is left may be a person outside the roster ("Senator
// Jane Roe"). The lite wink model has no PERSON entities, so this is how speakers are found.
import { entryNamed, type Gazetteer } from './gazetteer.ts';
import { isDemonym, NOT_NAME_WORDS, TITLE_WORDS } from './lexicon.ts';
import { allMatches } from './regex.ts';
import { isSpaceCode } from './spaceCodes.ts';
import type { RosterPerson, Span } from './types.ts';

export interface NameHit {
  /** The name itself, without titles. */
  span: Span;
  /** Where the whole capitalised run began ("Torvanian Foreign Minister Anna Lind"). */
  runStart: number;
  kind: 'party' | 'person' | 'unknown';
  id?: string;
  name: string;
  /** Lower-cased titles written before the name, plus the roster office. */
  titles: string[];
  inQuote: boolean;
  /** First person named in its sentence, or followed by a reporting verb: a likely antecedent. */
  subject: boolean;
}

const PARTICLE = '(?:von|van|der|den|de|da|bin|al|of|del|di|du|le|la|dos|das)';
// The lookahead is a cheap range test that lets most letters fail before the \p{Lu} lookup
// (every uppercase letter is A-Z or above U+00BF): the scan covers the whole text.
// A word runs on through a hyphen before a capital: "Lind-Haugen" is one surname (see `runPieces`).
// A given name of two syllables may end in a lower-case one ("Kim Ye-jin"): the run takes it
// here and `syllableNames` gives it back where the word is a compound ("Kyiv-based").
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.]*(?:-\\p{Lu}[\\p{L}\\p{M}'’.]*)*(?:-\\p{Ll}{1,5}(?![\\p{L}\\p{M}-]))?";
const RUN = new RegExp(`(?=[A-Z\\u00C0-\\u{10FFFF}])${WORD}(?: (?:${PARTICLE} )*${WORD})*`, 'gu');
// Tried at a word's start only: from inside a long word with no hyphen it would scan to the word's end at every letter.
const HYPHENATED = /(?<!\S)\S*-\p{Lu}\S*/gu;

// A lower-case part that makes an English compound, not a syllable of a name: a participle
// ("Seoul-based", "US-led"), a number ("Forty-one") or a common second word ("Follow-up").
const COMPOUND_TAIL =
  /^(?:\p{Ll}*ed|one|two|three|four|five|six|seven|eight|nine|run|era|wide|born|made|held|free|like|type|style|level|scale|side|way|up|mail|east|west|north|south|high|talk|guard|party|owned)$/u;
const LOWER_TAIL = /(?<!\S)(\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*)-\p{Ll}+(?=\s|$)/gu;

/**
 * A run cut where a word with a lower-case last part is no given name: one is when a
 * capitalised word of the run comes before it (the family name first, "Kim Ye-jin") and both
 * its parts are syllables (at most five letters, not an English compound part); else the word
 * reads as before, its capitalised part ending the run ("the Kyiv-based group").
 */
function syllableNames(run: string, at: number): [string, number][] {
  const pieces: [string, number][] = [];
  let from = 0;
  for (const m of allMatches(LOWER_TAIL, run)) {
    const head = m[1]!;
    const tail = m[0].slice(head.length + 1);
    const afterName = m.index > from;
    if (afterName && head.length <= 5 && tail.length <= 5 && !COMPOUND_TAIL.test(tail)) continue;
    pieces.push([run.slice(from, m.index + head.length), at + from]);
    from = m.index + m[0].length + 1;
  }
  if (from < run.length) pieces.push([run.slice(from), at + from]);
  return pieces;
}

/**
 * A run cut at the hyphens that join no one name: a hyphenated word is one name when the roster
 * has a person by it ("Lind-Haugen") or knows none of its parts ("Okafor-Brandt", a name outside
 * it); else its parts are read apart, as words ("Arvenia-Torvania" names two parties, and a
 * party's place "Saint-Aubel" reads as it did before hyphenated names were read whole).
 */
function runPieces(run: string, at: number, gazetteer: Gazetteer): [string, number][] {
  const pieces: [string, number][] = [];
  let from = 0;
  for (const m of allMatches(HYPHENATED, run)) {
    const word = withoutPossessive(m[0]);
    const whole = entryNamed(word, gazetteer);
    if (whole?.type === 'person') continue;
    const parts = word.split('-');
    if (!whole && !parts.some((p) => entryNamed(p, gazetteer))) continue;
    let cut = m.index;
    for (const part of parts.slice(0, -1)) {
      cut += part.length;
      pieces.push([run.slice(from, cut), at + from]);
      from = cut + 1;
    }
  }
  pieces.push([run.slice(from), at + from]);
  return pieces;
}

// Patterns with \p{…} written inline are rebuilt with `new RegExp` on every call in the built
// engine (esbuild lowers them): the ones on hot paths are made once, here.
const INITIALS = /^(?:\p{L}\.)+$/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
const LOWER_START = /^\p{Ll}/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

const isApostrophe = (c: string | undefined) => c === "'" || c === '’';

/** `word` without a final possessive: what `word.replace(/['’]s?$/, '')` gives, run per word. */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (word[n - 1] === 's' && isApostrophe(word[n - 2])) return word.slice(0, n - 2);
  return isApostrophe(word[n - 1]) ? word.slice(0, n - 1) : word;
}

// Every `titles` array is filled by push into an empty literal of one of these two sites, so all
// have one elements kind: an empty one made by `map` or a spread has another, and code that V8
// optimised on filled ones was thrown away and compiled again when one arrived ("wrong map").
function lowerTexts(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(tokens[k]!.text.toLowerCase());
  return out;
}

function joined(first: readonly string[], second: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < first.length; k++) out.push(first[k]!);
  for (let k = 0; k < second.length; k++) out.push(second[k]!);
  return out;
}

function tokenize(run: string, offset: number): Token[] {
  const tokens: Token[] = [];
  // Each run of non-spaces (what /\S+/g finds), found by code: a regex call per word cost more
  // than the words' own tests.
  for (let at = 0; at < run.length; ) {
    while (at < run.length && isSpaceCode(run.charCodeAt(at))) at++;
    if (at === run.length) break;
    const index = at;
    while (at < run.length && !isSpaceCode(run.charCodeAt(at))) at++;
    let text = withoutPossessive(run.slice(index, at));
    // A sentence-final period is not part of the name, an initial's period is ("J.D.").
    if (text.endsWith('.') && !INITIALS.test(text) && !TITLE_WORDS.has(text.toLowerCase())) {
      text = text.slice(0, -1);
    }
    if (text !== '') tokens.push({ text, start: offset + index, end: offset + index + text.length });
  }
  return tokens;
}

const isNameWord = (t: string) => {
  const lower = t.toLowerCase();
  return !TITLE_WORDS.has(lower) && !NOT_NAME_WORDS.has(lower) && !isDemonym(t) && !ALL_CAPITALS.test(t);
};

interface ScanState {
  hits: NameHit[];
  surnames: Map<string, string>;
}

function addUnknown(
  state: ScanState,
  tokens: Token[],
  runStart: number,
  inQuote: (at: number) => boolean,
): void {
  let first = 0;
  while (first < tokens.length && !isNameWord(tokens[first]!.text)) first++;
  // "Minister of Water", "President of Tessaly": what follows an office's "of" is its domain, not a person.
  if (first > 0 && tokens[first - 1]!.text === 'of') return;
  const name = tokens.slice(first);
  if (
    name.length === 0 ||
    name.length > 4 ||
    !name.every((t) => isNameWord(t.text) || LOWER_START.test(t.text))
  ) {
    return;
  }
  const titles = lowerTexts(tokens, 0, first);
  let full = name.map((t) => t.text).join(' ');
  if (name.length === 1) {
    const known = state.surnames.get(full);
    if (known) full = known;
    else if (titles.length === 0 || !titles.some((t) => TITLE_WORDS.has(t))) return;
    // "Ambassador Connell" named once with a title is the "Connell" who speaks later.
    else state.surnames.set(full, full);
  } else {
    state.surnames.set(name[name.length - 1]!.text, full);
  }
  const span: Span = [name[0]!.start, name[name.length - 1]!.end];
  state.hits.push({
    span,
    runStart,
    kind: 'unknown',
    name: full,
    titles,
    inQuote: inQuote(span[0]),
    subject: false,
  });
}

/** Handles a one-word run that names nothing: true when there is nothing more to do. */
function singleWord(
  word: string,
  at: number,
  gazetteer: Gazetteer,
  state: ScanState,
  inQuote: (at: number) => boolean,
): boolean {
  // What `word.replace(/(?:['’]s?|\.)$/, '')` gives: a final period, else a possessive.
  const bare = word.endsWith('.') ? word.slice(0, -1) : withoutPossessive(word);
  // "Morgan" after "Tom Morgan" is Tom Morgan, not the roster's Ada Morgan Lind.
  const other = gazetteer.paternal.has(bare) ? state.surnames.get(bare) : undefined;
  if (other === undefined && (entryNamed(bare, gazetteer) || entryNamed(word, gazetteer))) return false;
  const full = other ?? state.surnames.get(bare);
  if (full === undefined) return true;
  const span: Span = [at, at + bare.length];
  state.hits.push({
    span,
    runStart: at,
    kind: 'unknown',
    name: full,
    titles: [],
    inQuote: inQuote(at),
    subject: false,
  });
  return true;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || c === 46 || c === 45; // a-z . -

/**
 * The last `n` pieces of `lower.split(/[^a-z.-]+/)`, walked from the end: this runs after
 * every name, and splitting the whole window cost more than the name lookup itself.
 */
export function lastWords(lower: string, n: number): string[] {
  const words: string[] = [];
  let end = lower.length;
  while (words.length < n) {
    let start = end;
    while (start > 0 && isWordCode(lower.charCodeAt(start - 1))) start--;
    words.push(lower.slice(start, end));
    if (start === 0) break;
    end = start;
    while (end > 0 && !isWordCode(lower.charCodeAt(end - 1))) end--;
    // A separator at the very start leaves an empty first piece, as split does.
    if (end === 0) {
      if (words.length < n) words.push('');
      break;
    }
  }
  return words.reverse();
}

// Lower-case titles just before a run also describe the name: "Kremlin spokesperson Dmitry Peskov".
function addLeadingTitles(text: string, runStart: number, hits: NameHit[], from: number): void {
  if (hits.length === from) return;
  const titles = lastWords(text.slice(Math.max(0, runStart - 40), runStart).toLowerCase(), 4).filter((w) =>
    TITLE_WORDS.has(w),
  );
  if (titles.length === 0) return;
  for (const hit of hits.slice(from)) hit.titles.push(...titles);
}

/** Index of the first hit whose name (or, with `fromRun`, whose run) starts at or after `at`. */
export function firstHitFrom(hits: NameHit[], at: number, fromRun = false): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fromRun ? hits[mid]!.runStart : hits[mid]!.span[0]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The hits wholly inside `[start, end)` (from their run's start with `fromRun`), in order:
 * hits come in text order, so a sentence's are found by bisection, not by filtering them all.
 */
export function hitsWithin(hits: NameHit[], [start, end]: Span, fromRun = false): NameHit[] {
  const found: NameHit[] = [];
  for (let i = firstHitFrom(hits, start, fromRun); i < hits.length; i++) {
    const hit = hits[i]!;
    if ((fromRun ? hit.runStart : hit.span[0]) >= end) break;
    if (hit.span[1] <= end) found.push(hit);
  }
  return found;
}

// A person's roster office as title words, split once: every mention of them carries these.
const officeWordsOf = new WeakMap<RosterPerson, string[]>();
function officeWords(person: RosterPerson): string[] {
  let words = officeWordsOf.get(person);
  if (!words) {
    words = person.office?.toLowerCase().split(/\W+/) ?? [];
    officeWordsOf.set(person, words);
  }
  return words;
}

/** Every roster name and every likely unknown person name in `text`, in order. */
export function scanNames(text: string, gazetteer: Gazetteer, inQuote: (at: number) => boolean): NameHit[] {
  const state: ScanState = { hits: [], surnames: new Map() };
  for (const match of allMatches(RUN, text)) {
    if (!match[0].includes('-')) {
      readRun(text, match[0], match.index, gazetteer, state, inQuote);
      continue;
    }
    for (const [whole, at] of syllableNames(match[0], match.index)) {
      for (const [piece, index] of runPieces(whole, at, gazetteer)) {
        readRun(text, piece, index, gazetteer, state, inQuote);
      }
    }
  }
  return state.hits;
}

/** The hits of one run of capitalised words (`run`, at `index` in `text`). */
function readRun(
  text: string,
  runText: string,
  index: number,
  gazetteer: Gazetteer,
  state: ScanState,
  inQuote: (at: number) => boolean,
): void {
  // Most runs are one capitalised word: look it up directly, without tokenising.
  if (!runText.includes(' ') && singleWord(runText, index, gazetteer, state, inQuote)) return;
  const first = state.hits.length;
  const tokens = tokenize(runText, index);
  let unmatchedFrom = 0;
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    // The longest window first, then one token shorter: tokens hold no spaces, so each
    // shorter key is the longer one cut at its last space.
    const longest = Math.min(gazetteer.maxTokens, tokens.length - i);
    let key = tokens[i]!.text;
    for (let j = i + 1; j < i + longest; j++) key += ` ${tokens[j]!.text}`;
    for (let len = longest; len > 0 && matched === 0; len--, key = key.slice(0, key.lastIndexOf(' '))) {
      const entry = entryNamed(key, gazetteer);
      // A first surname after another given name ("Tom Morgan") names someone else.
      if (
        !entry ||
        (len === 1 && i > unmatchedFrom && gazetteer.paternal.has(key) && isNameWord(tokens[i - 1]!.text))
      )
        continue;
      matched = len;
      const span: Span = [tokens[i]!.start, tokens[i + len - 1]!.end];
      const before = lowerTexts(tokens, unmatchedFrom, i);
      if (entry.type === 'person') {
        const office = officeWords(entry.person);
        const { id, name } = entry.person;
        state.hits.push({
          span,
          runStart: index,
          kind: 'person',
          id,
          name,
          titles: joined(before, office),
          inQuote: inQuote(span[0]),
          subject: false,
        });
      } else {
        const { id, name } = entry.party;
        state.hits.push({
          span,
          runStart: index,
          kind: 'party',
          id,
          name,
          titles: before,
          inQuote: inQuote(span[0]),
          subject: false,
        });
      }
    }
    if (matched > 0) {
      i += matched;
      unmatchedFrom = i;
    } else {
      i++;
    }
  }
  const rest = tokens.slice(unmatchedFrom);
  if (rest.length > 0) addUnknown(state, rest, index, inQuote);
  addLeadingTitles(text, index, state.hits, first);
}
