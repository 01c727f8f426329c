// Opens the one database Parley runs on: PGlite in a data directory by default, or a
// PostgreSQL server when a URL is given. Both are driven through drizzle's PgDatabase
// with the same schema, migrations and queries.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
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
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenOptions {
  /** PGlite data directory home; ignored when `databaseUrl` is set. */
  home?: string;
  databaseUrl?: string;
  /** An in-memory PGlite started from a dumped data directory (tests). */
  template?: Blob;
  /** Migrations to apply; defaults to all shipped ones. */
  migrations?: string;
}

/**
 * Opens and migrates the store. A newer binary upgrades an older data directory here.
 * Throws `locked` when another process holds the home, `unsupported` when the server
 * cannot be reached.
 */
export async function openStore(options: OpenOptions): Promise<Store> {
  const folder = options.migrations ?? migrationsFolder;
  if (options.databaseUrl) return openPostgres(options.databaseUrl, folder);
  if (options.template) return openPglite(new PGlite({ loadDataDir: options.template }), ':memory:', folder);
  const home = path.resolve(options.home ?? '.parley');
  mkdirSync(home, { recursive: true });
  const unlock = lockHome(home);
  try {
    const client = new PGlite(path.join(home, 'pgdata'));
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

async function openPglite(client: PGlite, location: string, folder: string): Promise<Store> {
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: folder });
  return { kind: 'pglite', db: db as unknown as Db, location, close: () => client.close() };
}

async function openPostgres(url: string, folder: string): Promise<Store> {
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
  await migratePg(db, { migrationsFolder: folder });
  return { kind: 'postgres', db: db as unknown as Db, location: redact(url), close: () => pool.end() };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
