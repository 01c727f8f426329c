// Compositions in progress: one plan per base draft, with the version optimistic writes check.
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { composition } from '../schema.ts';

export interface StoredComposition {
  base: string;
  plan: Record<string, unknown>;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

type CompositionRow = typeof composition.$inferSelect;

const stored = (row: CompositionRow): StoredComposition => ({
  base: row.draftId,
  plan: row.plan,
  version: row.version,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
});

export async function selectComposition(q: Queryable, base: string): Promise<StoredComposition | undefined> {
  const [row] = await q.select().from(composition).where(eq(composition.draftId, base));
  return row ? stored(row) : undefined;
}

/** Every saved composition, by base draft id (the export bundle). */
export async function selectCompositions(q: Queryable): Promise<StoredComposition[]> {
  const rows = await q.select().from(composition).orderBy(asc(composition.draftId));
  return rows.map(stored);
}

export async function upsertComposition(q: Queryable, c: StoredComposition): Promise<void> {
  const values = { plan: c.plan, version: c.version, updatedAt: c.updatedAt, updatedBy: c.updatedBy };
  await q
    .insert(composition)
    .values({ draftId: c.base, ...values })
    .onConflictDoUpdate({ target: composition.draftId, set: values });
}

export async function deleteComposition(q: Queryable, base: string): Promise<void> {
  await q.delete(composition).where(eq(composition.draftId, base));
}
