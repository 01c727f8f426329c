// compareDrafts: alignment, redlines and bracket counts in one plain, serializable object
// — what the CLI prints and the HTTP API returns, and what every renderer reads.

import { alignDrafts } from './align.ts';
import { countDraftBrackets } from './brackets.ts';
import { redline } from './redline.ts';
import type {
  AlignedPair,
  Alignment,
  AlignOptions,
  DraftBracketCount,
  PairKind,
  ProvisionInput,
  RedlineSegment,
} from './types.ts';

/** What a renderer needs of one provision; `label` is its number with its ancestors' ("3(a)"). */
export interface ProvisionView {
  number: string;
  label: string;
  heading?: string;
  text: string;
  depth: number;
  /** Position in the draft's provision list (reading order). */
  index: number;
}

export interface PairRedline {
  from: string[];
  to: string[];
  segments: RedlineSegment[];
}

export type CompareSummary = Record<PairKind | 'added' | 'deleted', number>;

export interface CompareResult {
  alignment: Alignment;
  /** One per pair at every level, in the order `walkPairs` visits them. */
  redlines: PairRedline[];
  brackets: { from: DraftBracketCount; to: DraftBracketCount };
  provisions: { from: Record<string, ProvisionView>; to: Record<string, ProvisionView> };
  summary: CompareSummary;
}

/** Aligns, redlines and counts brackets. Throws `invalid_input` like `alignDrafts`. */
export function compareDrafts(
  from: readonly ProvisionInput[],
  to: readonly ProvisionInput[],
  options: AlignOptions = {},
): CompareResult {
  const alignment = alignDrafts(from, to, options);
  const views = { from: viewsOf(from), to: viewsOf(to) };
  const own = (side: Record<string, ProvisionView>, paths: string[]) =>
    paths.map((p) => [side[p]?.heading, side[p]?.text].filter(Boolean).join('\n')).join('\n');
  const summary: CompareSummary = {
    kept: 0,
    reworded: 0,
    rewritten: 0,
    moved: 0,
    merged: 0,
    split: 0,
    added: 0,
    deleted: 0,
  };
  const redlines: PairRedline[] = [];
  for (const { pair } of walkPairs(alignment)) {
    summary[pair.kind]++;
    redlines.push({
      from: pair.from,
      to: pair.to,
      segments: redline(own(views.from, pair.from), own(views.to, pair.to)),
    });
  }
  for (const level of walkLevels(alignment)) {
    summary.added += level.added.length;
    summary.deleted += level.deleted.length;
  }
  return {
    alignment,
    redlines,
    brackets: { from: countDraftBrackets(from), to: countDraftBrackets(to) },
    provisions: views,
    summary,
  };
}

/** Every pair, parents before their children, with its depth (0 = top level). */
export function* walkPairs(alignment: Alignment, depth = 0): Generator<{ pair: AlignedPair; depth: number }> {
  for (const pair of alignment.pairs) {
    yield { pair, depth };
    if (pair.children) yield* walkPairs(pair.children, depth + 1);
  }
}

/** The alignment of every level: the top one, then each pair's children, depth first. */
export function* walkLevels(alignment: Alignment): Generator<Alignment> {
  yield alignment;
  for (const pair of alignment.pairs) if (pair.children) yield* walkLevels(pair.children);
}

function viewsOf(provisions: readonly ProvisionInput[]): Record<string, ProvisionView> {
  const byPath = new Map(provisions.map((p) => [p.path, p]));
  const views: Record<string, ProvisionView> = {};
  const labelOf = (p: ProvisionInput, seen: Set<string>): { label: string; depth: number } => {
    const own = p.number.trim().replace(/\.$/, '');
    const parent = p.parent === undefined ? undefined : byPath.get(p.parent);
    if (!parent || seen.has(parent.path)) return { label: own, depth: 0 };
    seen.add(p.path);
    const up = views[parent.path] ?? labelOf(parent, seen);
    return { label: own.startsWith('(') ? `${up.label}${own}` : `${up.label}.${own}`, depth: up.depth + 1 };
  };
  provisions.forEach((p, index) => {
    const { label, depth } = labelOf(p, new Set([p.path]));
    views[p.path] = {
      number: p.number,
      label,
      text: p.text,
      depth,
      index,
      ...(p.heading ? { heading: p.heading } : {}),
    };
  });
  return views;
}
