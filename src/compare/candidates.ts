// The sub-quadratic step before any pairwise scoring: an inverted index on word shingles
// (rare words and word pairs) proposes, for each provision, the few provisions of the
// other draft worth scoring. Small levels skip the index and score every pair.

import { cosine, type TermVector } from './vectors.ts';

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

function shingles(terms: readonly number[]): number[] {
  const keys = new Set<number>();
  for (let i = 0; i < terms.length; i++) {
    keys.add(terms[i]! * 2);
    // Pairs hashed into odd small integers (V8 keeps them unboxed), never colliding with a word's even key.
    if (i + 1 < terms.length) keys.add(((terms[i]! * 1_000_003 + terms[i + 1]!) % 536_870_909) * 2 + 1);
  }
  return [...keys];
}

/** Returns scored candidate pairs, each provision's best few, in a deterministic order. */
export function findCandidates(from: readonly MatchUnit[], to: readonly MatchUnit[]): Candidate[] {
  const found = new Map<number, Candidate>();
  if (from.length * to.length <= EXHAUSTIVE_PAIRS) {
    from.forEach((u, a) => {
      to.forEach((v, b) => {
        const score = cosine(u.vector, v.vector);
        if (score > 0) found.set(a * to.length + b, { a, b, score });
      });
    });
  } else {
    // One direction suffices: a provision's best partner is almost always among that partner's best few too.
    for (const [a, b, score] of probe(from, to)) found.set(a * to.length + b, { a, b, score });
  }
  return [...found.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => c);
}

/** For each query unit, its TOP_K best-scoring units of `target` as [query, target, score]. */
function probe(queries: readonly MatchUnit[], target: readonly MatchUnit[]): [number, number, number][] {
  const index = new Map<number, number[]>();
  target.forEach((unit, t) => {
    for (const key of shingles(unit.terms)) {
      const list = index.get(key);
      if (list) list.push(t);
      else index.set(key, [t]);
    }
  });
  const out: [number, number, number][] = [];
  // Dense accumulator reused across queries; `touched` resets only what was written.
  const hits = new Float64Array(target.length);
  const touched: number[] = [];
  queries.forEach((unit, q) => {
    const all: number[][] = [];
    for (const key of shingles(unit.terms)) {
      const list = index.get(key);
      if (list) all.push(list);
    }
    let lists = all.filter((list) => list.length <= MAX_POSTINGS);
    // Only a provision made of common words alone falls back to (a bounded prefix of) its rarest lists.
    if (lists.length === 0) lists = all.sort((x, y) => x.length - y.length).slice(0, FALLBACK_KEYS);
    else if (lists.length > MAX_KEYS) lists = lists.sort((x, y) => x.length - y.length).slice(0, MAX_KEYS);
    for (const list of lists) {
      const weight = 1 / Math.log2(1 + list.length);
      const end = Math.min(list.length, MAX_POSTINGS * 8);
      for (let i = 0; i < end; i++) {
        const t = list[i]!;
        if (hits[t] === 0) touched.push(t);
        hits[t] = hits[t]! + weight;
      }
    }
    const shortlist = topBy(touched, hits, TOP_K * 2);
    const best = shortlist
      .map((t): [number, number, number] => [q, t, cosine(unit.vector, target[t]!.vector)])
      .filter((c) => c[2] > 0)
      .sort((x, y) => y[2] - x[2] || x[1] - y[1])
      .slice(0, TOP_K);
    out.push(...best);
    for (const t of touched) hits[t] = 0;
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
