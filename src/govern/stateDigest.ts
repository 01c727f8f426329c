// The record's state as the audit log vouches for it. Every audited write lists the rows it
// changed — table, key, SHA-256 of the row (none for a deleted row) — and its entry carries
// the hash of that list, so the chain covers the list; replaying the lists in log order
// gives the digest every live row must have, and a row that differs is named.
import { createHash } from 'node:crypto';

/** One row a write changed: its digest after the write, null when the write deleted it. */
export interface StateRow {
  table: string;
  key: string;
  digest: string | null;
}

/** The hash an entry carries for the rows listed under it, in the order they changed. Throws nothing. */
export function stateListHash(rows: readonly StateRow[]): string {
  const hasher = stateListHasher();
  for (const row of rows) hasher.add(row);
  return hasher.hex();
}

/** `stateListHash` a row at a time, for lists read in pages. Throws nothing. */
export function stateListHasher(): { add(row: StateRow): void; hex(): string } {
  const hash = createHash('sha256').update('parley-state/v1\n');
  return {
    add: (row) => hash.update(`${JSON.stringify([row.table, row.key, row.digest])}\n`),
    hex: () => hash.digest('hex'),
  };
}

/** A row's digest: SHA-256 (hex) of its text as the database prints it (the trigger hashes the same bytes). Throws nothing. */
export function rowDigest(rowText: string): string {
  return createHash('sha256').update(rowText, 'utf8').digest('hex');
}

/** Row lists by the entry they belong to, keeping each list's order. Throws nothing. */
export function listsByEntry(rows: Iterable<StateRow & { seq: number }>): Map<number, StateRow[]> {
  const lists = new Map<number, StateRow[]>();
  for (const { seq, ...row } of rows) {
    const list = lists.get(seq);
    if (list) list.push(row);
    else lists.set(seq, [row]);
  }
  return lists;
}

/** What the log says a row is now, and which entry said it last. */
export interface Recorded {
  digest: string | null;
  seq: number;
}

const slot = (table: string, key: string) => `${table}\u0000${key}`;

/** Replays the writes' row lists (in log order): the last word on each row wins. Throws nothing. */
export function replayState(
  writes: Iterable<{ seq: number; rows: readonly StateRow[] }>,
): Map<string, Recorded> {
  const state = new Map<string, Recorded>();
  for (const { seq, rows } of writes) {
    for (const row of rows) state.set(slot(row.table, row.key), { digest: row.digest, seq });
  }
  return state;
}

export type StateChange = 'changed' | 'deleted' | 'inserted';

export interface StateDifference {
  table: string;
  key: string;
  change: StateChange;
  /** The entry that last recorded the row (absent for a row no entry ever recorded). */
  seq?: number;
}

/**
 * Compares the live rows of the given tables with the replayed record: a row with another
 * digest was changed, a recorded row that is missing was deleted, a row the log never
 * recorded (or recorded as deleted) was inserted. In table order, then live order, then
 * the deleted. Throws nothing.
 */
export function compareState(
  recorded: ReadonlyMap<string, Recorded>,
  tables: readonly string[],
  live: Iterable<StateRow & { digest: string }>,
): StateDifference[] {
  const seen = new Set<string>();
  const found: StateDifference[] = [];
  for (const row of live) {
    const at = slot(row.table, row.key);
    seen.add(at);
    const was = recorded.get(at);
    if (!was || was.digest === null) found.push({ table: row.table, key: row.key, change: 'inserted' });
    else if (was.digest !== row.digest) {
      found.push({ table: row.table, key: row.key, change: 'changed', seq: was.seq });
    }
  }
  const covered = new Set(tables);
  for (const [at, was] of recorded) {
    if (was.digest === null || seen.has(at)) continue;
    const [table, key] = at.split('\u0000') as [string, string];
    if (covered.has(table)) found.push({ table, key, change: 'deleted', seq: was.seq });
  }
  const order = new Map(tables.map((t, i) => [t, i]));
  return found
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (order.get(a.d.table) ?? 0) - (order.get(b.d.table) ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}
