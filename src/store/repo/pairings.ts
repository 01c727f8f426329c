// Stored pairings between a draft's provisions and its parent's (engine-made, or user pairings that
// win over them), from which lineage is derived. The table keeps its older name, alignment_pair.
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { alignmentPair } from '../schema.ts';
import { type ColumnTypes, insertRecords } from './bulk.ts';

export interface StoredPairing {
  fromDraft: string;
  toDraft: string;
  fromPaths: string[];
  toPaths: string[];
  kind: string;
  score: number;
  confidence: number;
  origin: 'engine' | 'user';
  createdAt: string;
}

/** Inserts pairings in order (their seq keeps it), in batches a long import can yield between. */
export async function insertPairings(q: Queryable, pairs: StoredPairing[]): Promise<void> {
  await insertRecords(q, 'alignment_pair', PAIR_COLUMNS, pairs, (p) => ({
    from_draft: p.fromDraft,
    to_draft: p.toDraft,
    from_paths: p.fromPaths,
    to_paths: p.toPaths,
    kind: p.kind,
    score: p.score,
    confidence: p.confidence,
    origin: p.origin,
    created_at: p.createdAt,
  }));
}

const PAIR_COLUMNS: ColumnTypes = {
  from_draft: 'text',
  to_draft: 'text',
  from_paths: 'jsonb',
  to_paths: 'jsonb',
  kind: 'text',
  score: 'double precision',
  confidence: 'double precision',
  origin: 'text',
  created_at: 'text',
};

/** Pairings into `toDraft`, oldest first (so later user overrides come last). */
export async function selectPairings(q: Queryable, toDraft?: string): Promise<StoredPairing[]> {
  const rows = await q
    .select()
    .from(alignmentPair)
    .where(toDraft ? eq(alignmentPair.toDraft, toDraft) : undefined)
    .orderBy(asc(alignmentPair.seq));
  return rows.map(({ seq: _seq, ...r }) => ({ ...r, origin: r.origin as StoredPairing['origin'] }));
}
