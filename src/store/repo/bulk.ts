// Bulk inserts for large drafts. Each batch travels as one JSON parameter unpacked by
// jsonb_to_recordset, because drizzle takes longer to build a statement with thousands of
// bound parameters than the database takes to insert the rows. Between batches the event
// loop gets a turn: PGlite runs in this thread and its results arrive as microtasks, so a
// long import would otherwise hold every other request (health included) until it ends.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../database.ts';

/** SQL type of each column, keyed by column name; both come from code, never from input. */
export type ColumnTypes = Readonly<Record<string, 'text' | 'integer' | 'jsonb' | 'double precision'>>;

/**
 * Rows per statement: a few milliseconds of work each, so other requests wait little. The
 * state trigger hashes every row a statement inserts (app/stateProof.ts), which made a
 * batch of 250 provisions the longest wait of a long import.
 */
export const BULK_BATCH = 100;

/**
 * Inserts items as rows (`toRow` gives column name → value, a batch at a time), yielding to
 * the event loop between batches. Throws what the database throws.
 */
export async function insertRecords<T>(
  q: Queryable,
  table: string,
  columns: ColumnTypes,
  items: readonly T[],
  toRow: (item: T, index: number) => Record<string, unknown>,
  batch = BULK_BATCH,
): Promise<void> {
  const names = Object.keys(columns);
  const list = sql.raw(names.map((name) => `"${name}"`).join(', '));
  const shape = sql.raw(names.map((name) => `"${name}" ${columns[name]}`).join(', '));
  for (let i = 0; i < items.length; i += batch) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const json = JSON.stringify(items.slice(i, i + batch).map((item, j) => toRow(item, i + j)));
    await q.execute(
      sql`insert into ${sql.raw(`"${table}"`)} (${list}) select ${list} from jsonb_to_recordset(${json}::jsonb) as r(${shape})`,
    );
  }
}
