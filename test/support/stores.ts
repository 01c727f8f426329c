// The backends every storage contract test runs on: PGlite always, and a PostgreSQL
// server when PARLEY_TEST_DATABASE_URL points at one (each test gets a fresh database).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createServices, type Services } from '../../src/app/context.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { postgresTemplateName, SEEDED_DATABASE_PREFIX, templatePath } from './globalSetup.ts';
import { captureState, type TableState, takeStore } from './pglitePool.ts';

export const postgresUrl = process.env.PARLEY_TEST_DATABASE_URL;

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Store>;
}

let template: Blob | undefined;

/** The template's rows (none) and sequences (unused), read from the first store made from it. */
let templateState: Promise<TableState> | undefined;

/** A new in-memory PGlite from the migrated template. */
async function fromTemplate(): Promise<Store> {
  template ??= new Blob([readFileSync(templatePath)]);
  const store = await openStore({ template });
  templateState ??= captureState(store.db);
  await templateState;
  return store;
}
const ofTemplate = () => templateState!;

export const pglite: Backend & { openFrom(dump: Blob): Promise<Store> } = {
  name: 'pglite',
  /** An empty migrated store: a closed one of this file's, emptied (pglitePool.ts), or a new one. */
  open() {
    return takeStore(ofTemplate, fromTemplate, true);
  },
  /** An in-memory PGlite from another dump (the demo's: test/e2e/support/demoTemplate.ts). */
  openFrom(dump: Blob) {
    return openStore({ template: dump });
  },
};

/**
 * A test database on the server, made as a copy of `template`; closing the store drops it,
 * `keep()` ends its connections and leaves it (a template for others).
 */
async function copyOfDatabase(
  template: string,
  prefix = 'parley_test',
): Promise<Store & { name: string; keep(): Promise<void> }> {
  if (!postgresUrl) throw new Error('PARLEY_TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    // A template is refused while a session is still on it: the seeding store's pool has
    // ended, but the server may not have seen its connections go yet.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    ...store,
    name,
    keep: () => store.close(),
    async close() {
      await store.close();
      const dropper = new pg.Client({ connectionString: postgresUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    },
  };
}

export const postgres: Backend = {
  name: 'postgres',
  open() {
    return copyOfDatabase(postgresTemplateName());
  },
};

/** PGlite, plus PostgreSQL when a server is configured. */
export const backends: Backend[] = postgresUrl ? [pglite, postgres] : [pglite];

/** How far a test clock and id sequence have gone. */
export interface TestCounters {
  tick: number;
  id: number;
}

/**
 * Services with a fixed clock and sequential ids, so results are reproducible; `from` goes on
 * from where other services stopped (a store loaded from their dump), and `counters()` says
 * where these stand.
 */
export function testServices(
  store: Store,
  start = '2025-11-20T09:00:00.000Z',
  from: TestCounters = { tick: 0, id: 0 },
): Services & { counters(): TestCounters } {
  let tick = from.tick;
  let id = from.id;
  const services = createServices(store, {
    clock: () => new Date(Date.parse(start) + 1000 * tick++),
    newId: () => `id-${String(++id).padStart(4, '0')}`,
  });
  return Object.assign(services, { counters: () => ({ tick, id }) });
}

interface SeededState {
  state: TableState;
  counters: TestCounters;
}

/** Seeded PGlite states by name, for this test file (each file has its own module instance). */
const seededStates = new Map<string, Promise<SeededState>>();

/**
 * A store with `seed` applied, and services that go on from the seed's clock and ids. On
 * PGlite the seed runs once per test file: the first store is seeded and its rows kept,
 * later ones are given those rows (pglitePool.ts), in the state a fresh seed would give.
 * On PostgreSQL the seed runs once per file likewise, into a database every store copies.
 */
export async function openSeeded(
  backend: Backend,
  name: string,
  seed: (services: Services) => Promise<void>,
): Promise<{ store: Store; services: Services & { counters(): TestCounters } }> {
  if (backend.name === 'postgres') return openSeededPostgres(name, seed);
  const made = seededStates.get(name);
  if (made) {
    const { state, counters } = await made;
    const store = await takeStore(async () => state, fromTemplate, false);
    return { store, services: testServices(store, undefined, counters) };
  }
  const store = await backend.open();
  const services = testServices(store);
  const seeding = (async () => {
    await seed(services);
    return { state: await captureState(store.db), counters: services.counters() };
  })();
  seededStates.set(name, seeding);
  // A seed that failed is not kept: the next test seeds afresh and fails the same way.
  seeding.catch(() => seededStates.delete(name));
  await seeding;
  return { store, services };
}

/** Seeded PostgreSQL databases by seed name, for this test file: each store is a copy. */
const seededDatabases = new Map<string, Promise<{ database: string; counters: TestCounters }>>();

async function openSeededPostgres(
  name: string,
  seed: (services: Services) => Promise<void>,
): Promise<{ store: Store; services: Services & { counters(): TestCounters } }> {
  let made = seededDatabases.get(name);
  if (!made) {
    made = (async () => {
      const store = await copyOfDatabase(postgresTemplateName(), SEEDED_DATABASE_PREFIX);
      const services = testServices(store);
      try {
        await seed(services);
      } catch (error) {
        await store.close();
        throw error;
      }
      // Its connections end, the database stays: later stores are copies of it.
      await store.keep();
      return { database: store.name, counters: services.counters() };
    })();
    seededDatabases.set(name, made);
    made.catch(() => seededDatabases.delete(name));
  }
  const { database, counters } = await made;
  const store = await copyOfDatabase(database);
  return { store, services: testServices(store, undefined, counters) };
}
