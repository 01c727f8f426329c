// alignDrafts: the public entry of the alignment engine. Matches the top level of both
// drafts, classifies each pairing, then recurses into the sub-items of every pair.

import { linkAcrossLevels } from './across.ts';
import { kindOf, round3, similarity } from './classify.ts';
import { explainPair } from './explain.ts';
import { type GapPlace, type LevelThresholds, matchLevel } from './level.ts';
import { longestIncreasing } from './order.ts';
import { type Node, prepareDrafts } from './prepare.ts';
import type { AlignedPair, Alignment, AlignOptions, PairEvidence, ProvisionInput } from './types.ts';
import { applyUserPairings } from './userPairings.ts';
import { cosine, sumVectors } from './vectors.ts';

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
  const explain = (olds: readonly Node[], news: readonly Node[], structure: string[]) =>
    explainPair(olds, news, prepared.lexicon, structure);
  const result = alignNodes(prepared.from.roots, prepared.to.roots, thresholds, explain);
  const alignChildren = (olds: Node[], news: Node[]) => alignNodes(olds, news, thresholds, explain);
  linkAcrossLevels(result, prepared.from, prepared.to, alignChildren);
  if (options.pairings?.length) {
    applyUserPairings(result, prepared.from, prepared.to, options.pairings, alignChildren);
  }
  return result;
}

type Explain = (olds: readonly Node[], news: readonly Node[], structure: string[]) => PairEvidence;

function alignNodes(
  levelFrom: readonly Node[],
  levelTo: readonly Node[],
  t: LevelThresholds,
  explain: Explain,
): Alignment {
  const { from, to, themes } = liftThemes(levelFrom, levelTo);
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
    const kind = kindOf(olds, news, moved.has(i));
    const pair: AlignedPair = {
      kind,
      from: olds.map((n) => n.provision.path),
      to: news.map((n) => n.provision.path),
      score,
      confidence: round3(confidenceOf(score, rival, olds, news)),
      moved: moved.has(i),
    };
    const content = [...olds, ...news].every((n) => n.terms.length > 0 && !n.placeholder);
    if (content && score < t.minScore && pairedOnMeaning(score, olds, news, t)) {
      // Paired on more than its words: say on what, and how sure that makes the engine.
      if (kind === 'reworded') pair.kind = 'rewritten';
      const place =
        g.from.length === 1 && g.to.length === 1 ? match.gaps.get(`${g.from[0]}:${g.to[0]}`) : undefined;
      pair.evidence = explain(olds, news, structureOf(olds, news, place, from, to));
      pair.confidence = round3(
        Math.max(pair.confidence, rewrittenConfidence(pair.evidence.meaning, place, olds, news)),
      );
    }
    const oldChildren = olds.flatMap((n) => n.children);
    const newChildren = news.flatMap((n) => n.children);
    if (oldChildren.length > 0 || newChildren.length > 0)
      pair.children = alignNodes(oldChildren, newChildren, t, explain);
    return pair;
  });
  const pairedFrom = new Set(groups.flatMap((g) => g.from));
  const pairedTo = new Set(groups.flatMap((g) => g.to));
  const placeFrom = new Set(match.placeholders.from);
  const placeTo = new Set(match.placeholders.to);
  // A theme heading is new (or gone) itself, while the points under it pair on their own.
  const path = (n: Node) => n.provision.path;
  return {
    pairs,
    added: [...themes.to.map(path), ...to.filter((_, b) => !pairedTo.has(b) && !placeTo.has(b)).map(path)],
    deleted: [
      ...themes.from.map(path),
      ...from.filter((_, a) => !pairedFrom.has(a) && !placeFrom.has(a)).map(path),
    ],
    placeholders: {
      from: match.placeholders.from.map((a) => from[a]!.provision.path),
      to: match.placeholders.to.map((b) => to[b]!.provision.path),
    },
  };
}

/**
 * A theme heading: a few words of its own ("Security") over the points it groups, or a titled
 * heading with no text of its own ("Part 4 — Final provisions") over even one point. A node
 * with no words of its own (an "Option 1" block, a bare article number) is structure, not a theme.
 */
const isTheme = (n: Node) =>
  n.own.ids.length >= 1 &&
  !leadIn(n) &&
  ((n.children.length >= 2 && n.own.ids.length <= 3) || (n.children.length >= 1 && titledHeading(n)));

/** "Prisoners are released as follows:" introduces its sub-items; it does not name a theme. */
const leadIn = (n: Node) => n.own.ids.length > 1 && /:\s*$/.test(n.provision.text);

const titledHeading = (n: Node) =>
  n.provision.text.trim() === '' && (n.provision.heading ?? '').trim() !== '';

