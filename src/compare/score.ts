// Quality of an alignment against a known truth: precision, recall and F1 over pairing
// links (each from→to edge of a pair, plus "deleted" and "added" as links to nothing).

import type { AlignmentTruth } from './synthetic.ts';
import type { Alignment } from './types.ts';

export interface AlignmentScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of true pairs found with exactly the same members and the same kind. */
  kindAccuracy: number;
  /** Per true kind ("added"/"deleted" too): how many there were and how many were found exactly. */
  byKind: Record<string, { truth: number; found: number }>;
}

function links(
  pairs: readonly { from: string[]; to: string[] }[],
  added: readonly string[],
  deleted: readonly string[],
) {
  const out = new Set<string>();
  for (const p of pairs) for (const f of p.from) for (const t of p.to) out.add(`${f}>${t}`);
  for (const t of added) out.add(`>${t}`);
  for (const f of deleted) out.add(`${f}>`);
  return out;
}

/** Scores the top level of `alignment` against `truth`. */
export function scoreAlignment(alignment: Alignment, truth: AlignmentTruth): AlignmentScore {
  const predicted = links(alignment.pairs, alignment.added, alignment.deleted);
  const expected = links(truth.pairs, truth.added, truth.deleted);
  let hits = 0;
  for (const link of predicted) if (expected.has(link)) hits++;
  const precision = predicted.size === 0 ? 1 : hits / predicted.size;
  const recall = expected.size === 0 ? 1 : hits / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const key = (p: { from: string[]; to: string[]; kind: string }) =>
    `${p.from.join(',')}>${p.to.join(',')}:${p.kind}`;
  const found = new Set(alignment.pairs.map(key));
  const exact = truth.pairs.filter((p) => found.has(key(p))).length;
  const byKind: AlignmentScore['byKind'] = {};
  const tally = (kind: string, hit: boolean) => {
    byKind[kind] ??= { truth: 0, found: 0 };
    const k = byKind[kind];
    k.truth++;
    if (hit) k.found++;
  };
  for (const p of truth.pairs) tally(p.kind, found.has(key(p)));
  const added = new Set(alignment.added);
  const deleted = new Set(alignment.deleted);
  for (const t of truth.added) tally('added', added.has(t));
  for (const f of truth.deleted) tally('deleted', deleted.has(f));
  return {
    precision,
    recall,
    f1,
    kindAccuracy: truth.pairs.length === 0 ? 1 : exact / truth.pairs.length,
    byKind,
  };
}
