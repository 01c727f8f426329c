// How alike two passages are in words (link.ts): meaning words weighted by rarity, apart from
// whom they name, and the per-passage readings that keep titles, list items, fields, counters
// and passages about other parties from being linked by words.

import { nameMeaning } from './claimFrames.ts';
import { buildGazetteer } from './gazetteer.ts';
import { ownMeaning, perPassage } from './linkSupport.ts';
import { isFigureWord, meaningWords } from './meaning.ts';
import { SIGNATURE_LINE } from './namedPresence.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export const LINK = 0.3;
// Alike words must be alike in what they say, not only in whom they name.
export const SAID_LINK = 0.2;
// Sentences that differ only in a period's length are this alike: the act and its start are shared.
export const SAME_PERIOD = 0.6;
export type Meanings = Map<Passage, ReadonlySet<string>>;

/** How rare each word is over all passages: a word every source uses says little. */
export function idfOf(sets: ReadonlySet<string>[]): (w: string) => number {
  const df = new Map<string, number>();
  for (const words of sets) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  // Sources of short quotations only (two posts of one line each) weigh no word: all are rare.
  const n = Math.max(1, sets.length);
  return (w) => Math.log(1 + n / (df.get(w) ?? 1));
}

export function similarity(a: Set<string>, b: Set<string>, idf: (w: string) => number): number {
  let shared = 0;
  let all = 0;
  for (const w of a) {
    const x = idf(w);
    all += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) if (!a.has(w)) all += idf(w);
  return all === 0 ? 0 : shared / all;
}

// The names and titles of a passage (its content words) read as meaning words, so that
// "special envoy" is skipped in both readings.
/** How alike two passages are in words: overall, and in what they say besides whom they name. */
export interface Likeness {
  /** Shared over all words, weighted by rarity. */
  sim: number;
  /**
   * Shared over all words but the counts one gives and the other does not: what two tellings of
   * one period or one count are compared by, their figures being what they may disagree on.
   */
  besidesFigures: number;
  /** The same, names and titles left out. */
  said: number;
  /** How many words besides names they share. */
  shared: number;
  /** Those words. */
  both: string[];
}

export function likeness(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  idf: (w: string) => number,
  isName: (w: string) => boolean,
): Likeness {
  let [all, both, saidA, saidB, saidBoth, shared, figuresApart] = [0, 0, 0, 0, 0, 0, 0];
  const words: string[] = [];
  for (const w of a) {
    const x = idf(w);
    all += x;
    const inB = b.has(w);
    if (!inB && isFigureWord(w)) figuresApart += x;
    if (inB) both += x;
    if (isName(w)) continue;
    saidA += x;
    if (inB) {
      saidBoth += x;
      shared++;
      words.push(w);
    }
  }
  for (const w of b) {
    const x = idf(w);
    if (!a.has(w)) all += x;
    if (!a.has(w) && isFigureWord(w)) figuresApart += x;
    if (!isName(w)) saidB += x;
  }
  const saidAll = saidA + saidB - saidBoth;
  return {
    sim: all === 0 ? 0 : both / all,
    besidesFigures: all === figuresApart ? 0 : both / (all - figuresApart),
    said: saidAll === 0 ? 0 : saidBoth / saidAll,
    shared,
    both: words,
  };
}

// Two short remarks alike in one word besides names are alike by chance ("I know there are
// many rumours" / "They know more than they say"): their few words make one shared word weigh a
// third. One word is enough where it weighs half of all their words ("we sign in Fjellby on
// 4 May" / "the signing in Fjellby on 4 May").
export const ONE_WORD_LINK = 0.5;
export const moreThanAWord = (like: Likeness): boolean => like.shared >= 2 || like.sim >= ONE_WORD_LINK;
// Two passages alike in two words besides names, whose words weigh less than half of all theirs,
// share a pair of words, not a claim: "the parties agreed to meet" and "the parties must agree on
// the water" share "party" and "agree". Over every set of the corpus such pairs were wrong more
// than four times in five; a third word, or half the weight, makes them one claim more often than
// not, and so does one speaker quoted in both (one remark rendered twice). Such a pair is still
// linked where the two disagree: flagging them takes the link.
export const moreThanTwoWords = (like: Likeness): boolean => like.shared >= 3 || like.sim >= ONE_WORD_LINK;
/** Whether a link rests on two shared words alone, with no disagreement to show. */
export const weakAlike = (reason: string, flagged: boolean): boolean =>
  !flagged && reason.startsWith('alike in two words');

export const HEADING_WORDS = 20;
/**
 * A title or dateline ("Tarn river expert talks — record of the first session", "Special
 * Envoy Toller concludes visits to Velmar"): a line of the document's own that ends in no
 * stop. It names what the document is, and two documents of one genre name it alike.
 */
