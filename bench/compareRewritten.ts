// The real-style pairs of test/fixtures/compare/rewritten (plan against counter-plan,
// written and labelled for issue #14 before the engine was tuned): loading and scoring at
// every level, since a regrouping pairs top-level points with sub-items.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Alignment, alignDrafts, type ProvisionInput, walkLevels } from '../src/compare/index.ts';
import { type AlignmentScore, scoreAlignment } from '../src/compare/score.ts';
import type { AlignmentTruth } from '../src/compare/synthetic.ts';
import { parseDraft } from '../src/core/outline/index.ts';

export const REWRITTEN_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'compare', 'rewritten');
/** Written and labelled blind (before the author read the engine): measured, never tuned on. */
export const HELDOUT_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'compare', 'heldout');

export interface LabelledPair {
  name: string;
  /** The kind of pair ("numbering kept", "renumbered", "regrouped" …), when labelled. */
  style?: string;
  from: ProvisionInput[];
  to: ProvisionInput[];
  truth: AlignmentTruth;
}

interface LabelFile {
  pairs: { name: string; style?: string; from: string; to: string; truth: AlignmentTruth }[];
}

/** The labelled pairs, parsed as `parley diff` parses files. */
export function loadRewrittenPairs(dir = REWRITTEN_DIR): LabelledPair[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelFile;
  const parse = (file: string) =>
    parseDraft(readFileSync(join(dir, file), 'utf8'), { fileName: file }).provisions as ProvisionInput[];
  return labels.pairs.map((p) => ({
    name: p.name,
    ...(p.style === undefined ? {} : { style: p.style }),
    from: parse(p.from),
    to: parse(p.to),
    truth: p.truth,
  }));
}

/** Every level's pairs, additions and deletions as one level (the labels name paths at any depth). */
export function flattenLevels(alignment: Alignment): Alignment {
  const flat: Alignment = { pairs: [], added: [], deleted: [], placeholders: { from: [], to: [] } };
  for (const level of walkLevels(alignment)) {
    flat.pairs.push(...level.pairs);
    flat.added.push(...level.added);
    flat.deleted.push(...level.deleted);
  }
  return flat;
}

export interface RewrittenScore extends AlignmentScore {
  name: string;
  style?: string;
  /** Links the engine made that the reader did not ("3>4"; ">5" added, "6>" deleted). */
  wrong: string[];
  /** Links the reader made that the engine did not. */
  missed: string[];
}

/** Aligns and scores each labelled pair. */
export function scoreRewrittenPairs(pairs = loadRewrittenPairs()): RewrittenScore[] {
  return pairs.map((pair) => {
    const flat = flattenLevels(alignDrafts(pair.from, pair.to));
    const predicted = linksOf(flat.pairs, flat.added, flat.deleted);
    const expected = linksOf(pair.truth.pairs, pair.truth.added, pair.truth.deleted);
    return {
      name: pair.name,
      ...(pair.style === undefined ? {} : { style: pair.style }),
      ...scoreAlignment(flat, pair.truth),
      wrong: [...predicted].filter((l) => !expected.has(l)),
      missed: [...expected].filter((l) => !predicted.has(l)),
    };
  });
}

function linksOf(pairs: readonly { from: string[]; to: string[] }[], added: string[], deleted: string[]) {
  const out = new Set<string>();
  for (const p of pairs) for (const f of p.from) for (const t of p.to) out.add(`${f}>${t}`);
  for (const t of added) out.add(`>${t}`);
  for (const f of deleted) out.add(`${f}>`);
  return out;
}
