// alignDrafts: the public entry of the alignment engine. Matches the top level of both
// drafts, classifies each pairing, then recurses into the sub-items of every pair.

import { linkAcrossLevels } from './across.ts';
import { type LevelThresholds, matchLevel } from './level.ts';
import { longestIncreasing } from './order.ts';
import { type Node, prepareDrafts } from './prepare.ts';
import type { AlignedPair, Alignment, AlignOptions, PairKind, ProvisionInput } from './types.ts';
import { cosine, sumVectors } from './vectors.ts';

/**
 * Aligns two drafts given as flat provision lists (children name their parent's path).
 * Content decides identity; numbers and order are only evidence. Deterministic.
 * Throws `invalid_input` for duplicate paths or cyclic parents.
 */
export function alignDrafts(
  from: readonly ProvisionInput[],
  to: readonly ProvisionInput[],
  options: AlignOptions = {},
): Alignment {
  const prepared = prepareDrafts(from, to);
  const thresholds: LevelThresholds = {
    minScore: options.minScore ?? 0.35,
    anchoredMinScore: options.anchoredMinScore ?? 0.15,
  };
  const result = alignNodes(prepared.from.roots, prepared.to.roots, thresholds);
  linkAcrossLevels(result, prepared.from, prepared.to, (olds, news) => alignNodes(olds, news, thresholds));
  return result;
}

function alignNodes(from: readonly Node[], to: readonly Node[], t: LevelThresholds): Alignment {
  const match = matchLevel(from, to, t);
  const groups = [...match.groups].sort((x, y) => x.to[0]! - y.to[0]! || x.from[0]! - y.from[0]!);
  const byOldOrder = groups.map((g, i) => ({ g, i })).sort((x, y) => x.g.from[0]! - y.g.from[0]!);
  const inOrder = longestIncreasing(byOldOrder.map(({ g }) => g.to[0]!));
  const moved = new Set(byOldOrder.filter((_, k) => !inOrder.has(k)).map(({ i }) => i));
  const pairs = groups.map((g, i): AlignedPair => {
    const olds = g.from.map((a) => from[a]!);
    const news = g.to.map((b) => to[b]!);
    const score = round(similarity(olds, news));
    const rival = Math.max(
      ...g.from.map((a) => match.rival('from', a, g.to)),
      ...g.to.map((b) => match.rival('to', b, g.from)),
    );
    const pair: AlignedPair = {
      kind: kindOf(olds, news, moved.has(i)),
      from: olds.map((n) => n.provision.path),
      to: news.map((n) => n.provision.path),
      score,
      confidence: round(confidenceOf(score, rival, olds, news)),
      moved: moved.has(i),
    };
    const oldChildren = olds.flatMap((n) => n.children);
    const newChildren = news.flatMap((n) => n.children);
    if (oldChildren.length > 0 || newChildren.length > 0)
      pair.children = alignNodes(oldChildren, newChildren, t);
    return pair;
  });
  const pairedFrom = new Set(groups.flatMap((g) => g.from));
  const pairedTo = new Set(groups.flatMap((g) => g.to));
  const placeFrom = new Set(match.placeholders.from);
  const placeTo = new Set(match.placeholders.to);
  return {
    pairs,
    added: to.filter((_, b) => !pairedTo.has(b) && !placeTo.has(b)).map((n) => n.provision.path),
    deleted: from.filter((_, a) => !pairedFrom.has(a) && !placeFrom.has(a)).map((n) => n.provision.path),
    placeholders: {
      from: match.placeholders.from.map((a) => from[a]!.provision.path),
      to: match.placeholders.to.map((b) => to[b]!.provision.path),
    },
  };
}

function similarity(olds: readonly Node[], news: readonly Node[]): number {
  const a = sumVectors(olds.map((n) => n.tree));
  const b = sumVectors(news.map((n) => n.tree));
  // Two empty slots (placeholders) are the same slot.
  if (a.norm === 0 && b.norm === 0) return 1;
  return cosine(a, b);
}

function kindOf(olds: readonly Node[], news: readonly Node[], moved: boolean): PairKind {
  if (olds.length > 1) return 'merged';
  if (news.length > 1) return 'split';
  if (moved) return 'moved';
  return olds[0]!.canonical === news[0]!.canonical ? 'kept' : 'reworded';
}

/** Score, margin over the best rival candidate, and agreeing numbers, weighted 5:4:1. */
function confidenceOf(score: number, rival: number, olds: readonly Node[], news: readonly Node[]): number {
  const margin = Math.max(0, Math.min(1, (score - rival) / 0.25));
  const sameNumber =
    olds.length === 1 && news.length === 1 && olds[0]!.numberCore === news[0]!.numberCore ? 1 : 0;
  return Math.max(0, Math.min(1, 0.5 * score + 0.4 * margin + 0.1 * sameNumber));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
