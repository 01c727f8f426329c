// Aligns the provisions of one level (the top of both drafts, or the sub-items of a
// matched pair): candidates, optimal one-to-one assignment, gap filling between anchors,
// then merges and splits. Numbers and order only break ties and rescue weak matches.

import { assignPairs, type WeightedEdge } from './assign.ts';
import { type Candidate, findCandidates } from './candidates.ts';
import { type Group, growGroups } from './groups.ts';
import { longestIncreasing } from './order.ts';
import type { Node } from './prepare.ts';
import { foldText } from './tokens.ts';
import { cosine } from './vectors.ts';

export interface LevelThresholds {
  minScore: number;
  anchoredMinScore: number;
}

/** Where a pair made inside a gap sat: the anchored pairs around it and the gap's sizes (level indices). */
export interface GapPlace {
  /** The in-order pair before the gap ([-1, -1]: the start of both drafts). */
  before: [number, number];
  /** The in-order pair after it (the lengths of both levels: their ends). */
  after: [number, number];
  /** Unmatched provisions in the gap on each side. */
  size: [number, number];
  /** Set when no gap held the pair: its neighbours' pairs that stood beside it (level indices). */
  beside?: [number, number][];
}

export interface LevelMatch {
  groups: Group[];
  /** For pairs made inside a gap between anchors, keyed "a:b": the place that backed them. */
  gaps: Map<string, GapPlace>;
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
  const gaps = new Map<string, GapPlace>();
  pairs.push(...fillGaps(from, to, pairs, activeFrom, activeTo, t.anchoredMinScore, weigh, gaps));
  // Each pair made beside its neighbours' may place the next one ("8 → C.8", then "9 → C.7").
  for (let round = 0; round < MAX_NEIGHBOUR_ROUNDS; round++) {
    const beside = pairBesideNeighbours(from, to, pairs, activeFrom, activeTo, gaps);
    if (beside.length === 0) break;
    pairs.push(...beside);
  }
  pairs.push(...pairOnMeaning(from, to, pairs, activeFrom, activeTo));
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
  return { groups, gaps, placeholders, rival };
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
 * stretch of text: pair them at a lower threshold (re-translations, heavy rewording). There
 * the words may be read for meaning (abbreviations, word families, numbers), and structure
 * counts: the same place in the gap, the same number, the same count of sub-items.
 */
function fillGaps(
  from: readonly Node[],
  to: readonly Node[],
  pairs: readonly [number, number][],
  activeFrom: readonly number[],
  activeTo: readonly number[],
  minScore: number,
  weigh: (c: Candidate) => WeightedEdge,
  places: Map<string, GapPlace>,
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
    gapA.forEach((a, i) => {
      gapB.forEach((b, j) => {
        const score = cosine(from[a]!.tree, to[b]!.tree);
        const placeA = (i + 0.5) / gapA.length;
        const placeB = (j + 0.5) / gapB.length;
        // A few shared words are evidence only near the same place in the gap: across a wide
        // gap, a point at its end never pairs on them with a new point at its start.
        if (
          score >= minScore &&
          (gapA.length + gapB.length <= WIDE_GAP || Math.abs(placeA - placeB) <= FAR_IN_GAP)
        ) {
          edges.push(weigh({ a, b, score }));
          return;
        }
        const evidence = gapEvidence(from[a]!, to[b]!, placeA, placeB);
        if (evidence > 0) edges.push({ a, b, weight: evidence });
      });
    });
    for (const [a, b] of assignPairs(edges)) {
      out.push([a, b]);
      places.set(`${a}:${b}`, { before: [a1, b1], after: [a2, b2], size: [gapA.length, gapB.length] });
    }
  }
  return out;
}

/** Gaps with more provisions than this on both sides together are wide: place in them counts. */
const WIDE_GAP = 6;
/** How far apart (share of their gaps) two provisions of a wide gap may sit and still pair on few words. */
const FAR_IN_GAP = 0.5;

/** Least similarity of the two texts read for meaning, with structure and place behind it. */
const REWRITTEN_MIN_MEANING = 0.15;
/** Least total (meaning + place + structure) for a pair the words alone would not make. */
const REWRITTEN_MIN_EVIDENCE = 0.3;

/**
 * Evidence that two unmatched provisions of one gap are one provision rewritten (0: none):
 * their similarity read for meaning, plus up to 0.1 for the same relative place in the gap
 * and 0.05 each for the same number and the same count of sub-items, less 0.05 when both
 * have headings with no word in common. Without meaning shared there is no pair, however
 * well placed: a new point at an old number is new. (Measured on Paris 2015, pairs in the
 * gaps read for meaning below 0.15 were mostly different provisions.)
 */
