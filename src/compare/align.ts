// alignDrafts: the public entry of the alignment engine. Matches the top level of both
// drafts, classifies each pairing, then recurses into the sub-items of every pair.

import { linkAcrossLevels } from './across.ts';
import { kindOf, round3, similarity } from './classify.ts';
import { type LevelThresholds, matchLevel } from './level.ts';
import { longestIncreasing } from './order.ts';
import { type Node, prepareDrafts } from './prepare.ts';
import type { AlignedPair, Alignment, AlignOptions, ProvisionInput } from './types.ts';
import { applyUserPairings } from './userPairings.ts';

/**
 * Aligns two drafts given as flat provision lists (children name their parent's path).
 * Content decides identity; numbers and order are only evidence. Deterministic.
 * Pairings a user stated (`options.pairings`) win over the engine's.
 * Throws `invalid_input` for duplicate paths, cyclic parents or a user pairing naming an unknown path.
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
  const alignChildren = (olds: Node[], news: Node[]) => alignNodes(olds, news, thresholds);
  linkAcrossLevels(result, prepared.from, prepared.to, alignChildren);
  if (options.pairings?.length) {
    applyUserPairings(result, prepared.from, prepared.to, options.pairings, alignChildren);
  }
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
    const score = round3(similarity(olds, news));
    const rival = Math.max(
      ...g.from.map((a) => match.rival('from', a, g.to)),
      ...g.to.map((b) => match.rival('to', b, g.from)),
    );
    const pair: AlignedPair = {
      kind: kindOf(olds, news, moved.has(i)),
      from: olds.map((n) => n.provision.path),
      to: news.map((n) => n.provision.path),
      score,
      confidence: round3(confidenceOf(score, rival, olds, news)),
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

/** Score, margin over the best rival candidate, and agreeing numbers, weighted 5:4:1. */
function confidenceOf(score: number, rival: number, olds: readonly Node[], news: readonly Node[]): number {
  const margin = Math.max(0, Math.min(1, (score - rival) / 0.25));
  const sameNumber =
    olds.length === 1 && news.length === 1 && olds[0]!.numberCore === news[0]!.numberCore ? 1 : 0;
  return Math.max(0, Math.min(1, 0.5 * score + 0.4 * margin + 0.1 * sameNumber));
}
