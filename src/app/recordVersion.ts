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
 * - On PostgreSQL with the cross-process bus (server/postgresBus.ts), every writer — any
 *   server, any CLI — announces its changes in its own transaction, and the bus delivers
 *   every committed change in seq order, catching up from the audit table after a gap or a
 *   lost connection. The last seq it delivered is then the version, with no query. It
 *   vouches for it only while it is connected and caught up, and only when it has heard
 *   every write this process itself committed (write() hands them over after commit, before
 *   the response goes out): so a client always reads its own writes on the server it wrote
 *   through. Otherwise — connection lost, or our own write's notification still in flight —
 *   this falls back to the query below.
 *
 *   What the bus cannot give is a guarantee across servers at the very instant of a
 *   commit: a read that reaches server B while A's notification is still on its way (a
 *   millisecond or so on one network; bench/scale.bench.ts measures commit to delivery)
 *   answers as of the version just before — as if it had arrived that much earlier. It is
 *   never older than that: B's bus delivers the change moments later, B's next read sees
 *   it, and B's live clients are told and refetch.
 * - On PostgreSQL with only an in-process bus (a CLI, the tests' services, another server
 *   of an older version), each read asks for the audit chain's head (one primary-key
 *   lookup). Its hash commits to the whole log, so an equal head means an equal record,
 *   even after the legacy rows were renumbered by sealing.
 *
 * Read the version *before* computing: the answer is then at least as new as the token
 * it is stored under, so a write that lands mid-computation can only make it newer.
 * Throws only on a database failure.
 */
export function watchRecordVersion(services: Services): RecordVersion {
  if (services.store.kind === 'postgres') {
    const db = services.store.db;
    const bus = services.bus;
    const asked = () =>
      selectAuditHead(db).then((head) => (head ? `audit:${head.seq}:${head.hash ?? ''}` : 'audit:empty'));
    return {
      current() {
        const heard = bus.spansProcesses ? bus.heard() : undefined;
        return heard === undefined ? asked() : `bus:${heard}`;
      },
      close() {},
    };
  }
  let local = 0;
  const unsubscribe = services.bus.subscribe(() => {
    local++;
  });
  return { current: () => `local:${local}`, close: unsubscribe };
}
