// The row lists behind the state proof: what each audited write changed (audit_state,
// filled by the tables' triggers), and the live rows as the verifier reads them.
import { asc, eq, gte, type SQL, sql } from 'drizzle-orm';
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
  // One statement: this runs on every write.
  await q.execute(
    sql`with dropped as (delete from audit_state where seq >= ${seq}) select set_config('parley.audit_seq', ${String(seq)}, true), set_config('parley.state_checked', ${checked ? 'on' : ''}, true)`,
  );
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

/** Rows per page: a few milliseconds of PGlite's thread, which is this one, and of hashing. */
const PAGE = 500;

/**
 * Hands `visit` a page at a time every row listed under `from` and later (all by default),
 * by entry and then change order, with a turn of the event loop between pages (keyset
 * pages on the (seq, ord) index, so a write's 60,000 rows cost no more a page than 10).
 */
export async function visitStateRows(
  q: Queryable,
  visit: (rows: (StateRow & { seq: number })[]) => void,
  from = 0,
): Promise<void> {
  const page = (after: { seq: number; ord: number } | undefined) =>
    q
      .select({
        seq: auditState.seq,
        ord: auditState.ord,
        table: auditState.tbl,
        key: auditState.key,
        digest: auditState.digest,
      })
      .from(auditState)
      .where(
        after
          ? sql`(${auditState.seq}, ${auditState.ord}) > (${after.seq}, ${after.ord})`
          : gte(auditState.seq, from),
      )
      .orderBy(asc(auditState.seq), asc(auditState.ord))
      .limit(PAGE);
  for (let rows = await page(undefined); ; ) {
    visit(rows.map(({ ord: _, ...row }) => row));
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) return;
    await new Promise((resolve) => setImmediate(resolve));
    rows = await page(last);
  }
}

/**
 * Hands each live row of a table to `visit` as key and row text — the JSON the database
 * prints without the ignored columns, the very bytes the trigger hashed — a page at a
 * time, inside a transaction. Returns the count. Reads the text rather than asking the
 * database for digests, so functions stored in the database (which whoever holds it can
 * redefine) play no part in the verdict.
 */
export async function visitLiveRows(
  q: Queryable,
  table: StateTable,
  visit: (key: string, text: string) => void,
): Promise<number> {
  let count = 0;
  // The ignored columns as a literal (DECLARE takes no parameters); the names come from code.
  const ignored = sql.raw(`'{${(table.ignored ?? []).join(',')}}'::text[]`);
  const query = sql`select (to_jsonb(t) - ${ignored})::text as r from ${sql.identifier(table.name)} t`;
  await visitPages<{ r: string }>(q, 'parley_live_rows', query, (rows) => {
    count += rows.length;
    for (const { r } of rows) {
      const values = JSON.parse(r) as Record<string, unknown>;
      visit(table.key.map((c) => keyPart(values[c])).join('/'), r);
    }
  });
  return count;
}

async function visitPages<T>(
  q: Queryable,
  cursor: string,
  query: SQL,
  visit: (rows: T[]) => void,
): Promise<void> {
  const name = sql.identifier(cursor);
  await q.execute(sql`declare ${name} no scroll cursor for ${query}`);
  for (;;) {
    const rows = rowsOf<T>(await q.execute(sql`fetch ${sql.raw(String(PAGE))} from ${name}`));
    visit(rows);
    if (rows.length < PAGE) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  // On an error the transaction ends, and the cursor with it.
  await q.execute(sql`close ${name}`);
}

/** The first row listed under `from` or later, and how many there are; undefined for none. */
export async function firstStateRow(
  q: Queryable,
  from: number,
): Promise<{ table: string; key: string; count: number } | undefined> {
  const rows = rowsOf<{ table: string; key: string; count: number }>(
    await q.execute(
      sql`select tbl as "table", key, count(*) over ()::int as count from audit_state where seq >= ${from} order by seq, ord limit 1`,
    ),
  );
  return rows[0] && { ...rows[0], count: Number(rows[0].count) };
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
