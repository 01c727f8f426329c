// Creating a PGlite data directory costs seconds, so the suite migrates one once and
// every test starts from its dump. The dump is made small, since every test store unpacks
// it: 1 MB WAL segments instead of 16, and no template0/template1 databases (nothing here
// creates a database), which takes it from 41 MB and 1,092 files to about 15 MB and 520.
// PostgreSQL test databases are copies of one migrated template database likewise. Tests
// that spawn bin/parley.js run the build in dist/, so it is rebuilt first: a stale build
// must never hide a change to src/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder, openStore } from '../../src/store/database.ts';
import { browserPlan } from './browser.ts';

export const templatePath = path.resolve('.tmp/pglite-template.tar');

/**
 * The migrated database every PostgreSQL test database is a copy of (globalSetup makes it
 * once per set of migrations): a copy takes a fraction of the time the migrations take.
 */
export function postgresTemplateName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort()) {
    const at = path.join(migrationsFolder, file);
    if (statSync(at).isFile()) hash.update(file).update(readFileSync(at));
  }
  return `parley_test_template_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * The prefix of the seeded databases a file's PostgreSQL stores are copies of (stores.ts,
 * openSeeded): each file leaves its own behind, and the teardown drops them all.
 */
export const SEEDED_DATABASE_PREFIX = 'parley_seeded';

/**
 * Three projects of vitest.config.ts (stores, journeys, integration) name this setup, and
 * Vitest runs it once for each in the same main process, each from a module of its own: the
 * first run's promise is kept on globalThis, so the others wait for it instead of building
 * again, and only the first hands Vitest the teardown.
 */
const RUN = Symbol.for('parley.test.globalSetup');

export default function setup(): Promise<(() => Promise<void>) | undefined> {
  const held = globalThis as { [RUN]?: Promise<unknown> };
  if (held[RUN]) return held[RUN].then(() => undefined);
  const run = setupOnce();
  held[RUN] = run;
  return run;
}

async function setupOnce(): Promise<(() => Promise<void>) | undefined> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  mkdirSync(path.dirname(templatePath), { recursive: true });
  // The demo's dump is made once per run, by the first journey that needs it (demoTemplate.ts).
  rmSync(path.resolve('.tmp/pglite-demo.tar'), { force: true });
  const client = new PGlite({ initDbStartParams: ['--wal-segsize=1'] });
  await migrate(drizzle(client), { migrationsFolder });
  for (const name of ['template0', 'template1']) {
    await client.exec(`alter database ${name} is_template false`);
    await client.exec(`drop database ${name}`);
  }
  await client.exec('checkpoint');
  const dump = await client.dumpDataDir('none');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  const url = process.env.PARLEY_TEST_DATABASE_URL;
  if (url) await makePostgresTemplate(url);
  else {
    console.log(
      'PostgreSQL contract tests skipped: PARLEY_TEST_DATABASE_URL is not set (.ci/run starts a server and sets it)',
    );
  }
  const browser = browserPlan();
  if (!browser.run) console.log(browser.why);
  return url ? () => dropSeededDatabases(url) : undefined;
}

/** Drops the seeded databases the test files made (none is in use once the run is over). */
async function dropSeededDatabases(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const found = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like '${SEEDED_DATABASE_PREFIX}\\_%'`,
    );
    for (const { datname } of found.rows) await admin.query(`drop database if exists ${datname}`);
  } finally {
    await admin.end();
  }
}

/**
 * Migrates the database the PostgreSQL contract tests copy (stores.ts), unless this set of
 * migrations has one already. Made under another name and renamed, so a run cut short
 * leaves no half-migrated template behind.
 */
async function makePostgresTemplate(url: string): Promise<void> {
  const name = postgresTemplateName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return;
    const making = `${name}_${process.pid}`;
    await admin.query(`drop database if exists ${making}`);
    await admin.query(`create database ${making}`);
    const at = new URL(url);
    at.pathname = `/${making}`;
    const store = await openStore({ databaseUrl: at.toString() });
    await store.close();
    await admin.query(`alter database ${making} rename to ${name}`);
  } finally {
    await admin.end();
  }
}
