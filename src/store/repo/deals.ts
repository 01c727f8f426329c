// Preference profiles (one per party and draft) and the deal results the secretariat shared.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { dealProfile, dealShare } from '../schema.ts';

export interface ProfileRow {
  draft: string;
  party: string;
  weights: Record<string, number>;
  scores: Record<string, Record<string, number>>;
  reservation: number;
  redLines: Record<string, string[]>;
  updatedAt: string;
  updatedBy: string;
}

export interface DealShareRow {
  id: string;
  draft: string;
  rule: string;
  parties: string[];
  result: Record<string, unknown>;
  note?: string;
  at: string;
  by: string;
}

/** Inserts or replaces the profile of `row.party` on `row.draft`. */
export async function upsertProfile(q: Queryable, row: ProfileRow): Promise<void> {
  const values = {
    draftId: row.draft,
    partyId: row.party,
    weights: row.weights,
    scores: row.scores,
    reservation: row.reservation,
    redLines: row.redLines,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
  const { draftId: _d, partyId: _p, ...set } = values;
  await q
    .insert(dealProfile)
    .values(values)
    .onConflictDoUpdate({ target: [dealProfile.draftId, dealProfile.partyId], set });
}

/** Profiles by draft then party id, optionally of one draft and of one party. */
export async function selectProfiles(
  q: Queryable,
  filter: { draft?: string; party?: string } = {},
): Promise<ProfileRow[]> {
  const conditions: SQL[] = [];
  if (filter.draft) conditions.push(eq(dealProfile.draftId, filter.draft));
  if (filter.party) conditions.push(eq(dealProfile.partyId, filter.party));
  const rows = await q
    .select()
    .from(dealProfile)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(dealProfile.draftId), asc(dealProfile.partyId));
  return rows.map((r) => ({
    draft: r.draftId,
    party: r.partyId,
    weights: r.weights,
    scores: r.scores,
    reservation: r.reservation,
    redLines: r.redLines,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  }));
}

export async function insertDealShare(q: Queryable, row: DealShareRow): Promise<void> {
  await q.insert(dealShare).values({
    id: row.id,
    draftId: row.draft,
    rule: row.rule,
    parties: row.parties,
    result: row.result,
    note: row.note ?? null,
    at: row.at,
    by: row.by,
  });
}

/** Shared results, oldest first, optionally of one draft or by id. */
export async function selectDealShares(
  q: Queryable,
  filter: { draft?: string; id?: string } = {},
): Promise<DealShareRow[]> {
  const conditions: SQL[] = [];
  if (filter.draft) conditions.push(eq(dealShare.draftId, filter.draft));
  if (filter.id) conditions.push(eq(dealShare.id, filter.id));
  const rows = await q
    .select()
    .from(dealShare)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(dealShare.at), asc(dealShare.id));
  return rows.map((r) => ({
    id: r.id,
    draft: r.draftId,
    rule: r.rule,
    parties: r.parties,
    result: r.result,
    ...(r.note !== null ? { note: r.note } : {}),
    at: r.at,
    by: r.by,
  }));
}
