// Every table of the database is either proved against the audit log (with its three
// state triggers) or listed as outside, with a reason: a table added later fails here
// until someone decides which.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import { selectUntrackedTables } from '../../src/store/repo/auditState.ts';
import { OUTSIDE_STATE, STATE_TABLES } from '../../src/store/stateTables.ts';
import { pglite } from '../support/stores.ts';

describe('the state tables', () => {
  let store: Store;
  beforeAll(async () => {
    store = await pglite.open();
  });
  afterAll(() => store.close());

  it('cover every table of the schema, or say why not', async () => {
    const result = (await store.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    )) as unknown as { rows: { name: string }[] };
    const tables = result.rows.map((r) => r.name);
    const decided = [...STATE_TABLES.map((t) => t.name), ...Object.keys(OUTSIDE_STATE)].sort();
    expect(tables).toEqual(decided);
  });

  it('each state table has its insert, update and delete triggers', async () => {
    expect(await selectUntrackedTables(store.db)).toEqual([]);
  });
});
