// Synthetic draft pairs with known truth, for measuring alignment quality and speed:
// a draft of pseudo-words is renumbered, reordered, reworded (synonyms, dropped and added
// words, swapped sentences), merged, split, extended and cut at given rates, from a seed.

import type { PairKind, ProvisionInput } from './types.ts';

export interface PerturbationRates {
  /** Share of provisions moved elsewhere. */
  reorder: number;
  /** Share of provisions reworded, and how much of each (share of words touched). */
  reword: number;
  rewordStrength: number;
  /** Share of provisions merged with the next one, or split in two. */
  merge: number;
  split: number;
  /** New provisions per old one, and share of old ones deleted. */
  add: number;
  delete: number;
  /** Share of provisions rewritten on the same subject (paraphrase.ts), and share of their sentences. */
  paraphrase: number;
  paraphraseStrength: number;
}

/** "Moderate": the quality bar (F1 ≥ 0.95) is set at this level. */
export const MODERATE: PerturbationRates = {
  reorder: 0.1,
  reword: 0.3,
  rewordStrength: 0.2,
  merge: 0.05,
  split: 0.05,
  add: 0.05,
  delete: 0.05,
  paraphrase: 0,
  paraphraseStrength: 0,
};

export interface TruthPair {
  from: string[];
  to: string[];
  kind: PairKind;
}

export interface AlignmentTruth {
  pairs: TruthPair[];
  added: string[];
  deleted: string[];
}

export interface SyntheticPair {
  from: ProvisionInput[];
  to: ProvisionInput[];
  truth: AlignmentTruth;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka to ri mu se la no vi de pa ru mi te so fa gi lo ne ba tu'.split(' ');

/** A vocabulary of pseudo-words (no real sentences), a synonym for each, and a Zipf sampler. */
export class PseudoLanguage {
  readonly words: string[];
  readonly synonyms: string[];
  private readonly cumulative: Float64Array;

  constructor(
    private readonly random: () => number,
    size = 4000,
  ) {
    const make = (taken: Set<string>) => {
      for (;;) {
        const n = 1 + Math.floor(random() * 3) + (random() < 0.5 ? 1 : 0);
        const word = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
          '',
        );
        if (!taken.has(word)) {
          taken.add(word);
          return word;
        }
      }
    };
    const taken = new Set<string>();
    this.words = Array.from({ length: size }, () => make(taken));
    this.synonyms = this.words.map(() => make(taken));
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let r = 0; r < size; r++) {
      total += 1 / (r + 1);
      this.cumulative[r] = total;
    }
    for (let r = 0; r < size; r++) this.cumulative[r] = this.cumulative[r]! / total;
  }

  /** One word, Zipf-distributed like real text. */
  word(): string {
    const x = this.random();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }

  synonymOf(word: string): string {
    const i = this.rankOf(word);
    return i >= 0 ? this.synonyms[i]! : word;
  }

  /** Frequency rank of a word (0 the commonest), -1 for a word not in the vocabulary. */
  rankOf(word: string): number {
    this.ranks ??= new Map(this.words.map((w, i) => [w, i]));
    return this.ranks.get(word) ?? -1;
  }
  private ranks: Map<string, number> | undefined;

  /** A provision of 2–4 sentences of 6–16 words. */
  provision(): string {
    const sentences = 2 + Math.floor(this.random() * 3);
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }

  sentence(): string {
    const n = 6 + Math.floor(this.random() * 11);
    const words = Array.from({ length: n }, () => this.word());
    const first = words[0]!;
    words[0] = first[0]!.toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  }
}
