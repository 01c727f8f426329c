// Reading and verifying the audit log: `parley audit log` and `parley audit verify`.
// Only the secretariat, admins and the local owner may: the policies say so.
import { AuditLine, audit } from '../contract/audit.ts';
import { ParleyError } from '../core/errors.ts';
import type { AuditFacts } from '../govern/resources.ts';
import { selectAuditRows, selectLatestCheckpoint, selectRecentAudit } from '../store/repo/audit.ts';
import { inSnapshot } from '../store/repo/auditState.ts';
import { can } from './access.ts';
import { checkAuditRows } from './auditTrail.ts';
import type { ReadContext } from './context.ts';
import { verifyState } from './stateProof.ts';
import { implement } from './useCase.ts';

const LOG: AuditFacts = { kind: 'audit', id: 'log' };

/**
 * Every home has an audit log, so refusing it reveals nothing: `forbidden`, not the
 * `not_found` the policies give for what an actor may not know exists.
 */
function requireAudit(ctx: ReadContext, action: 'read' | 'verify'): void {
  if (!can(ctx, action, LOG)) {
    throw new ParleyError('forbidden', `only the secretariat and admins may ${action} the audit log`, {
      kind: 'audit',
      action,
    });
  }
}

/** The newest `limit` entries, oldest first. Throws `forbidden` (below staff). */
export const listAudit = implement(audit.log, async (ctx, { limit }) => {
  requireAudit(ctx, 'read');
  // The contract's line keeps what a reader scans; the entry's data and links stay in the log.
  return AuditLine.array().parse((await selectRecentAudit(ctx.q, limit)).reverse());
});

/**
 * Verifies the hash chain and the latest checkpoint against the home's audit public key,
 * naming the first bad entry (modified, deleted, inserted, reordered) or a truncation; then,
 * on an intact chain, that the live tables are what the log records (app/stateProof.ts),
 * naming each row that differs. Reads one snapshot, so a write committing meanwhile cannot
 * show half of itself. Throws `forbidden` (below staff), nothing for damage: the verdict says.
 */
export const verifyAudit = implement(audit.verify, async (ctx) => {
  requireAudit(ctx, 'verify');
  return inSnapshot(ctx.q, async (q) => {
    const rows = await selectAuditRows(q);
    const chain = checkAuditRows(rows, await selectLatestCheckpoint(q), ctx.keys.auditPublicKey);
    if (!chain.ok) return chain;
    const state = await verifyState(q, rows);
    if (!state.ok) return { ...chain, ok: false, problem: 'state', state, message: state.message };
    return { ...chain, state, message: `${chain.message}; ${state.message}` };
  });
});