function gapEvidence(a: Node, b: Node, placeA: number, placeB: number): number {
  const meaning = cosine(a.meaning, b.meaning);
  if (meaning < REWRITTEN_MIN_MEANING) return 0;
  const place = 0.1 * (1 - Math.abs(placeA - placeB));
  const number = a.numberCore !== '' && a.numberCore === b.numberCore ? 0.05 : 0;
  const items = a.children.length > 0 && a.children.length === b.children.length ? 0.05 : 0;
  const evidence = meaning + place + number + items - (headingsDiffer(a, b) ? 0.05 : 0);
  return evidence >= REWRITTEN_MIN_EVIDENCE ? evidence : 0;
}

/** Least similarity read for meaning for a pair whose place is its neighbours' partners, not a gap. */
const NEIGHBOUR_MIN_MEANING = 0.25;
/** Rounds of pairing beside neighbours: a run of reordered points is placed one by one. */
const MAX_NEIGHBOUR_ROUNDS = 4;

/**
 * Unmatched provisions whose neighbours are paired with neighbours of each other, outside
 * any gap between in-order anchors: points reordered inside a regrouped chapter (7, 8, 9
 * become C.9, C.8, C.7) have no gap to stand in, but a point whose neighbour's partner stands
 * right beside it is placed all the same. Read for meaning at a bar between the gap's and
 * the bar for a point with no place at all; each neighbour that agrees adds to the evidence.
 */
function pairBesideNeighbours(
  from: readonly Node[],
  to: readonly Node[],
  pairs: readonly [number, number][],
  activeFrom: readonly number[],
  activeTo: readonly number[],
  places: Map<string, GapPlace>,
): [number, number][] {
  const partnerOf = new Map(pairs.map(([a, b]) => [a, b]));
  const pairedTo = new Set(pairs.map((p) => p[1]));
  const freeB = activeTo.filter((b) => !pairedTo.has(b));
  const freeA = activeFrom.filter((a) => !partnerOf.has(a));
  if (freeA.length === 0 || freeB.length === 0 || freeA.length * freeB.length > MAX_MEANING_PAIRS) return [];
  const edges: WeightedEdge[] = [];
  const beside = new Map<string, [number, number][]>();
  for (const a of freeA) {
    const near: [number, number][] = [];
    for (const n of [a - 1, a + 1]) {
      const b = partnerOf.get(n);
      if (b !== undefined) near.push([n, b]);
    }
    if (near.length === 0) continue;
    for (const b of freeB) {
      const agreeing = near.filter(([, n]) => Math.abs(n - b) === 1);
      if (agreeing.length === 0) continue;
      const meaning = cosine(from[a]!.meaning, to[b]!.meaning);
      if (meaning < NEIGHBOUR_MIN_MEANING || headingsDiffer(from[a]!, to[b]!)) continue;
      edges.push({ a, b, weight: meaning + 0.05 * agreeing.length });
      beside.set(`${a}:${b}`, agreeing);
    }
  }
  const out = assignPairs(edges);
  for (const [a, b] of out) {
    const agreeing = beside.get(`${a}:${b}`)!;
    places.set(`${a}:${b}`, {
      before: agreeing[0]!,
      after: agreeing.at(-1)!,
      size: [1, 1],
      beside: agreeing,
    });
  }
  return out;
}

/** Least similarity read for meaning for a pair with no place to back it (a point moved and rewritten). */
const MOVED_MIN_MEANING = 0.4;
/** Above this many pairs of leftovers, the meaning pass is skipped (bounded cost). */
const MAX_MEANING_PAIRS = 4096;

/**
 * What is still unmatched anywhere in the level, read for meaning at a high bar: a point
 * both moved and rewritten ("foreign fighters leave" → "foreign combatants depart") has no
 * gap to stand in, so its meaning must carry it alone.
 */
function pairOnMeaning(
  from: readonly Node[],
  to: readonly Node[],
  pairs: readonly [number, number][],
  activeFrom: readonly number[],
  activeTo: readonly number[],
): [number, number][] {
  const matchedA = new Set(pairs.map((p) => p[0]));
  const matchedB = new Set(pairs.map((p) => p[1]));
  const freeA = activeFrom.filter((a) => !matchedA.has(a));
  const freeB = activeTo.filter((b) => !matchedB.has(b));
  if (freeA.length === 0 || freeB.length === 0 || freeA.length * freeB.length > MAX_MEANING_PAIRS) return [];
  const edges: WeightedEdge[] = [];
  for (const a of freeA) {
    for (const b of freeB) {
      const meaning = cosine(from[a]!.meaning, to[b]!.meaning);
      if (meaning >= MOVED_MIN_MEANING) edges.push({ a, b, weight: meaning });
    }
  }
  return assignPairs(edges);
}

/** Both provisions have a heading and the two headings share no word. */
export function headingsDiffer(a: Node, b: Node): boolean {
  const x = a.provision.heading?.trim();
  const y = b.provision.heading?.trim();
  if (!x || !y) return false;
  const words = new Set(
    foldText(x)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
  return !foldText(y)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => words.has(w));
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
