// Token buckets in the database: one upsert takes a request from a key's bucket, refilled
// by the database's clock. The row lock the upsert takes orders servers racing for the
// same key, so N servers together allow what one would.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../database.ts';

/**
 * Takes one request from `key`'s bucket of `capacity`, refilled evenly over `perMs`.
 * Returns the tokens left and whether the request was allowed.
 */
export async function takeRequest(
  q: Queryable,
  key: string,
  capacity: number,
  perMs: number,
): Promise<{ granted: boolean; tokens: number }> {
  const rate = capacity / perMs;
  const refilled = sql`least(${capacity}::float8, b.tokens + greatest(0, excluded.at_ms - b.at_ms) * ${rate}::float8)`;
  const result = await q.execute(sql`
    insert into request_budget as b (key, tokens, at_ms, granted)
    values (${key}, ${capacity - 1}::float8, extract(epoch from clock_timestamp()) * 1000, true)
    on conflict (key) do update set
      tokens = case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end,
      granted = ${refilled} >= 1,
      at_ms = greatest(b.at_ms, excluded.at_ms)
    returning tokens, granted`);
  const row = (result as unknown as { rows: { tokens: number | string; granted: boolean }[] }).rows[0];
  if (!row) throw new Error('request_budget: the upsert returned no row');
  return { granted: row.granted, tokens: Number(row.tokens) };
}
