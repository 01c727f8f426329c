// Aligns the provisions of one level (the top of both drafts, or the sub-items of a
// matched pair): candidates, optimal one-to-one assignment, gap filling between anchors,
// then merges and splits. Numbers and order only break ties and rescue weak matches.

import { assignPairs, type WeightedEdge } from './assign.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { type Group, growGroups } from './groups.ts';
import { longestIncreasing } from './order.ts';
import type { Node } from './prepare.ts';
import { cosine } from './vectors.ts';

export interface LevelThresholds {
  minScore: number;
  anchoredMinScore: number;
}

export interface LevelMatch {
  groups: Group[];
  /** Placeholder (or empty) provisions never matched on content, by level index. */
  placeholders: { from: number[]; to: number[] };
  /** Best candidate score of each provision other than the given partner (for confidence). */
  rival: (side: 'from' | 'to', i: number, partners: readonly number[]) => number;
}

/** Gap-filling runs only where the gap is small enough to score exhaustively. */
const MAX_GAP_PAIRS = 400;

// No words anywhere in its subtree, or a "[removed]" marker: a numbered slot, not content.
const isEmpty = (n: Node) => n.terms.length === 0 || (n.placeholder && n.children.length === 0);

/** Matches one level; indices refer to positions in `from` and `to`. */
export function matchLevel(from: readonly Node[], to: readonly Node[], t: LevelThresholds): LevelMatch {
  const activeFrom = from.map((_, i) => i).filter((i) => !isEmpty(from[i]!));
  const activeTo = to.map((_, i) => i).filter((i) => !isEmpty(to[i]!));
  const local = findCandidates(
    activeFrom.map((i) => ({ terms: from[i]!.terms, vector: from[i]!.tree })),
    activeTo.map((i) => ({ terms: to[i]!.terms, vector: to[i]!.tree })),
  );
  const candidates: Candidate[] = local.map((c) => ({
    a: activeFrom[c.a]!,
    b: activeTo[c.b]!,
    score: c.score,
  }));
  const weigh = (c: Candidate): WeightedEdge => ({
    a: c.a,
    b: c.b,
    weight: c.score + bonus(from, to, c.a, c.b),
  });
  const pairs = assignPairs(candidates.filter((c) => c.score >= t.minScore).map(weigh));
  pairs.push(...fillGaps(from, to, pairs, activeFrom, activeTo, t.anchoredMinScore, weigh));
  const groups: Group[] = pairs.map(([a, b]) => ({ from: [a], to: [b] }));
  const nearFrom = new Map<number, Candidate[]>();
  const nearTo = new Map<number, Candidate[]>();
  for (const c of candidates) {
    pushTo(nearFrom, c.a, c);
    pushTo(nearTo, c.b, c);
  }
  const ids = (side: 'from' | 'to', list: readonly Candidate[] | undefined) =>
    (list ?? []).map((c) => (side === 'from' ? c.b : c.a));
  growGroups(from, to, groups, (side, i) => ids(side, (side === 'from' ? nearFrom : nearTo).get(i)));
  const placeholders = pairPlaceholders(from, to, groups);
  const rival = (side: 'from' | 'to', i: number, partners: readonly number[]) => {
    let best = 0;
    for (const c of (side === 'from' ? nearFrom : nearTo).get(i) ?? []) {
      if (!partners.includes(side === 'from' ? c.b : c.a)) best = Math.max(best, c.score);
    }
    return best;
  };
  return { groups, placeholders, rival };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Same number and similar relative position: enough to break a tie, never to make a match. */
function bonus(from: readonly Node[], to: readonly Node[], a: number, b: number): number {
  const sameNumber = from[a]!.numberCore !== '' && from[a]!.numberCore === to[b]!.numberCore ? 0.02 : 0;
  const ra = from.length > 1 ? a / (from.length - 1) : 0;
  const rb = to.length > 1 ? b / (to.length - 1) : 0;
  return sameNumber + 0.02 * (1 - Math.abs(ra - rb));
}

/**
 * Between two consecutive in-order pairs, unmatched provisions on both sides are the same
 * stretch of text: pair them at a lower threshold (re-translations, heavy rewording).
 */
function fillGaps(
  from: readonly Node[],
  to: readonly Node[],
  pairs: readonly [number, number][],
  activeFrom: readonly number[],
  activeTo: readonly number[],
  minScore: number,
  weigh: (c: Candidate) => WeightedEdge,
): [number, number][] {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
  const inOrder = longestIncreasing(sorted.map((p) => p[1]));
  // The two ends of the drafts bound the first and last gaps, but only once content has
  // anchored the drafts to each other: unrelated texts must not be paired by position.
  const inner = sorted.filter((_, i) => inOrder.has(i));
  const anchors: [number, number][] = inner.length > 0 ? [[-1, -1], ...inner, [from.length, to.length]] : [];
  const matchedA = new Set(pairs.map((p) => p[0]));
  const matchedB = new Set(pairs.map((p) => p[1]));
  const freeA = activeFrom.filter((a) => !matchedA.has(a));
  const freeB = activeTo.filter((b) => !matchedB.has(b));
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [a1, b1] = anchors[k]!;
    const [a2, b2] = anchors[k + 1]!;
    const gapA = between(freeA, a1, a2);
    const gapB = between(freeB, b1, b2);
    if (gapA.length === 0 || gapB.length === 0 || gapA.length * gapB.length > MAX_GAP_PAIRS) continue;
    const edges: WeightedEdge[] = [];
    for (const a of gapA) {
      for (const b of gapB) {
        const score = cosine(from[a]!.tree, to[b]!.tree);
        if (score >= minScore) edges.push(weigh({ a, b, score }));
      }
    }
    out.push(...assignPairs(edges));
  }
  return out;
}

/** The values of a sorted list strictly between lo and hi (binary search: gaps are many). */
function between(sorted: readonly number[], lo: number, hi: number): number[] {
  const first = (x: number) => {
    let l = 0;
    let h = sorted.length;
    while (l < h) {
      const m = (l + h) >> 1;
      if (sorted[m]! <= x) l = m + 1;
      else h = m;
    }
    return l;
  };
  return sorted.slice(first(lo), first(hi - 1));
}

/** Placeholders on both sides with the same number are the same empty slot (kept). */
function pairPlaceholders(from: readonly Node[], to: readonly Node[], groups: Group[]) {
  const slotsTo = new Map<string, number[]>();
  to.forEach((n, b) => {
    if (isEmpty(n)) slotsTo.set(n.numberCore, [...(slotsTo.get(n.numberCore) ?? []), b]);
  });
  const left: number[] = [];
  from.forEach((n, a) => {
    if (!isEmpty(n)) return;
    const b = slotsTo.get(n.numberCore)?.shift();
    if (b === undefined) left.push(a);
    else groups.push({ from: [a], to: [b] });
  });
  return { from: left, to: [...slotsTo.values()].flat().sort((x, y) => x - y) };
}
