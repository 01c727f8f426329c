// Meaning as evidence: what lets "the HED" meet "the Hydro-Electric Dam", "cessation of
// hostilities" meet "ceasefire", "forty-eight hours" meet "two days" and "parties" meet
// "party". A lexicon is built once per comparison from both texts (abbreviations they
// define or spell out) plus the common lists of families.ts; it reads folded words into
// terms (base forms from lemma.ts, quantities from quantities.ts) and says, for each term,
// how it was read, so every pairing it helps can be explained word by word.

import { lemma } from '../core/lemma.ts';
import { COMMON_ABBREVIATIONS, FAMILIES } from './families.ts';
import { readQuantity, startsQuantity } from './quantities.ts';
import { contentWord, foldedWords } from './tokens.ts';

/** How a term was reached from the words of the text. */
export type Reading = 'word' | 'synonym' | 'abbreviation' | 'number';

/**
 * Words that say nothing about a provision's subject when it is read for meaning, beyond
 * the stopwords of matching: quantifiers, modals and the prepositions of place and time.
 */
const MEANING_STOPWORDS = new Set(
  (
    'both each every either neither can could would also only than then there where when whose who whom ' +
    'what how if so no nor yet more less most least within after before under over between through across ' +
    'towards toward during until upon out up our we they he she his her him one own same very per ' +
    'do does did done doing having being shall'
  ).split(' '),
);

/** A word as the meaning reading takes it: its base form, or undefined for a stopword. */
export function meaningWord(word: string): string | undefined {
  if (contentWord(word) === undefined || MEANING_STOPWORDS.has(word)) return undefined;
  return lemma(word);
}

/**
 * The folded words of a text for the meaning reading: "15%" is "15 percent", "$5" is "5 usd".
 * `folded`: the text's `foldedWords`, when the caller has them (most texts have no symbol).
 */
export function meaningWords(text: string, folded?: string[]): string[] {
  if (!SYMBOL.test(text)) return folded ?? foldedWords(text);
  return foldedWords(text.replace(SYMBOLS, (s) => ` ${SYMBOL_WORDS[s] ?? ''} `));
}
const SYMBOL = /[%$€]/;
const SYMBOLS = /[%$€]/g;
const SYMBOL_WORDS: Record<string, string> = { '%': 'percent', $: 'usd', '€': 'eur' };

/** The families as lookup tables, built once: base form → family term, first base of a phrase → phrases. */
interface FamilyTables {
  familyOf: Map<string, string>;
  phrases: Map<string, { bases: string[]; term: string }[]>;
}
let tables: FamilyTables | undefined;
function familyTables(): FamilyTables {
  if (tables) return tables;
  const familyOf = new Map<string, string>();
  const phrases = new Map<string, { bases: string[]; term: string }[]>();
  for (const line of FAMILIES) {
    const family = line.split('|');
    const term = `~${family[0]}`;
    for (const entry of family) {
      const words = entry.split(/[\s-]+/);
      if (words.length === 1) {
        const base = lemma(words[0]!);
        if (!familyOf.has(base)) familyOf.set(base, term);
      } else {
        const bases = words.map(lemma);
        const list = phrases.get(bases[0]!) ?? [];
        list.push({ bases, term });
        // Longest phrase first: "prisoners of war" before "prisoners".
        list.sort((x, y) => y.bases.length - x.bases.length);
        phrases.set(bases[0]!, list);
      }
    }
  }
  tables = { familyOf, phrases };
  return tables;
}

/** One term read from the text: what it matches as, the words it came from, and how. */
export interface ReadTerm {
  term: string;
  /** The folded words read (one, or several for a phrase or a spelt-out number). */
  words: string[];
  reading: Reading;
}

export class Lexicon {
  /** Abbreviation (folded) → its expansion's folded words, and where it was learned. */
  readonly abbreviations = new Map<string, { words: string[]; long: string; learned: boolean }>();
  private readonly tables = familyTables();
  private readonly memo = new Map<string, ReadTerm[]>();
  private readonly bases = new Map<string, string>();

  constructor() {
    for (const [short, long] of Object.entries(COMMON_ABBREVIATIONS)) this.define(short, long, false);
  }

  /** Records that `short` stands for `long` (a text's own definition wins over the common list). */
  define(short: string, long: string, learned: boolean): void {
    const key = short.toLowerCase();
    // "IN" or "TO" in a heading in capitals must never turn every "in" into a name.
    if (contentWord(key) === undefined) return;
    const known = this.abbreviations.get(key);
    if (known?.learned && !learned) return;
    this.abbreviations.set(key, {
      words: long
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
      long,
      learned,
    });
    this.memo.delete(key);
  }

  /**
   * Reads folded words (`meaningWords`) into terms: phrases of a family as one term,
   * quantities with their unit normalised, abbreviations as their expansion, family words
   * as the family; stopwords are dropped and other words read as their base form.
   */
  read(words: readonly string[], emit: (term: ReadTerm) => void): void {
    for (let i = 0; i < words.length; i += this.readAt(words, i, emit));
  }

