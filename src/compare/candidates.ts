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
/** A provision whose every shingle is common still gets its rarest few looked up. */
const FALLBACK_KEYS = 3;
/** Candidates kept per provision and side. */
const TOP_K = 8;

function shingles(terms: readonly number[]): number[] {
  const keys = new Set<number>();
  for (let i = 0; i < terms.length; i++) {
    keys.add(terms[i]! * 2);
    // Pairs hashed into odd numbers so they never collide with a single word's key.
    if (i + 1 < terms.length) keys.add(((terms[i]! * 1_000_003 + terms[i + 1]!) % 2_147_483_629) * 2 + 1);
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
    // Both directions, so each side's best few are in even when the other side has many rivals.
    for (const [a, b, score] of probe(from, to)) found.set(a * to.length + b, { a, b, score });
    for (const [b, a, score] of probe(to, from)) found.set(a * to.length + b, { a, b, score });
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
  queries.forEach((unit, q) => {
    const lists = shingles(unit.terms)
      .map((key) => index.get(key))
      .filter((list): list is number[] => list !== undefined)
      .sort((x, y) => x.length - y.length);
    const hits = new Map<number, number>();
    const common = lists.length > 0 && lists[0]!.length > MAX_POSTINGS;
    lists.forEach((list, rank) => {
      // Only a provision made of common words alone falls back to (a bounded prefix of) its rarest lists.
      if (list.length > MAX_POSTINGS && !(common && rank < FALLBACK_KEYS)) return;
      const weight = 1 / Math.log2(1 + list.length);
      const end = Math.min(list.length, MAX_POSTINGS * 8);
      for (let i = 0; i < end; i++) hits.set(list[i]!, (hits.get(list[i]!) ?? 0) + weight);
    });
    const shortlist = [...hits.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, TOP_K * 2);
    const best = shortlist
      .map(([t]): [number, number, number] => [q, t, cosine(unit.vector, target[t]!.vector)])
      .filter((c) => c[2] > 0)
      .sort((x, y) => y[2] - x[2] || x[1] - y[1])
      .slice(0, TOP_K);
    out.push(...best);
  });
  return out;
}