/**
 * A flat list of points regrouped under theme headings on the other side: the points under
 * the headings are matched with the flat points as one level (the headings themselves are
 * new, or gone). Only when one side has no theme heading and every sub-list of the other
 * hangs under a theme.
 */
function liftThemes(from: readonly Node[], to: readonly Node[]) {
  const none: Node[] = [];
  // Flat: no theme heading; its points may still hold sub-items ("22. … (a) … (b)").
  const flat = (nodes: readonly Node[]) => nodes.every((n) => !isTheme(n));
  // Every grouping node a theme, at least two of them: a regrouped text, not an outline with options.
  const themed = (nodes: readonly Node[]) =>
    nodes.filter(isTheme).length >= 2 && nodes.every((n) => n.children.length === 0 || isTheme(n));
  const lift = (nodes: readonly Node[]) => nodes.flatMap((n) => (isTheme(n) ? n.children : [n]));
  if (flat(from) && themed(to)) return { from, to: lift(to), themes: { from: none, to: to.filter(isTheme) } };
  if (flat(to) && themed(from))
    return { from: lift(from), to, themes: { from: from.filter(isTheme), to: none } };
  return { from, to, themes: { from: none, to: none } };
}

/**
 * A pair below the content bar was made on meaning (not only on words between anchors, as a
 * re-translation is) when its words alone fall below even the anchored bar, or when reading
 * for meaning adds visibly to them.
 */
function pairedOnMeaning(score: number, olds: readonly Node[], news: readonly Node[], t: LevelThresholds) {
  if (score < t.anchoredMinScore) return true;
  const meaning = cosine(sumVectors(olds.map((n) => n.meaning)), sumVectors(news.map((n) => n.meaning)));
  return meaning >= score + MEANING_GAIN;
}

/** How much more alike reading for meaning must make two sides for it to count as evidence. */
const MEANING_GAIN = 0.05;

/** Place and structure in words, for a pair's evidence. */
function structureOf(
  olds: readonly Node[],
  news: readonly Node[],
  place: GapPlace | undefined,
  from: readonly Node[],
  to: readonly Node[],
): string[] {
  const out: string[] = [];
  const label = ([a, b]: [number, number]) =>
    a < 0 ? 'the start' : a >= from.length ? 'the end' : `${numberOf(from[a]!)} → ${numberOf(to[b]!)}`;
  if (place?.beside) {
    out.push(`beside ${place.beside.map(label).join(' and ')}, its neighbours' pairs`);
  } else if (place) {
    const alone = place.size[0] === 1 && place.size[1] === 1 ? ', alone in that gap on both sides' : '';
    out.push(`between ${label(place.before)} and ${label(place.after)}${alone}`);
  }
  if (
    olds.length === 1 &&
    news.length === 1 &&
    olds[0]!.numberCore !== '' &&
    olds[0]!.numberCore === news[0]!.numberCore
  )
    out.push('same number');
  const items = (nodes: readonly Node[]) => nodes.reduce((n, x) => n + x.children.length, 0);
  if (items(olds) > 0 && items(olds) === items(news)) out.push(`${items(olds)} sub-items on both sides`);
  if (olds.length > 1 || news.length > 1) out.push(`${olds.length} → ${news.length}, side by side`);
  return out;
}

const numberOf = (n: Node) => n.provision.number.trim().replace(/\.$/, '') || n.provision.path;

/**
 * Confidence in a pair made on meaning and place: meaning read from the texts (half), how
 * tightly the gap places it (a lone pair between anchors most, a pair beside its neighbours'
 * pairs less), the same number; never
 * above 0.8, since no text says the pair outright.
 */
function rewrittenConfidence(
  meaning: number,
  place: GapPlace | undefined,
  olds: readonly Node[],
  news: readonly Node[],
): number {
  // Neighbours' pairs beside it place a pair less tightly than anchors on both sides of a gap.
  const tight = place?.beside
    ? place.beside.length / 4
    : place
      ? 1 / Math.max(place.size[0], place.size[1])
      : 0;
  const sameNumber =
    olds.length === 1 && news.length === 1 && olds[0]!.numberCore === news[0]!.numberCore ? 1 : 0;
  return Math.min(0.8, 0.6 * Math.min(1, meaning * 1.5) + 0.25 * tight + 0.15 * sameNumber);
}

/** Score, margin over the best rival candidate, and agreeing numbers, weighted 5:4:1. */
function confidenceOf(score: number, rival: number, olds: readonly Node[], news: readonly Node[]): number {
  const margin = Math.max(0, Math.min(1, (score - rival) / 0.25));
  const sameNumber =
    olds.length === 1 && news.length === 1 && olds[0]!.numberCore === news[0]!.numberCore ? 1 : 0;
  return Math.max(0, Math.min(1, 0.5 * score + 0.4 * margin + 0.1 * sameNumber));
}
