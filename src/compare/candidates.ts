// The sub-quadratic step before any pairwise scoring: an inverted index on word shingles
// (rare words and word pairs) proposes, for each provision, the few provisions of the
// other draft worth scoring. Small levels skip the index and score every pair.

import { PostingIndex } from './postings.ts';
import { CosineScorer, cosine, type TermVector, vocabularySizeOf } from './vectors.ts';

export interface MatchUnit {
  /** Content word ids in text order. */
  terms: readonly number[];
  vector: TermVector;
}

export interface Candidate {
  a: number;
  b: number;
  score: number;
}

/** Levels at most this many pairs are scored exhaustively (exact and still cheap). */
const EXHAUSTIVE_PAIRS = 4096;
/** Shingles shared by more provisions than this say little and would make the step quadratic. */
const MAX_POSTINGS = 48;
/** The rarest shingles of a provision identify it; more only cost time. */
const MAX_KEYS = 24;
/** A provision whose every shingle is common still gets its rarest few looked up. */
const FALLBACK_KEYS = 3;
/** Candidates kept per provision and side. */
const TOP_K = 8;

/** A unit's shingle keys in text order: its words (even keys) and word pairs (odd keys); repeats stay. */
function shingles(terms: readonly number[]): number[] {
  const keys: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    keys.push(terms[i]! * 2);
    // Pairs hashed into odd small integers (V8 keeps them unboxed), never colliding with a word's even key.
    if (i + 1 < terms.length) keys.push(((terms[i]! * 1_000_003 + terms[i + 1]!) % 536_870_909) * 2 + 1);
  }
  return keys;
}

/** Returns scored candidate pairs, each provision's best few, ordered by `a` then `b`. */
export function findCandidates(from: readonly MatchUnit[], to: readonly MatchUnit[]): Candidate[] {
  const out: Candidate[] = [];
  if (from.length * to.length <= EXHAUSTIVE_PAIRS) {
    from.forEach((u, a) => {
      to.forEach((v, b) => {
        const score = cosine(u.vector, v.vector);
        if (score > 0) out.push({ a, b, score });
      });
    });
    return out;
  }
  const scorer = new CosineScorer(vocabularySizeOf([...from, ...to].map((u) => u.vector)));
  // One direction suffices: a provision's best partner is almost always among that partner's best few too.
  const index = new PostingIndex(to.map((unit) => shingles(unit.terms)));
  // Dense accumulator reused across queries; `touched` resets only what was written.
  const hits = new Float64Array(to.length);
  const touched: number[] = [];
  // Slot → last query that looked it up: a query's repeated shingles count once.
  const askedBy = new Int32Array(index.capacity).fill(-1);
  const bySize = (x: number, y: number) => index.size(x) - index.size(y);
  from.forEach((unit, a) => {
    // Slots of the query's distinct shingles that some unit of `to` has, in text order.
    const all: number[] = [];
    for (const key of shingles(unit.terms)) {
      const slot = index.find(key);
      if (slot < 0 || askedBy[slot] === a) continue;
      askedBy[slot] = a;
      all.push(slot);
    }
    let lists = all.filter((slot) => index.size(slot) <= MAX_POSTINGS);
    // Only a provision made of common words alone falls back to (a bounded prefix of) its rarest lists.
    if (lists.length === 0) lists = all.sort(bySize).slice(0, FALLBACK_KEYS);
    else if (lists.length > MAX_KEYS) lists = lists.sort(bySize).slice(0, MAX_KEYS);
    for (const slot of lists) {
      const size = index.size(slot);
      const weight = 1 / Math.log2(1 + size);
      const end = Math.min(size, MAX_POSTINGS * 8);
      for (let i = 0; i < end; i++) {
        const b = index.unit(slot, i);
        if (hits[b] === 0) touched.push(b);
        hits[b] = hits[b]! + weight;
      }
    }
    scorer.load(unit.vector);
    const best = topBy(touched, hits, TOP_K * 2)
      .map((b): Candidate => ({ a, b, score: scorer.score(to[b]!.vector) }))
      .filter((c) => c.score > 0)
      .sort((x, y) => y.score - x.score || x.b - y.b)
      .slice(0, TOP_K)
      .sort((x, y) => x.b - y.b);
    for (const c of best) out.push(c);
    for (const b of touched) hits[b] = 0;
    touched.length = 0;
  });
  return out;
}

/** The `k` ids with the highest value (ties: lower id first), without sorting them all. */
function topBy(ids: readonly number[], value: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) => value[x]! > value[y]! || (value[x] === value[y] && x < y);
  for (const id of ids) {
    if (top.length === k && !better(id, top[k - 1]!)) continue;
    let at = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(id);
    while (at > 0 && better(id, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = id;
  }
  return top;
}
