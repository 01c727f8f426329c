// Opens the one database Parley runs on: PGlite in a data directory by default, or a
// PostgreSQL server when a URL is given. Both are driven through drizzle's PgDatabase
// with the same schema, migrations and queries. Each driver is loaded only when it is used:
// node-postgres alone costs a PGlite home's command about a fifth of a second to load.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { ParleyError } from '../core/errors.ts';
import { lockHome } from './homeLock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Where the data lives, for messages: a directory or a redacted URL. */
  readonly location: string;
  /** PostgreSQL only: a connection of its own, outside the pool, not yet connected (LISTEN holds one). */
  dedicatedClient?(): pg.Client;
  /**
   * PostgreSQL only: a small pool of its own for reads that must not wait behind writes
   * (the live channel's). Writes hold a pool connection while they queue for the audit lock,
   * so under a burst of writes every connection of `db` may be waiting.
   */
  readonly sideDb?: Db;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/**
 * An empty data directory with every migration applied, made by the build
 * (scripts/build.mjs): a new home starts as a copy of it, since initdb costs seconds.
 * Absent when running from the sources; a new home is then created from scratch.
 */
export const emptyDataDir = fileURLToPath(new URL('../empty-home/pgdata', import.meta.url));

export interface OpenOptions {
  /** PGlite data directory home; ignored when `databaseUrl` is set. */
  home?: string;
  databaseUrl?: string;
  /** An in-memory PGlite started from a dumped data directory (tests). */
  template?: Blob;
  /** Migrations to apply; defaults to all shipped ones. */
  migrations?: string;
  /** Where a new home's data directory is copied from; defaults to the build's (`emptyDataDir`). */
  emptyDataDir?: string;
  /**
   * PGlite only: the store is open for one command, not for serving (the CLI). It gets a
   * small buffer pool: PostgreSQL's default of 128 MB costs PGlite about 0.3 s of CPU to set
   * up, more than a command's reads need. An in-memory store (`template`) always gets it:
   * its files are in memory already, so a large pool would only hold a second copy.
   */
  brief?: boolean;
}

/** PGlite's start parameters for a brief store: every default, a pool of 16 MB. */
const BRIEF_START = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Opens and migrates the store. A newer binary upgrades an older data directory here.
 * Throws `locked` when another process holds the home, `unsupported` when the server
 * cannot be reached.
 */
export async function openStore(options: OpenOptions): Promise<Store> {
  const folder = options.migrations ?? migrationsFolder;
  if (options.databaseUrl) return openPostgres(options.databaseUrl, folder);
  if (options.template) {
    return openPglite(
      new PGlite({ loadDataDir: options.template, startParams: BRIEF_START }),
      ':memory:',
      folder,
    );
  }
  const home = path.resolve(options.home ?? '.parley');
  mkdirSync(home, { recursive: true });
  const unlock = lockHome(home);
  try {
    const dataDir = path.join(home, 'pgdata');
    // Only with the shipped migrations: the copy already has them all applied.
    if (!options.migrations) startFromEmpty(dataDir, options.emptyDataDir ?? emptyDataDir);
    const client = new PGlite(dataDir, options.brief ? { startParams: BRIEF_START } : {});
    const store = await openPglite(client, home, folder);
    return {
      ...store,
      close: async () => {
        await store.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Makes `dataDir` a copy of `empty` when there is no data directory yet (and a copy to make). */
function startFromEmpty(dataDir: string, empty: string): void {
  if (existsSync(dataDir) || !existsSync(path.join(empty, 'PG_VERSION'))) return;
  // Copied aside and renamed: a copy cut short must not pass for a data directory. The
  // home's lock is ours, so the aside name is too.
  const aside = `${dataDir}.new`;
  rmSync(aside, { recursive: true, force: true });
  cpSync(empty, aside, { recursive: true });
  renameSync(aside, dataDir);
}

async function openPglite(client: PGlite, location: string, folder: string): Promise<Store> {
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  if (!(await isCurrent(db as unknown as Db, folder))) await migratePglite(db, { migrationsFolder: folder });
  return { kind: 'pglite', db: db as unknown as Db, location, close: () => client.close() };
}

async function openPostgres(url: string, folder: string): Promise<Store> {
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw new ParleyError(
      'unsupported',
      `cannot reach the PostgreSQL server at ${redact(url)}: ${(error as Error).message}; check PARLEY_DATABASE_URL`,
    );
  }
  const db = drizzlePg(pool, { schema });
  if (!(await isCurrent(db as unknown as Db, folder))) await migratePg(db, { migrationsFolder: folder });
  const side = new pg.Pool({ connectionString: url, max: 2 });
  // An idle connection the server dropped (a restart, an administrator) reports here; the
  // pool discards it and the next query opens another. Unheard, the error would end the process.
  for (const each of [pool, side]) each.on('error', () => {});
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    location: redact(url),
    dedicatedClient: () =>
      new pg.Client({ connectionString: url, keepAlive: true, application_name: 'parley change bus' }),
    sideDb: drizzlePg(side, { schema }) as unknown as Db,
    close: async () => {
      await pool.end();
      await side.end();
    },
  };
}

/**
 * Whether the database already has the folder's newest migration. One query instead of
 * the migrator's DDL and transaction, which cost a CLI command up to a tenth of a second
 * on every open although a home is migrated only when a newer Parley first opens it.
 */
async function isCurrent(db: Db, folder: string): Promise<boolean> {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  const present = await db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!rowsOf<{ present: boolean }>(present)[0]?.present) return false;
  const applied = await db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
  return Number(rowsOf<{ newest: string | number | null }>(applied)[0]?.newest) >= newest;
}

/** node-postgres answers `{ rows }`, PGlite's drizzle driver the same; typed once here. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