  /** Reads the term(s) starting at word i; returns how many words were read (at least 1). */
  readAt(words: readonly string[], i: number, emit: (term: ReadTerm) => void): number {
    const word = words[i]!;
    if (word === '') return 1;
    const phrase = this.phraseAt(words, i);
    if (phrase) {
      emit({ term: phrase.term, words: words.slice(i, i + phrase.bases.length), reading: 'synonym' });
      return phrase.bases.length;
    }
    if (startsQuantity(word)) {
      const quantity = readQuantity(words, i);
      if (quantity) {
        emit({ term: quantity.term, words: words.slice(i, i + quantity.used), reading: 'number' });
        return quantity.used;
      }
    }
    for (const t of this.readWord(word)) emit(t);
    return 1;
  }

  /** True when a word's reading depends on the words after it (a phrase or a quantity may start there). */
  startsContext(word: string): boolean {
    return this.tables.phrases.has(this.baseOf(word)) || startsQuantity(word);
  }

  /** The terms of one word read alone (for a word that `startsContext` is false for). */
  termsOf(word: string): readonly ReadTerm[] {
    return this.readWord(word);
  }

  private baseOf(word: string): string {
    let base = this.bases.get(word);
    if (base === undefined) {
      base = lemma(word);
      this.bases.set(word, base);
    }
    return base;
  }

  private phraseAt(words: readonly string[], i: number) {
    const options = this.tables.phrases.get(this.baseOf(words[i]!));
    if (!options) return undefined;
    return options.find((p) =>
      p.bases.every((b, k) => i + k < words.length && this.baseOf(words[i + k]!) === b),
    );
  }

  /** One word's terms, memoised: drafts repeat their words. */
  private readWord(word: string): ReadTerm[] {
    let out = this.memo.get(word);
    if (out) return out;
    const abbreviation = this.abbreviations.get(word);
    if (abbreviation) {
      // The expansion read as text (its phrases too: "LDCs" meets "least developed countries").
      out = [];
      const expansion = abbreviation.words;
      for (let i = 0; i < expansion.length; ) {
        i += this.readExpansionAt(expansion, i, (t) =>
          out!.push({ term: t.term, words: [word], reading: 'abbreviation' }),
        );
      }
    } else {
      const base =
        contentWord(word) === undefined || MEANING_STOPWORDS.has(word) ? undefined : this.baseOf(word);
      const family = base === undefined ? undefined : this.tables.familyOf.get(base);
      out =
        base === undefined
          ? []
          : [
              {
                term: family ?? base,
                words: [word],
                reading: family && family !== `~${base}` ? 'synonym' : 'word',
              },
            ];
    }
    this.memo.set(word, out);
    return out;
  }

  /** Like `readAt`, without expanding abbreviations again (an expansion may contain its own short form). */
  private readExpansionAt(words: readonly string[], i: number, emit: (term: ReadTerm) => void): number {
    const phrase = this.phraseAt(words, i);
    if (phrase) {
      emit({ term: phrase.term, words: [], reading: 'synonym' });
      return phrase.bases.length;
    }
    const base = meaningWord(words[i]!);
    if (base !== undefined)
      emit({ term: this.tables.familyOf.get(base) ?? base, words: [], reading: 'word' });
    return 1;
  }
}

/** Initials of name parts: "Hydro-Electric Dam" → "hed"; lowercase linking words are skipped. */
const LINKING = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'de', 'du', 'des']);

/**
 * Learns the abbreviations two drafts use: "Joint Monitoring Mission (JMM)" anywhere, and an
 * all-capitals word of either text whose letters are the initials of a capitalised name in
 * either text ("the HED" beside "the Hydro-Electric Dam").
 */
export function learnAbbreviations(lexicon: Lexicon, texts: readonly string[]): void {
  const caps = new Set<string>();
  const CAPS = /\b([A-Z]{2,8})s?\b/g;
  for (const text of texts) {
    if (!/[A-Z]{2}/.test(text)) continue;
    for (const m of text.matchAll(CAPS)) caps.add(m[1]!);
  }
  if (caps.size === 0) return;
  const wanted = new Set([...caps].filter((c) => !lexicon.abbreviations.get(c.toLowerCase())?.learned));
  const NAME =
    /\b[A-Z][\p{L}]*(?:-[\p{L}]+)*(?:\s+(?:(?:of|the|for|and|on|in|to|de|du|des)\s+)*[A-Z][\p{L}]*(?:-[\p{L}]+)*)+/gu;
  for (const text of texts) {
    if (wanted.size === 0) return;
    for (const m of text.matchAll(NAME)) {
      const parts = m[0].split(/\s+/);
      // Every run of parts ending anywhere: the name may follow "The" or another capitalised word.
      for (let start = 0; start < parts.length; start++) {
        let initials = '';
        for (let end = start; end < parts.length; end++) {
          const part = parts[end]!;
          if (LINKING.has(part)) continue;
          initials += part
            .split('-')
            .map((p) => p[0] ?? '')
            .join('');
          if (initials.length > 8) break;
          // Only capitalised parts make a name: "Co-operation" gives "Co", never an initial.
          const upper = initials.toUpperCase();
          if (end > start && initials === upper && wanted.has(upper)) {
            lexicon.define(upper, parts.slice(start, end + 1).join(' '), true);
            wanted.delete(upper);
          }
        }
      }
    }
  }
}
