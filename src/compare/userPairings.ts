// Pairings a user stated (lineage confirmed or overridden) laid over the engine's
// alignment, where they win. A pairing the engine already made is only marked confirmed;
// otherwise the engine pairs touching its provisions are undone (their other members
// become added or deleted), and the user's pair takes their place with its sub-items
// aligned afresh.

import { ParleyError } from '../core/errors.ts';
import { kindOf, round3, similarity } from './classify.ts';
import { longestIncreasing } from './order.ts';
import type { Node, PreparedDraft } from './prepare.ts';
import type { AlignedPair, Alignment, UserPairing } from './types.ts';

type AlignChildren = (olds: Node[], news: Node[]) => Alignment;

interface Drafts {
  from: PreparedDraft;
  to: PreparedDraft;
  alignChildren: AlignChildren;
}

/**
 * Applies `pairings` to `top` in place. Pairings sharing a provision are read as one
 * (two user pairings from the same old provision are a split). Throws `invalid_input`
 * for a path neither draft has.
 */
export function applyUserPairings(
  top: Alignment,
  from: PreparedDraft,
  to: PreparedDraft,
  pairings: readonly UserPairing[],
  alignChildren: AlignChildren,
): void {
  const drafts = { from, to, alignChildren };
  for (const p of unite(checked(pairings, from, to), from, to)) apply(top, p, drafts);
}

function checked(pairings: readonly UserPairing[], from: PreparedDraft, to: PreparedDraft): UserPairing[] {
  for (const [side, draft] of [
    ['from', from],
    ['to', to],
  ] as const) {
    for (const p of pairings) {
      const unknown = p[side].find((path) => !draft.byPath.has(path));
      if (unknown !== undefined) {
        throw new ParleyError(
          'invalid_input',
          `a user pairing names provision '${unknown}', which the ${side === 'from' ? 'older' : 'newer'} draft does not have`,
          { side, path: unknown, hint: 'name provisions by their paths in the two drafts compared' },
        );
      }
    }
  }
  return pairings.filter((p) => p.from.length > 0 || p.to.length > 0);
}

/** Pairings sharing a provision become one; shallowest first, so a pairing of sub-items wins inside its parents' pair. */
function unite(pairings: readonly UserPairing[], from: PreparedDraft, to: PreparedDraft): UserPairing[] {
  const groups: { from: Set<string>; to: Set<string> }[] = [];
  for (const p of pairings) {
    const joined = { from: new Set(p.from), to: new Set(p.to) };
    for (let g = groups.length - 1; g >= 0; g--) {
      const other = groups[g]!;
      if ([...joined.from].some((x) => other.from.has(x)) || [...joined.to].some((x) => other.to.has(x))) {
        for (const x of other.from) joined.from.add(x);
        for (const x of other.to) joined.to.add(x);
        groups.splice(g, 1);
      }
    }
    groups.push(joined);
  }
  const depth = (draft: PreparedDraft, path: string) => {
    let d = 0;
    for (let p = parentOf(draft, path); p !== undefined; p = parentOf(draft, p)) d++;
    return d;
  };
  const order = (g: { from: Set<string>; to: Set<string> }) =>
    Math.min(...[...g.from].map((p) => depth(from, p)), ...[...g.to].map((p) => depth(to, p)));
  const inReadingOrder = (draft: PreparedDraft, paths: Set<string>) => {
    const index = indexOf(draft);
    return [...paths].sort((x, y) => index.get(x)! - index.get(y)!);
  };
  return groups
    .map((g) => ({ g, depth: order(g) }))
    .sort((x, y) => x.depth - y.depth)
    .map(({ g }) => ({ from: inReadingOrder(from, g.from), to: inReadingOrder(to, g.to) }));
}

function apply(top: Alignment, p: UserPairing, drafts: Drafts): void {
  const fromSet = new Set(p.from);
  const toSet = new Set(p.to);
  const same = (xs: readonly string[], set: Set<string>) =>
    xs.length === set.size && xs.every((x) => set.has(x));
  for (const { pair } of pairsIn(top)) {
    if (same(pair.from, fromSet) && same(pair.to, toSet)) {
      pair.user = 'confirmed';
      return;
    }
  }
  const reduced = release(top, { from: fromSet, to: toSet }, drafts);
  if (p.from.length > 0 && p.to.length > 0) {
    forEachLevel(top, (level) => {
      level.deleted = level.deleted.filter((x) => !fromSet.has(x));
      level.added = level.added.filter((x) => !toSet.has(x));
      level.placeholders.from = level.placeholders.from.filter((x) => !fromSet.has(x));
      level.placeholders.to = level.placeholders.to.filter((x) => !toSet.has(x));
    });
    insert(top, p, drafts);
  }
  // (One side empty, stated as new or as gone: released into `added` or `deleted` above, or there already.)
  for (const pair of reduced) alignSubItems(top, pair, drafts);
}

