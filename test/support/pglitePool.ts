// In-memory PGlite stores for the tests, reused within a test file. Starting a PGlite costs
// about half a second of CPU (the WebAssembly runtime, its share files and the data
// directory's tar unpacked file by file); a suite opens one for nearly every test. A store
// closed by its test goes back to a small pool, and the next open takes it and puts back
// the state that open asks for: every table emptied and refilled with the rows of that
// state, every sequence set where it stood, the session reset (settings, temporary tables,
// prepared statements, locks, LISTENs). An instance whose schema a test changed (DDL: a
// dropped trigger, an altered table, a new function or role), or that is closed or inside
// a transaction, is not reused: it is closed for good.
import type { PGlite } from '@electric-sql/pglite';
import type { Db, Store } from '../../src/store/database.ts';

/** The rows of every table and the sequences' positions: what a restore puts back. */
export interface TableState {
  /** COPY of each public table that has rows, by quoted name. */
  rows: Map<string, Blob>;
  /** Each public sequence's last value (null: never used), by quoted name. */
  sequences: Map<string, string | null>;
}

interface Instance {
  client: PGlite;
  db: Db;
  /** The catalogs' fingerprint when the instance was last restored: a change means DDL. */
  schema: string;
}

/** Up to this many closed stores are kept per test file; most tests hold one or two at a time. */
const KEEP = 2;
const idle: Instance[] = [];

const clientOf = (db: Db) => (db as unknown as { $client: PGlite }).$client;

/** Public tables, quoted, in a stable order. */
async function tables(client: PGlite): Promise<string[]> {
  const found = await client.query<{ t: string }>(
    "select quote_ident(tablename) as t from pg_tables where schemaname = 'public' order by tablename",
  );
  return found.rows.map((r) => r.t);
}

/** Reads `client`'s rows and sequences, to restore later into another instance. */
export async function captureState(db: Db): Promise<TableState> {
  const client = clientOf(db);
  const rows = new Map<string, Blob>();
  for (const table of await tables(client)) {
    const copied = await client.query(`copy ${table} to '/dev/blob'`);
    if (copied.blob && copied.blob.size > 0) rows.set(table, copied.blob);
  }
  const sequences = new Map<string, string | null>();
  const seqs = await client.query<{ s: string; v: string | null }>(
    "select quote_ident(sequencename) as s, last_value::text as v from pg_sequences where schemaname = 'public'",
  );
  for (const { s, v } of seqs.rows) sequences.set(s, v);
  return { rows, sequences };
}

/**
 * Every catalog row DDL writes carries a new xmin, and a drop lowers a count: catalogs that
 * differ from the last restore's mean a test changed the schema, or made a temporary table.
 */
async function fingerprint(client: PGlite): Promise<string> {
  const catalogs = [
    'pg_class',
    'pg_attribute',
    'pg_trigger',
    'pg_proc',
    'pg_constraint',
    'pg_index',
    'pg_authid',
  ];
  const parts = catalogs.map(
    (c) => `(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from ${c})`,
  );
  const found = await client.query<{ f: string }>(`select ${parts.join(" || '/' || ")} as f`);
  return found.rows[0]!.f;
}

/** Empties `client`'s tables and puts `state` back; the session starts afresh. */
async function restore(client: PGlite, state: TableState): Promise<void> {
  await client.exec('discard all');
  const all = await tables(client);
  const filled = await client.query<{ t: string }>(
    all
      .map((t) => `select '${t.replaceAll("'", "''")}' as t where exists (select 1 from ${t})`)
      .join(' union all '),
  );
  // Triggers (the audit log's append-only guard, the state tracking) and foreign keys are
  // the record's rules for writes; a restore copies a state as it was, past them.
  await client.exec('set session_replication_role = replica');
  for (const { t } of filled.rows) await client.exec(`delete from ${t}`);
  for (const [table, blob] of state.rows) await client.query(`copy ${table} from '/dev/blob'`, [], { blob });
  const seqs = await client.query<{ s: string }>(
    "select quote_ident(sequencename) as s from pg_sequences where schemaname = 'public'",
  );
  for (const { s } of seqs.rows) {
    const v = state.sequences.get(s) ?? null;
    await client.query(v === null ? `select setval('${s}', 1, false)` : `select setval('${s}', ${v}, true)`);
  }
  await client.exec('reset session_replication_role');
}

/**
 * A store in `state`: an idle instance restored to it, or, when none is idle, a `fresh`
 * one, restored to `state` unless `freshHolds` says it is in that state already.
 */
export async function takeStore(
  state: () => Promise<TableState>,
  fresh: () => Promise<Store>,
  freshHolds: boolean,
): Promise<Store> {
  let instance = idle.pop();
  if (instance) await restore(instance.client, await state());
  else {
    const store = await fresh();
    const client = clientOf(store.db);
    if (!freshHolds) await restore(client, await state());
    instance = { client, db: store.db, schema: '' };
  }
  instance.schema = await fingerprint(instance.client);
  const taken = instance;
  let closed = false;
  return {
    kind: 'pglite',
    db: taken.db,
    location: ':memory:',
    async close() {
      if (closed) return;
      closed = true;
      await giveBack(taken);
    },
  };
}

async function giveBack(instance: Instance): Promise<void> {
  const { client } = instance;
  if (client.closed) return;
  const reusable =
    idle.length < KEEP &&
    !(await inTransaction(client)) &&
    (await fingerprint(client).catch(() => '')) === instance.schema;
  if (reusable) idle.push(instance);
  else await client.close();
}

async function inTransaction(client: PGlite): Promise<boolean> {
  try {
    await client.exec('discard all');
    return false;
  } catch {
    return true;
  }
}
