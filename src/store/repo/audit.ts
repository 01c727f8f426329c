// The audit table as a hash chain: rows keep their columns (entity, entity id, data) and
// gain the chain's seq, prev hash and hash; one signed checkpoint row per committed write;
// one row holding the Merkle tree's right edge at the head.
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { audit, auditCheckpoint, auditTree } from '../schema.ts';

/** Any constant shared by every Parley process: the advisory lock that orders audit writers. */
const AUDIT_LOCK = 7_270_553_901;

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
  prevHash: string | null;
  hash: string | null;
  /** Hash of the rows changed just before this entry (store/repo/auditState.ts). */
  state: string | null;
}

export interface CheckpointRow {
  size: number;
  root: string;
  time: string;
  signature: string;
  publicKey: string;
}

/** Serialises audit writers until the transaction ends (PGlite and PostgreSQL alike). */
export async function lockAudit(q: Queryable): Promise<void> {
  await q.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
}

/** The whole log in sequence order. */
export async function selectAuditRows(q: Queryable): Promise<AuditRow[]> {
  return q.select().from(audit).orderBy(asc(audit.seq));
}

/** The last `limit` rows, newest first. */
export async function selectRecentAudit(q: Queryable, limit: number): Promise<AuditRow[]> {
  return q.select().from(audit).orderBy(desc(audit.seq)).limit(limit);
}

/** The newest row's seq and hash, or undefined for an empty log. */
export async function selectAuditHead(
  q: Queryable,
): Promise<{ seq: number; hash: string | null } | undefined> {
  const rows = await q
    .select({ seq: audit.seq, hash: audit.hash })
    .from(audit)
    .orderBy(desc(audit.seq))
    .limit(1);
  return rows[0];
}

/** Inserts a write's entries, a thousand rows a statement (PostgreSQL takes at most 65,535 parameters). */
export async function insertAuditRows(q: Queryable, rows: readonly AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1_000) await q.insert(audit).values(rows.slice(i, i + 1_000));
}

/**
 * Gives rows written before the chain existed their place and hashes: renumbered from 0
 * in their original order (a rolled-back write leaves a gap in the old serial numbers).
 */
export async function sealAuditRows(
  q: Queryable,
  sealed: readonly { oldSeq: number; seq: number; prevHash: string; hash: string }[],
): Promise<void> {
  // Two passes through negative numbers, because the primary key is checked row by row.
  for (const row of sealed)
    await q
      .update(audit)
      .set({ seq: -1 - row.seq })
      .where(eq(audit.seq, row.oldSeq));
  for (const row of sealed) {
    await q
      .update(audit)
      .set({ seq: row.seq, prevHash: row.prevHash, hash: row.hash })
      .where(eq(audit.seq, -1 - row.seq));
  }
}

export async function selectLatestCheckpoint(q: Queryable): Promise<CheckpointRow | undefined> {
  const rows = await q.select().from(auditCheckpoint).orderBy(desc(auditCheckpoint.size)).limit(1);
  return rows[0];
}

export async function insertCheckpoint(q: Queryable, row: CheckpointRow): Promise<void> {
  await q.insert(auditCheckpoint).values(row);
}

export interface TreeRow {
  size: number;
  lastHash: string;
  /** Compact range hashes, hex, left to right. */
  range: string[];
}

/** The one tree row's key: there is one log per home. */
const TREE_ID = 1;

/** The stored right edge of the Merkle tree, or undefined before the first write of this version. */
export async function selectAuditTree(q: Queryable): Promise<TreeRow | undefined> {
  const rows = await q
    .select({ size: auditTree.size, lastHash: auditTree.lastHash, range: auditTree.range })
    .from(auditTree)
    .where(eq(auditTree.id, TREE_ID));
  return rows[0];
}

/** Replaces the stored right edge (call under the audit lock). */
export async function saveAuditTree(q: Queryable, row: TreeRow): Promise<void> {
  await q
    .insert(auditTree)
    .values({ id: TREE_ID, ...row })
    .onConflictDoUpdate({ target: auditTree.id, set: row });
}