interface PathSets {
  from: Set<string>;
  to: Set<string>;
}

/**
 * Takes `claimed` provisions out of every pair under `root`, back to the pair's level as
 * deleted and added (the caller pairs them elsewhere, or not). The members left keep their
 * pair, reclassified and returned (their sub-items need aligning again), unless one side
 * is left empty: then they go back to the level too.
 */
function release(root: Alignment, claimed: PathSets, { from, to }: Drafts): AlignedPair[] {
  const reduced: AlignedPair[] = [];
  forEachLevel(root, (level) => {
    const kept: AlignedPair[] = [];
    for (const pair of level.pairs) {
      const olds = pair.from.filter((x) => !claimed.from.has(x));
      const news = pair.to.filter((x) => !claimed.to.has(x));
      if (olds.length === pair.from.length && news.length === pair.to.length) {
        kept.push(pair);
      } else if (olds.length > 0 && news.length > 0) {
        const oldNodes = olds.map((x) => from.byPath.get(x)!);
        const newNodes = news.map((x) => to.byPath.get(x)!);
        const score = round3(similarity(oldNodes, newNodes));
        const { children: _dropped, evidence: _stale, ...rest } = pair;
        const smaller: AlignedPair = {
          ...rest,
          from: olds,
          to: news,
          kind: kindOf(oldNodes, newNodes, pair.moved),
          score,
          confidence: Math.min(pair.confidence, score),
        };
        kept.push(smaller);
        reduced.push(smaller);
        level.deleted.push(...pair.from.filter((x) => claimed.from.has(x)));
        level.added.push(...pair.to.filter((x) => claimed.to.has(x)));
      } else {
        level.deleted.push(...pair.from);
        level.added.push(...pair.to);
      }
    }
    level.pairs = kept;
  });
  return reduced;
}

function insert(top: Alignment, p: UserPairing, drafts: Drafts): void {
  const { from, to } = drafts;
  const olds = p.from.map((x) => from.byPath.get(x)!);
  const news = p.to.map((x) => to.byPath.get(x)!);
  const level = levelFor(top, p, from, to);
  const pair: AlignedPair = {
    kind: 'moved',
    from: [...p.from],
    to: [...p.to],
    score: round3(similarity(olds, news)),
    confidence: 1,
    moved: true,
    user: 'overridden',
  };
  if (!level) {
    // Between levels, as the engine's own cross-level moves: no order to compare with.
    pair.kind = kindOf(olds, news, true);
    top.pairs.push(pair);
  } else {
    const toIndex = siblingIndex(level.news);
    const first = toIndex.get(p.to[0]!)!;
    const at = level.alignment.pairs.findIndex((q) => (toIndex.get(q.to[0]!) ?? -1) > first);
    level.alignment.pairs.splice(at < 0 ? level.alignment.pairs.length : at, 0, pair);
    markMoved(level.alignment, level.olds, level.news, from, to);
  }
  alignSubItems(top, pair, drafts);
}

/**
 * Aligns the sub-items of a pair (already in the tree) afresh, leaving out those paired
 * elsewhere, and lists nowhere else what its sub-items now account for.
 */
function alignSubItems(top: Alignment, pair: AlignedPair, { from, to, alignChildren }: Drafts): void {
  delete pair.children;
  const olds = pair.from.flatMap((x) => from.byPath.get(x)!.children);
  const news = pair.to.flatMap((x) => to.byPath.get(x)!.children);
  if (olds.length === 0 && news.length === 0) return;
  const elsewhere = pathsIn(top, 'paired');
  const children = alignChildren(olds, news);
  const reduced = release(children, elsewhere, { from, to, alignChildren });
  forEachLevel(children, (l) => {
    l.deleted = l.deleted.filter((x) => !elsewhere.from.has(x));
    l.added = l.added.filter((x) => !elsewhere.to.has(x));
  });
  const inside = pathsIn(children, 'all');
  forEachLevel(top, (l) => {
    l.deleted = l.deleted.filter((x) => !inside.from.has(x));
    l.added = l.added.filter((x) => !inside.to.has(x));
  });
  pair.children = children;
  for (const smaller of reduced) alignSubItems(top, smaller, { from, to, alignChildren });
}

