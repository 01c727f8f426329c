// Positions are appended, never updated: history and "as of" queries read them all.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
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

export interface ProvisionRef {
  draft: string;
  path: string;
}

const TrackRow = z.object({ draft_id: z.string(), path: z.string(), track_id: z.string() });

/**
 * The track each referenced provision is on — its own or, for a sub-item without one, its
 * nearest ancestor's — keyed by `provisionKey`; provisions on no track are absent. One
 * statement whatever the number of references (they travel as one JSON parameter).
 */
export async function selectProvisionTracks(
  q: Queryable,
  refs: readonly ProvisionRef[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const json = JSON.stringify(refs.map((r) => ({ draft_id: r.draft, path: r.path })));
  const result = await q.execute(sql`
    with recursive wanted as (
      select distinct draft_id, path from jsonb_to_recordset(${json}::jsonb) as r(draft_id text, path text)
    ), walk(draft_id, path, parent_path, track_id) as (
      select p.draft_id, w.path, p.parent_path, p.track_id
        from wanted w join provision p on p.draft_id = w.draft_id and p.path = w.path
      union all
      select walk.draft_id, walk.path, p.parent_path, p.track_id
        from walk join provision p on p.draft_id = walk.draft_id and p.path = walk.parent_path
        where walk.track_id is null
    )
    select draft_id, path, track_id from walk where track_id is not null`);
  const rows = TrackRow.array().parse((result as unknown as { rows: unknown[] }).rows);
  return new Map(rows.map((r) => [provisionKey({ draft: r.draft_id, path: r.path }), r.track_id]));
}

/** The key `selectProvisionTracks` answers by. Throws nothing. */
export function provisionKey(ref: ProvisionRef): string {
  return `${ref.draft}\u0000${ref.path}`;
}
