// Positions are appended, never updated: history and "as of" queries read them all.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Position, Stance } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { position } from '../schema.ts';
import { compact, nullable } from './rows.ts';

export async function insertPosition(q: Queryable, p: Position): Promise<void> {
  await q.insert(position).values({
    id: p.id,
    partyId: p.party,
    draftId: p.draft,
    provisionPath: p.provision,
    lineage: p.lineage,
    stance: p.stance,
    wording: nullable(p.wording),
    note: nullable(p.note),
    asOf: p.asOf,
    sourceId: nullable(p.source),
    recordedAt: p.recordedAt,
  });
}

export interface PositionFilter {
  id?: string;
  party?: string;
  lineage?: string;
}

/** Positions in the order they were recorded, optionally for one party and/or lineage. */
export async function selectPositions(q: Queryable, filter: PositionFilter = {}): Promise<Position[]> {
  const conditions: SQL[] = [];
  if (filter.id) conditions.push(eq(position.id, filter.id));
  if (filter.party) conditions.push(eq(position.partyId, filter.party));
  if (filter.lineage) conditions.push(eq(position.lineage, filter.lineage));
  const rows = await q
    .select()
    .from(position)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(position.seq));
  return rows.map((r) =>
    compact({
      id: r.id,
      party: r.partyId,
      draft: r.draftId,
      provision: r.provisionPath,
      lineage: r.lineage,
      stance: r.stance as Stance,
      wording: r.wording,
      note: r.note,
      asOf: r.asOf,
      source: r.sourceId,
      recordedAt: r.recordedAt,
    }),
  ) as Position[];
}