interface Level {
  alignment: Alignment;
  olds: readonly Node[];
  news: readonly Node[];
}

/** The level both sides of `p` belong to (top, or the sub-items of one pair), if there is one. */
function levelFor(top: Alignment, p: UserPairing, from: PreparedDraft, to: PreparedDraft): Level | undefined {
  const oldParents = new Set(p.from.map((x) => parentOf(from, x)));
  const newParents = new Set(p.to.map((x) => parentOf(to, x)));
  if (oldParents.size !== 1 || newParents.size !== 1) return undefined;
  const [oldParent] = oldParents;
  const [newParent] = newParents;
  if (oldParent === undefined && newParent === undefined) {
    return { alignment: top, olds: from.roots, news: to.roots };
  }
  if (oldParent === undefined || newParent === undefined) return undefined;
  for (const { pair } of pairsIn(top)) {
    if (!pair.from.includes(oldParent) || !pair.to.includes(newParent)) continue;
    pair.children ??= { pairs: [], added: [], deleted: [], placeholders: { from: [], to: [] } };
    return {
      alignment: pair.children,
      olds: pair.from.flatMap((x) => from.byPath.get(x)!.children),
      news: pair.to.flatMap((x) => to.byPath.get(x)!.children),
    };
  }
  return undefined;
}

/** Re-derives which pairs of a level left the order, as the engine does: outside the longest in-order run. */
function markMoved(
  level: Alignment,
  olds: readonly Node[],
  news: readonly Node[],
  from: PreparedDraft,
  to: PreparedDraft,
): void {
  const oldIndex = siblingIndex(olds);
  const newIndex = siblingIndex(news);
  const first = (xs: readonly string[], index: Map<string, number>) =>
    Math.min(...xs.map((x) => index.get(x) ?? Number.POSITIVE_INFINITY));
  const native = level.pairs
    .map((pair) => ({ pair, a: first(pair.from, oldIndex), b: first(pair.to, newIndex) }))
    .filter((x) => Number.isFinite(x.a) && Number.isFinite(x.b))
    .sort((x, y) => x.a - y.a);
  const inOrder = longestIncreasing(native.map((x) => x.b));
  native.forEach(({ pair }, k) => {
    pair.moved = !inOrder.has(k);
    pair.kind = kindOf(
      pair.from.map((x) => from.byPath.get(x)!),
      pair.to.map((x) => to.byPath.get(x)!),
      pair.moved,
    );
  });
}

function* pairsIn(root: Alignment): Generator<{ pair: AlignedPair; level: Alignment }> {
  for (const pair of root.pairs) {
    yield { pair, level: root };
    if (pair.children) yield* pairsIn(pair.children);
  }
}

function forEachLevel(root: Alignment, visit: (level: Alignment) => void): void {
  visit(root);
  for (const pair of root.pairs) if (pair.children) forEachLevel(pair.children, visit);
}

/** Paths in pairs (`paired`), or anywhere in the alignment (`all`), per side. */
function pathsIn(root: Alignment, which: 'paired' | 'all'): PathSets {
  const out: PathSets = { from: new Set(), to: new Set() };
  forEachLevel(root, (level) => {
    for (const pair of level.pairs) {
      for (const x of pair.from) out.from.add(x);
      for (const x of pair.to) out.to.add(x);
    }
    if (which === 'all') {
      for (const x of [...level.deleted, ...level.placeholders.from]) out.from.add(x);
      for (const x of [...level.added, ...level.placeholders.to]) out.to.add(x);
    }
  });
  return out;
}

function parentOf(draft: PreparedDraft, path: string): string | undefined {
  const parent = draft.byPath.get(path)?.provision.parent;
  return parent !== undefined && parent !== path && draft.byPath.has(parent) ? parent : undefined;
}

function siblingIndex(nodes: readonly Node[]): Map<string, number> {
  return new Map(nodes.map((n, i) => [n.provision.path, i]));
}

function indexOf(draft: PreparedDraft): Map<string, number> {
  return new Map([...draft.byPath.keys()].map((path, i) => [path, i]));
}
