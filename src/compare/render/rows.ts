// The reading order every renderer shares: the newer draft's order, sub-items under their
// pair, and each deleted provision right after the pair that preceded it in the older draft.

import type { CompareResult, ProvisionView } from '../compare.ts';
import type { Alignment, PairEvidence, PairKind, RedlineSegment } from '../types.ts';

export interface Row {
  kind: PairKind | 'added' | 'deleted';
  depth: number;
  from: ProvisionView[];
  to: ProvisionView[];
  score?: number;
  confidence?: number;
  /** Why a pair that shares few words was made (rewritten pairs, low-score splits and merges). */
  evidence?: PairEvidence;
  moved?: boolean;
  /** Stated by a user: 'confirmed' (the engine agreed) or 'overridden'. */
  user?: 'confirmed' | 'overridden';
  segments?: RedlineSegment[];
}

/** Flattens a comparison into rows in reading order. */
export function rowsOf(result: CompareResult): Row[] {
  const segmentsOf = new Map(
    result.redlines.map((r) => [`${r.from.join('|')}>${r.to.join('|')}`, r.segments]),
  );
  const fromView = (p: string) => result.provisions.from[p]!;
  const toView = (p: string) => result.provisions.to[p]!;
  const out: Row[] = [];
  const level = (alignment: Alignment, depth: number) => {
    type Item = { key: number; oldKey: number; emit: () => void };
    const items: Item[] = [];
    for (const pair of alignment.pairs) {
      items.push({
        key: Math.min(...pair.to.map((p) => toView(p).index)),
        oldKey: Math.min(...pair.from.map((p) => fromView(p).index)),
        emit: () => {
          out.push({
            kind: pair.kind,
            depth,
            from: pair.from.map(fromView),
            to: pair.to.map(toView),
            score: pair.score,
            confidence: pair.confidence,
            ...(pair.evidence ? { evidence: pair.evidence } : {}),
            moved: pair.moved,
            ...(pair.user ? { user: pair.user } : {}),
            segments: segmentsOf.get(`${pair.from.join('|')}>${pair.to.join('|')}`) ?? [],
          });
          if (pair.children) level(pair.children, depth + 1);
        },
      });
    }
    for (const p of alignment.added) {
      items.push({
        key: toView(p).index,
        oldKey: -1,
        emit: () => out.push({ kind: 'added', depth, from: [], to: [toView(p)] }),
      });
    }
    items.sort((x, y) => x.key - y.key);
    for (const p of alignment.deleted) {
      const at = fromView(p).index;
      let after = -1;
      items.forEach((item, k) => {
        if (item.oldKey >= 0 && item.oldKey < at) after = k;
      });
      items.splice(after + 1, 0, {
        key: -1,
        oldKey: at,
        emit: () => out.push({ kind: 'deleted', depth, from: [fromView(p)], to: [] }),
      });
    }
    for (const item of items) item.emit();
  };
  level(result.alignment, 0);
  return out;
}

/** How a row's pairing was decided, for a reader ("" for the engine's own). */
export const userNote = (row: Row) =>
  row.user === 'confirmed' ? 'confirmed by a user' : row.user === 'overridden' ? 'set by a user' : '';

/** "3, 4" from the labels of one side of a row. */
export const labels = (views: readonly ProvisionView[]) => views.map((v) => v.label).join(', ');

/** The full text of one side (heading, then text). */
export const fullText = (views: readonly ProvisionView[]) =>
  views.map((v) => [v.heading, v.text].filter(Boolean).join('\n')).join('\n');

/**
 * The evidence of a pair in one line: "HED = Hydro-Electric Dam; recovery ~ rebuild · shared:
 * harbour, port · between 2 → 2 and 4 → 4; same number · confidence 0.61".
 */
export function evidenceNote(row: Row): string {
  const e = row.evidence;
  if (!e) return '';
  const parts = [
    e.meanings.length > 0 ? e.meanings.join('; ') : '',
    e.words.length > 0 ? `shared: ${e.words.join(', ')}` : '',
    e.structure.join('; '),
    `read for meaning ${e.meaning.toFixed(2)}`,
    row.confidence === undefined ? '' : `confidence ${row.confidence.toFixed(2)}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** "12 reworded, 3 rewritten": the rewritten count only where there is one (older outputs unchanged). */
export const rewordedNote = (s: { reworded: number; rewritten: number }, separator = ', ') =>
  `${s.reworded} reworded${s.rewritten > 0 ? `${separator}${s.rewritten} rewritten` : ''}`;
