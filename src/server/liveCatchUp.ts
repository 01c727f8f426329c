// What a reconnecting live client missed: the changes after the last seq it saw, from the
// recent changes this server heard when they reach back that far (a failover sends hundreds
// of clients here at once), else from the audit table. The caller filters them per actor.
import type { Change } from '../app/changes.ts';
import type { Services } from '../app/context.ts';
import { selectChangesSince, selectLastSeq } from '../store/repo/changes.ts';

/** More missed changes than this and the client is told to refetch everything instead. */
export const MAX_CATCH_UP = 1_000;
/** Recent changes kept in memory: enough for a few minutes at tens of writes a second. */
const RECENT = 4_096;

export type Missed =
  /** Every change after the client's seq (possibly none), oldest first. */
  | { changes: Change[] }
  /** Too many, or a seq this log never reached (another database, a restored backup). */
  | { resync: true; head: number };

export interface CatchUp {
  /** Called with every change the bus delivers, in seq order. */
  heard(change: Change): void;
  /** The changes after `since`; see Missed. Throws only on a database failure. */
  missed(since: number): Promise<Missed>;
  /** The newest seq committed, as far as this server can tell; -1 for an empty log. */
  head(): Promise<number>;
}

export function recentChanges(services: Services): CatchUp {
  // A contiguous run of seqs: the bus delivers every change once, in order.
  let recent: Change[] = [];
  const head = async () => services.bus.heard() ?? (await selectLastSeq(services.store.db));
  return {
    heard(change) {
      const last = recent.at(-1);
      if (last && change.seq !== last.seq + 1) recent = []; // not contiguous: start over
      recent.push(change);
      if (recent.length > RECENT * 2) recent = recent.slice(-RECENT);
    },
    async missed(since) {
      const first = recent[0];
      if (first && first.seq <= since + 1 && services.bus.heard() !== undefined) {
        const heardTo = recent.at(-1)?.seq ?? -1;
        if (since <= heardTo) {
          const changes = recent.slice(since + 1 - first.seq);
          return changes.length > MAX_CATCH_UP ? { resync: true, head: heardTo } : { changes };
        }
      }
      const rows = await selectChangesSince(services.store.db, since, MAX_CATCH_UP + 1);
      if (rows.length > MAX_CATCH_UP) return { resync: true, head: await head() };
      if (rows.length === 0 && since > (await selectLastSeq(services.store.db))) {
        return { resync: true, head: await selectLastSeq(services.store.db) };
      }
      return { changes: rows };
    },
    head,
  };
}
