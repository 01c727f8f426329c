// The record's version: a token that changes whenever a committed write may have changed
// any read, known as cheaply as it can be known correctly. Read caches key on it.
import { selectAuditHead } from '../store/repo/audit.ts';
import type { Services } from './context.ts';

export interface RecordVersion {
  /** The version now; a cached answer stored under an equal token is still current. */
  current(): string | Promise<string>;
  /** Stops listening to the change bus. */
  close(): void;
}

/**
 * Every write runs through `write()` (context.ts), and every change it makes is recorded:
 * an audit entry in its transaction and, after the commit, a change on the bus (a write
 * that records nothing changed nothing a read shows). So:
 *
 * - On the embedded database only this process can write: PGlite is one connection and the
 *   home is locked (store/homeLock.ts), so a CLI must go through the server. A counter
 *   bumped by the bus is then exact and costs no query at all.
 * - On PostgreSQL other server instances and CLIs write to the same database, and the bus
 *   is in-process only, so each read asks for the audit chain's head (one primary-key
 *   lookup). Its hash commits to the whole log, so an equal head means an equal record,
 *   even after the legacy rows were renumbered by sealing. (Once a bus spans instances —
 *   LISTEN/NOTIFY with catch-up by sequence, as DESIGN.md plans — and every writer
 *   publishes on it, this query can go too.)
 *
 * Read the version *before* computing: the answer is then at least as new as the token
 * it is stored under, so a write that lands mid-computation can only make it newer.
 * Throws only on a database failure.
 */
export function watchRecordVersion(services: Services): RecordVersion {
  if (services.store.kind === 'postgres') {
    const db = services.store.db;
    return {
      current: () =>
        selectAuditHead(db).then((head) => (head ? `audit:${head.seq}:${head.hash ?? ''}` : 'audit:empty')),
      close() {},
    };
  }
  let local = 0;
  const unsubscribe = services.bus.subscribe(() => {
    local++;
  });
  return { current: () => `local:${local}`, close: unsubscribe };
}
