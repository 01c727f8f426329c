// Circulations: who received which draft (or only its summary), when, from whom, and the
// fingerprint key of their copy.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { circulation } from '../schema.ts';

export interface CirculationRow {
  id: string;
  draft: string;
  party: string;
  summaryOnly: boolean;
  summary?: string;
  at: string;
  by: string;
  fingerprint: string;
}

export async function insertCirculation(q: Queryable, c: CirculationRow): Promise<void> {
  await q.insert(circulation).values({
    id: c.id,
    draftId: c.draft,
    partyId: c.party,
    summaryOnly: c.summaryOnly ? 1 : 0,
    summary: c.summary ?? null,
    at: c.at,
    by: c.by,
    fingerprint: c.fingerprint,
  });
}

/** One circulation by id, or undefined. */
export async function selectCirculation(q: Queryable, id: string): Promise<CirculationRow | undefined> {
  const rows = await q.select().from(circulation).where(eq(circulation.id, id));
  return rows.map(toRow)[0];
}

/** Circulations in the order they happened, optionally for one draft and/or party. */
export async function selectCirculations(
  q: Queryable,
  filter: { draft?: string; party?: string } = {},
): Promise<CirculationRow[]> {
  const conditions: SQL[] = [];
  if (filter.draft) conditions.push(eq(circulation.draftId, filter.draft));
  if (filter.party) conditions.push(eq(circulation.partyId, filter.party));
  const rows = await q
    .select()
    .from(circulation)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(circulation.at), asc(circulation.id));
  return rows.map(toRow);
}

function toRow(r: typeof circulation.$inferSelect): CirculationRow {
  return {
    id: r.id,
    draft: r.draftId,
    party: r.partyId,
    summaryOnly: r.summaryOnly === 1,
    ...(r.summary !== null ? { summary: r.summary } : {}),
    at: r.at,
    by: r.by,
    fingerprint: r.fingerprint,
  };
}
