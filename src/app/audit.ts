// Reading and verifying the audit log: `parley audit log` and `parley audit verify`.
// Only the secretariat (and the local owner) may; the gate in `read` enforces it.
import { ParleyError } from '../core/errors.ts';
import { selectAuditRows, selectLatestCheckpoint, selectRecentAudit } from '../store/repo/audit.ts';
import { type AuditVerdict, checkAuditRows } from './auditTrail.ts';
import type { ReadContext } from './context.ts';

export interface AuditLine {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  hash: string | null;
}

/** The newest `limit` entries (default 50), oldest first. Throws `invalid_input` for a bad limit. */
export async function listAudit(ctx: ReadContext, input: { limit?: number } = {}): Promise<AuditLine[]> {
  const limit = input.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ParleyError('invalid_input', `--limit: expected a positive whole number, got ${limit}`, {
      limit,
    });
  }
  const rows = await selectRecentAudit(ctx.q, limit);
  return rows.reverse().map(({ seq, at, actor, action, entity, entityId, hash }) => ({
    seq,
    at,
    actor,
    action,
    entity,
    entityId,
    hash,
  }));
}

/**
 * Verifies the hash chain and the latest checkpoint against the home's audit public key;
 * names the first bad entry (modified, deleted, inserted, reordered) or a truncation.
 * Throws nothing for a damaged log: the verdict says what is wrong.
 */
export async function verifyAudit(ctx: ReadContext, input: { publicKey: string }): Promise<AuditVerdict> {
  const rows = await selectAuditRows(ctx.q);
  return checkAuditRows(rows, await selectLatestCheckpoint(ctx.q), input.publicKey);
}
