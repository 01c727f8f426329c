// Claims extracted from sources, and the links between sources that copy one another.
import { and, asc, eq, like, type SQL } from 'drizzle-orm';
import { claimKey } from '../../core/corroboration.ts';
import type { Claim, SourceLink } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { claim, sourceLink } from '../schema.ts';
import { compact, nullable } from './rows.ts';

export async function insertClaims(q: Queryable, claims: Claim[]): Promise<void> {
  for (let i = 0; i < claims.length; i += 500) {
    await q.insert(claim).values(claims.slice(i, i + 500).map(toRow));
  }
}

function toRow(c: Claim): typeof claim.$inferInsert {
  return {
    id: c.id,
    sourceId: c.source,
    kind: c.kind,
    status: c.status,
    text: c.text,
    spanStart: c.span[0],
    spanEnd: c.span[1],
    speaker: nullable(c.speaker),
    speakerId: nullable(c.speakerId),
    data: c.data,
    reviewedAt: nullable(c.reviewedAt),
    note: nullable(c.note),
    recordRef: nullable(c.recordRef),
    matchKey: claimKey(c) ?? '',
  };
}

export interface ClaimFilter {
  status?: Claim['status'];
  kind?: Claim['kind'];
  source?: string;
}

/** Claims in extraction order, optionally filtered. */
export async function selectClaims(q: Queryable, filter: ClaimFilter = {}): Promise<Claim[]> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(claim.status, filter.status));
  if (filter.kind) conditions.push(eq(claim.kind, filter.kind));
  if (filter.source) conditions.push(eq(claim.sourceId, filter.source));
  const rows = await q
    .select()
    .from(claim)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(claim.seq));
  return rows.map(claimFromRow);
}

/** The claims accepted as a stance (`recordRef` `position:<id>`): the ones scoped by that stance too. */
export async function selectCitingClaims(
  q: Queryable,
): Promise<Pick<Claim, 'id' | 'source' | 'recordRef'>[]> {
  const rows = await q
    .select({ id: claim.id, source: claim.sourceId, recordRef: claim.recordRef })
    .from(claim)
    .where(like(claim.recordRef, 'position:%'));
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    ...(r.recordRef ? { recordRef: r.recordRef } : {}),
  }));
}

export async function selectClaim(q: Queryable, id: string): Promise<Claim | undefined> {
  const rows = await q.select().from(claim).where(eq(claim.id, id));
  return rows[0] && claimFromRow(rows[0]);
}

/** Records a review: the new status, text and data, and what it put on the record. */
export async function updateClaimReview(q: Queryable, c: Claim): Promise<void> {
  const { id: _id, sourceId: _source, ...row } = toRow(c);
  await q.update(claim).set(row).where(eq(claim.id, c.id));
}

/** The claim a row holds (its match key is the store's, not the claim's). */
export function claimFromRow(r: typeof claim.$inferSelect): Claim {
  return compact({
    id: r.id,
    source: r.sourceId,
    kind: r.kind as Claim['kind'],
    status: r.status as Claim['status'],
    text: r.text,
    span: [r.spanStart, r.spanEnd] as [number, number],
    speaker: r.speaker,
    speakerId: r.speakerId,
    data: r.data,
    reviewedAt: r.reviewedAt,
    note: r.note,
    recordRef: r.recordRef,
  }) as Claim;
}

export async function insertSourceLinks(q: Queryable, links: SourceLink[]): Promise<void> {
  if (links.length) await q.insert(sourceLink).values(links).onConflictDoNothing();
}

export async function selectSourceLinks(q: Queryable): Promise<SourceLink[]> {
  const rows = await q.select().from(sourceLink).orderBy(asc(sourceLink.a), asc(sourceLink.b));
  return rows.map((r) => ({ ...r, kind: r.kind as SourceLink['kind'] }));
}
