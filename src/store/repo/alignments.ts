// Stored pairings between a draft's provisions and its parent's, from which lineage is derived.
import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { alignmentPair } from '../schema.ts';

export interface StoredPair {
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

export async function insertPairs(q: Queryable, pairs: StoredPair[]): Promise<void> {
  for (let i = 0; i < pairs.length; i += 500) await q.insert(alignmentPair).values(pairs.slice(i, i + 500));
}

/** Pairings into `toDraft`, oldest first (so later user overrides come last). */
export async function selectPairs(q: Queryable, toDraft?: string): Promise<StoredPair[]> {
  const rows = await q
    .select()
    .from(alignmentPair)
    .where(toDraft ? eq(alignmentPair.toDraft, toDraft) : undefined)
    .orderBy(asc(alignmentPair.seq));
  return rows.map(({ seq: _seq, ...r }) => ({ ...r, origin: r.origin as StoredPair['origin'] }));
}

export async function deleteEnginePairs(q: Queryable, toDraft: string): Promise<void> {
  await q
    .delete(alignmentPair)
    .where(and(eq(alignmentPair.toDraft, toDraft), eq(alignmentPair.origin, 'engine')));
}
