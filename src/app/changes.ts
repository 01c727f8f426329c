// Committed changes, published after the transaction commits. Subscribers (the live
// channel of the server, the read cache, tests) get ids and kinds and refetch through the API.
// A change's `seq` is its audit entry's: writers are serialised by the audit lock, so seqs
// are gap-free and in commit order, and "everything after seq N" is one query on the audit
// table (store/repo/changes.ts) — how a server or a client catches up after a lost connection.

import type { ChangeEntity } from '../contract/changes.ts';

export interface Change {
  /** The audit entry recording it: 0, 1, 2… in commit order with no gaps. */
  seq: number;
  entity: ChangeEntity;
  id: string;
  action: string;
  at: string;
}

export interface ChangeBus {
  /** Called by `write()` after the commit, once per change in seq order. */
  publish(change: Change): void;
  subscribe(listener: (change: Change) => void): () => void;
  /**
   * The seq of the last change delivered to subscribers when every committed change up to
   * it has been delivered; `undefined` when the bus cannot vouch for that (nothing heard
   * yet, or a connection lost and not yet caught up). Readers then ask the database.
   */
  heard(): number | undefined;
  /** Whether it carries every writer's changes (PostgreSQL's LISTEN/NOTIFY), not only this process's. */
  readonly spansProcesses: boolean;
}

/**
 * The in-process bus: enough for one process on the embedded database, where only this
 * process writes (store/homeLock.ts). It vouches for nothing until its first change: it
 * does not know the log's head at start.
 */
export function createMemoryBus(): ChangeBus {
  const listeners = new Set<(change: Change) => void>();
  let last: number | undefined;
  return {
    publish(change) {
      last = change.seq;
      for (const listener of listeners) listener(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    heard: () => last,
    spansProcesses: false,
  };
}