export const isHeading = perPassage(
  (p) =>
    p.kind === 'sentence' &&
    !/[.!?;:…"'”’]\s*$/.test(withoutPostMarks(p.text)) &&
    p.text.split(/\s+/).length <= HEADING_WORDS &&
    !isField(p.text) &&
    !isListItem(p.text) &&
    !SIGNATURE_LINE.test(p.text) &&
    !CAPTION_CUE.test(p.text),
);
// A video's caption cue ("00:01:02.400 --> 00:01:06.900 so the ministers meet") runs on with no
// stop: it is speech, not the document's title.
const CAPTION_CUE = /\d{2}:\d{2}[.,]\d{3}\s*-->/;
// A post's sentence may end in pictographs and hashtags after its stop ("… no final agreement
// yet. 🇹🇻 #Vell"): they are no part of the sentence, and leave it no title. Anchored at the end but
// tried from every start, the pattern is quadratic: it only sees a sentence's last 200 characters.
export const POST_MARKS =
  /(?:\s|\uFE0F|\u200D|\p{Extended_Pictographic}|\p{Regional_Indicator}|#[\p{L}\d_]+)+$/u;
export const withoutPostMarks = (text: string) => text.slice(-200).replace(POST_MARKS, '');
/**
 * A line of a list ("- Inspections: one of the three joint inspection points will sit inside
 * the port", "• the first trains within ten days"): an item states a fact; no title opens
 * with a bullet.
 */
export const isListItem = (text: string) =>
  /^[•*·–-]\s+\S/.test(text) && text.split(/\s+/).length - 1 >= LIST_ITEM_WORDS;
// Fewer words than this after a bullet are a menu or a list of names, not a statement.
export const LIST_ITEM_WORDS = 6;
/**
 * A fact box's line, a label and its value ("Mandate: 12 months, renewable", "Initial
 * strength: 60 observers"): it states a fact as a sentence does, though it ends in no stop.
 * A title with a colon names no figure ("Sorrance talks: day two").
 */
export const isField = (text: string) =>
  /^(?:[•*·–-]\s*)?[\p{L}][\p{L}'’ -]{1,40}:\s+\S/u.test(text) && /\d/.test(text);

// A post's counters ("214 Replies 1.1K Reposts 3.4K Likes"): how it was received, no claim.
// Each counter starts on a digit, so the separators between them and its figure never overlap.
export const COUNTERS =
  /^\W*(?:\d[\d.,]*\s*[KkMm]?\s*(?:repl(?:y|ies)|reposts?|retweets?|likes?|views?|shares?|comments?|quotes?|bookmarks?)\b\W*)+$/i;
export const isCounters = perPassage((p) => COUNTERS.test(p.text));

/** The parties a passage names, by name or through a person of theirs. */
export const partiesNamed = perPassage((p, roster) => {
  const g = buildGazetteer(roster);
  return new Set(p.names.map((id) => g.personById.get(id)?.party ?? id));
});

/**
 * Whether two passages name parties and none in common: "Moss led her country's team" and
 * "Brandt leads his country's delegation" say alike of two different sides. A passage that
 * names no one may be about anyone.
 */
export function aboutOthers(a: Passage, b: Passage, roster: Roster): boolean {
  const [pa, pb] = [partiesNamed(a, roster), partiesNamed(b, roster)];
  return pa.size > 0 && pb.size > 0 && ![...pa].some((x) => pb.has(x));
}

/**
 * Whether a passage led by "it" or "that" is alike to another in its own words too, not only
 * through the sentence before it: "That is what I will tell our Assembly" repeats none of the
 * quotation it points back to, and the quotation itself is linked.
 */
export function saysItself(p: Passage, other: Passage, roster: Roster): boolean {
  if (!p.antecedents?.length) return true;
  const theirs = ownMeaning(other, roster);
  return ownBesideNames(p, roster).some((w) => theirs.has(w));
}

// A passage's own meaning words that are not of a name: read once, asked once per other passage.
export const ownBesideNames = perPassage((p, roster) => {
  const names = nameMeaning(p, roster);
  return [...ownMeaning(p, roster)].filter((w) => !names.has(w));
});

/**
 * The meaning words of every passage (meaning.ts), with those of its antecedents for a passage
 * led by "it" or "this" ("For us it is finished." is about the protocol named before).
 */
export function meaningsOf(passages: Passage[], roster: Roster): Meanings {
  const meanings: Meanings = new Map();
  for (const p of passages) {
    const own = ownMeaning(p, roster);
    if (!p.antecedents?.length) {
      meanings.set(p, own);
      continue;
    }
    const words = new Set(own);
    for (const said of p.antecedents) for (const w of meaningWords(said)) words.add(w);
    meanings.set(p, words);
  }
  return meanings;
}
