// Provisions that moved between parents ("paragraph 4 of Article 3 is now paragraph 2 of
// Article 5"): after the level-by-level pass, what is still deleted at one level and added
// at another is matched once more, on content only and at a stricter threshold.

import { assignPairs } from './assign.ts';
import { findCandidates } from './candidates.ts';
import type { Node, PreparedDraft } from './prepare.ts';
import type { AlignedPair, Alignment } from './types.ts';

/** Stricter than within a level: across parents there is no order evidence to lean on. */
const MIN_SCORE = 0.7;
/** Short stock phrases ("No text.") recur everywhere; they never prove a move. */
const MIN_TERMS = 6;

interface Loose {
  level: Alignment;
  node: Node;
}

/** Moves cross-level matches out of `added`/`deleted` into top-level `moved` pairs (in place). */
export function linkAcrossLevels(
  top: Alignment,
  from: PreparedDraft,
  to: PreparedDraft,
  alignChildren: (olds: Node[], news: Node[]) => Alignment,
): void {
  const deleted: Loose[] = [];
  const added: Loose[] = [];
  // Paths the alignment already lists: a lifted theme heading's sub-items were matched on
  // their own, so a move of the heading must not list them a second time.
  const listed = { from: new Set<string>(), to: new Set<string>() };
  const visit = (level: Alignment) => {
    for (const path of level.deleted) deleted.push({ level, node: from.byPath.get(path)! });
    for (const path of level.added) added.push({ level, node: to.byPath.get(path)! });
    for (const path of [...level.deleted, ...level.placeholders.from]) listed.from.add(path);
    for (const path of [...level.added, ...level.placeholders.to]) listed.to.add(path);
    for (const pair of level.pairs) {
      for (const path of pair.from) listed.from.add(path);
      for (const path of pair.to) listed.to.add(path);
      if (pair.children) visit(pair.children);
    }
  };
  visit(top);
  if (deleted.length === 0 || added.length === 0) return;
  const unit = (l: Loose) => ({ terms: l.node.terms, vector: l.node.tree });
  const candidates = findCandidates(deleted.map(unit), added.map(unit)).filter(
    (c) =>
      c.score >= MIN_SCORE &&
      deleted[c.a]!.level !== added[c.b]!.level &&
      Math.min(deleted[c.a]!.node.terms.length, added[c.b]!.node.terms.length) >= MIN_TERMS,
  );
  const scoreOf = new Map(candidates.map((c) => [`${c.a}:${c.b}`, c.score]));
  for (const [a, b] of assignPairs(candidates.map((c) => ({ a: c.a, b: c.b, weight: c.score })))) {
    const old = deleted[a]!;
    const neu = added[b]!;
    old.level.deleted = old.level.deleted.filter((p) => p !== old.node.provision.path);
    neu.level.added = neu.level.added.filter((p) => p !== neu.node.provision.path);
    const score = Math.round(scoreOf.get(`${a}:${b}`)! * 1000) / 1000;
    const pair: AlignedPair = {
      kind: 'moved',
      from: [old.node.provision.path],
      to: [neu.node.provision.path],
      score,
      // No margin or number evidence backs a cross-level match: confidence rests on content alone.
      confidence: Math.round(score * 0.8 * 1000) / 1000,
      moved: true,
    };
    const olds = old.node.children.filter((c) => !listed.from.has(c.provision.path));
    const news = neu.node.children.filter((c) => !listed.to.has(c.provision.path));
    if (olds.length > 0 || news.length > 0) pair.children = alignChildren(olds, news);
    top.pairs.push(pair);
  }
}
