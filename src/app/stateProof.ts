// The state half of `parley audit verify`: the log vouches for the row lists of every
// audited write (each entry carries the hash of the rows changed just before it); replayed, the lists give
// the digest every live row of the state tables must have, and each row that differs —
// changed, deleted or inserted outside Parley — is named with the entry that last
// recorded it. Reads the whole record once; the write path pays only for the rows it writes.
import {
  compareState,
  listsByEntry,
  replayState,
  rowDigest,
  type StateChange,
  type StateRow,
  stateListHash,
} from '../govern/stateDigest.ts';
import type { Queryable } from '../store/database.ts';
import type { AuditRow } from '../store/repo/audit.ts';
import { selectUntrackedTables, visitLiveRows, visitStateRows } from '../store/repo/auditState.ts';
import { STATE_TABLES } from '../store/stateTables.ts';

/** An entry as a verdict names it. */
export interface EntryRef {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
}

export interface StateFinding {
  table: string;
  key: string;
  change: StateChange;
  /** The entry that last recorded the row; absent for a row no entry ever recorded. */
  entry?: EntryRef;
}

export interface StateVerdict {
  ok: boolean;
  /** False for a record no write of this Parley has sealed yet (an older home): nothing to compare until the next write. */
  tracked: boolean;
  tables: number;
  /** Live rows compared. */
  rows: number;
  /** The rows that differ from the log, at most LISTED of them. */
  differences: StateFinding[];
  /** How many more differ than are listed. */
  more: number;
  /** Entries whose row list no longer matches the hash they carry (`altered`), or lists no entry carries (`planted`). */
  lists: { seq: number; problem: 'altered' | 'planted'; entry?: EntryRef }[];
  /** State tables whose triggers are missing or disabled: writes to them go unlisted. */
  untracked: string[];
  message: string;
}

/** Differences listed in a verdict; a wholesale rewrite is summarised by its count. */
export const LISTED = 100;

/**
 * Compares the live state tables with what the (already verified) log `entries` records.
 * Throws nothing of its own; what differs is in the verdict.
 */
export async function verifyState(q: Queryable, entries: readonly AuditRow[]): Promise<StateVerdict> {
  const bySeq = new Map(entries.map((row) => [row.seq, row]));
  const untracked = await selectUntrackedTables(q);
  const all: (StateRow & { seq: number })[] = [];
  await visitStateRows(q, (rows) => {
    for (const row of rows) all.push(row);
  });
  const listed = listsByEntry(all);
  const lists: StateVerdict['lists'] = [];
  for (const seq of listed.keys()) {
    if (!bySeq.get(seq)?.state) lists.push({ seq, problem: 'planted', ...ref(bySeq.get(seq)) });
  }
  const writes: { seq: number; rows: StateRow[] }[] = [];
  for (const row of entries) {
    if (!row.state) continue;
    const rows = listed.get(row.seq) ?? [];
    if (stateListHash(rows) !== row.state) lists.push({ seq: row.seq, problem: 'altered', ...ref(row) });
    writes.push({ seq: row.seq, rows });
  }
  const base = { tables: STATE_TABLES.length, untracked, lists: lists.sort((a, b) => a.seq - b.seq) };
  if (entries.length > 0 && writes.length === 0 && listed.size === 0) {
    return {
      ...base,
      ok: untracked.length === 0,
      tracked: false,
      rows: 0,
      differences: [],
      more: 0,
      message: untracked.length
        ? untrackedMessage(untracked)
        : "the record's rows are not sealed yet (written by an older Parley): the next write seals them",
    };
  }
  const live: (StateRow & { digest: string })[] = [];
  let count = 0;
  for (const table of STATE_TABLES) {
    count += await visitLiveRows(q, table, (key, text) => {
      live.push({ table: table.name, key, digest: rowDigest(text) });
    });
  }
  const found = compareState(
    replayState(writes),
    STATE_TABLES.map((t) => t.name),
    live,
  );
  const differences = found.slice(0, LISTED).map((d) => {
    const entry = d.seq === undefined ? undefined : ref(bySeq.get(d.seq)).entry;
    return { table: d.table, key: d.key, change: d.change, ...(entry ? { entry } : {}) };
  });
  const ok = found.length === 0 && lists.length === 0 && untracked.length === 0;
  return {
    ...base,
    ok,
    tracked: true,
    rows: count,
    differences,
    more: found.length - differences.length,
    message: ok
      ? `${count} rows in ${STATE_TABLES.length} tables match the log`
      : problemMessage(found.length, lists, untracked),
  };
}

export function ref(row: AuditRow | undefined): { entry?: EntryRef } {
  if (!row) return {};
  const { seq, at, actor, action } = row;
  return { entry: { seq, at, actor, action, subject: `${row.entity}:${row.entityId}` } };
}

function problemMessage(differ: number, lists: StateVerdict['lists'], untracked: string[]): string {
  const parts: string[] = [];
  if (differ > 0) {
    parts.push(
      `${differ} ${differ === 1 ? 'row differs' : 'rows differ'} from what the log records: the tables were edited outside Parley`,
    );
  }
  for (const { seq, problem } of lists.slice(0, 5)) {
    parts.push(
      problem === 'altered'
        ? `the row list of entry ${seq} no longer matches the hash the entry carries`
        : `a row list under entry ${seq} was added outside Parley (no entry carries it)`,
    );
  }
  if (untracked.length) parts.push(untrackedMessage(untracked));
  return `${parts.join('; ')} — restore the database from a backup`;
}

function untrackedMessage(untracked: string[]): string {
  return `the state triggers of ${untracked.join(', ')} are missing or disabled, so writes to them go unlisted`;
}
