// The row lists behind the state proof: what each audited write changed (audit_state,
// filled by the tables' triggers), and the live rows as the verifier reads them.
import { asc, eq, gte, sql } from 'drizzle-orm';
import type { StateRow } from '../../govern/stateDigest.ts';
import type { Queryable } from '../database.ts';
import { auditState } from '../schema.ts';
import { STATE_TABLES, type StateTable } from '../stateTables.ts';

/**
 * Runs `read` on one snapshot (a read-only repeatable-read transaction) unless `q` already
 * is a transaction. Throws what `read` throws.
 */
export function inSnapshot<T>(q: Queryable, read: (q: Queryable) => Promise<T>): Promise<T> {
  if ('rollback' in q) return read(q);
  return q.transaction((tx) => read(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** The SQLSTATE the trigger raises when an audited write would build on a row edited outside Parley. */
export const STALE_ROW_STATE = 'PS001';

/**
 * Opens the capture for a write whose first entry will be `seq`: the triggers list rows
 * under it (`checked`: and refuse to update or delete a row that differs from the log).
 * Rows already listed under `seq` or later were left by no committed entry — a planted
 * list — and are dropped so that no entry adopts them.
 */
export async function openStateCapture(q: Queryable, seq: number, checked: boolean): Promise<void> {
  await q.execute(
    sql`select set_config('parley.audit_seq', ${String(seq)}, true), set_config('parley.state_checked', ${checked ? 'on' : ''}, true)`,
  );
  await q.delete(auditState).where(gte(auditState.seq, seq));
}

/** Lists the rows changed from now on under `seq` (the entry that will follow them). */
export async function listStateUnder(q: Queryable, seq: number): Promise<void> {
  await q.execute(sql`select set_config('parley.audit_seq', ${String(seq)}, true)`);
}

/** Moves rows listed under `from` to `to`: rows changed after a write's last entry belong to it. */
export async function moveStateRows(q: Queryable, from: number, to: number): Promise<void> {
  await q.update(auditState).set({ seq: to }).where(eq(auditState.seq, from));
}

/** Lists every live row of every state table under `seq`, and nothing else from `seq` on: the first list of a record that had none. */
export async function captureWholeState(q: Queryable, seq: number): Promise<void> {
  await q.delete(auditState).where(gte(auditState.seq, seq));
  for (const table of STATE_TABLES) {
    await q.execute(
      sql`insert into audit_state (seq, tbl, key, digest) select ${seq}, ${table.name}, parley_state_key(r, ${cols(table.key)}), parley_state_digest(r, ${cols(table.ignored ?? [])}) from (select to_jsonb(t) as r from ${sql.identifier(table.name)} t) as rows`,
    );
  }
}

const cols = (names: readonly string[]) => sql`string_to_array(${names.join(',')}, ',')`;

/** The rows listed under `seq` and later (all of them by default), by entry and then change order. */
export async function selectStateRows(q: Queryable, from = 0): Promise<(StateRow & { seq: number })[]> {
  return q
    .select({ seq: auditState.seq, table: auditState.tbl, key: auditState.key, digest: auditState.digest })
    .from(auditState)
    .where(gte(auditState.seq, from))
    .orderBy(asc(auditState.seq), asc(auditState.ord));
}

/**
 * Hands each live row of a table to `visit` as key and row text — the JSON the database
 * prints without the ignored columns, the very bytes the trigger hashed. Returns the count.
 * Reads the text rather than asking the database for digests, so functions stored in the
 * database (which whoever holds it can redefine) play no part in the verdict.
 */
export async function selectLiveRows(
  q: Queryable,
  table: StateTable,
  visit: (key: string, text: string) => void,
): Promise<number> {
  const rows = rowsOf<{ r: string }>(
    await q.execute(
      sql`select (to_jsonb(t) - ${cols(table.ignored ?? [])})::text as r from ${sql.identifier(table.name)} t`,
    ),
  );
  for (const { r } of rows) {
    const values = JSON.parse(r) as Record<string, unknown>;
    visit(table.key.map((c) => keyPart(values[c])).join('/'), r);
  }
  return rows.length;
}

// As `r ->> c` prints a key value: strings bare, numbers as written.
function keyPart(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Tables whose three state triggers are not all present and enabled. */
export async function selectUntrackedTables(q: Queryable): Promise<string[]> {
  const rows = rowsOf<{ name: string; n: number }>(
    await q.execute(
      sql`select c.relname as name, count(*)::int as n from pg_catalog.pg_trigger t join pg_catalog.pg_class c on c.oid = t.tgrelid where t.tgname in ('parley_state_insert', 'parley_state_update', 'parley_state_delete') and t.tgenabled <> 'D' group by c.relname`,
    ),
  );
  const complete = new Set(rows.filter((r) => Number(r.n) === 3).map((r) => r.name));
  return STATE_TABLES.filter((t) => !complete.has(t.name)).map((t) => t.name);
}

// PGlite's driver answers `execute` with { rows }, node-postgres's with a QueryResult that has them too.
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
