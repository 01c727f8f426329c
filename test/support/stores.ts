// The backends every storage contract test runs on: PGlite always, and a PostgreSQL
// server when PARLEY_TEST_DATABASE_URL points at one (each test gets a fresh database).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createServices, type Services } from '../../src/app/context.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { postgresTemplateName, templatePath } from './globalSetup.ts';

export const postgresUrl = process.env.PARLEY_TEST_DATABASE_URL;

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Store>;
}

let template: Blob | undefined;

export const pglite: Backend & { openFrom(dump: Blob): Promise<Store> } = {
  name: 'pglite',
  open() {
    template ??= new Blob([readFileSync(templatePath)]);
    return openStore({ template });
  },
  /** An in-memory PGlite from another dump (the demo's: test/e2e/support/demoTemplate.ts). */
  openFrom(dump: Blob) {
    return openStore({ template: dump });
  },
};

export const postgres: Backend = {
  name: 'postgres',
  async open() {
    if (!postgresUrl) throw new Error('PARLEY_TEST_DATABASE_URL is not set');
    const name = `parley_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${postgresTemplateName()}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    const store = await openStore({ databaseUrl: url.toString() });
    return {
      ...store,
      async close() {
        await store.close();
        const dropper = new pg.Client({ connectionString: postgresUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name}`);
        await dropper.end();
      },
    };
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

interface SeededDump {
  dump: Blob;
  counters: TestCounters;
}

/** Seeded PGlite dumps by name, for this test file (each file has its own module instance). */
const seededDumps = new Map<string, Promise<SeededDump>>();

/**
 * A store with `seed` applied, and services that go on from the seed's clock and ids. On
 * PGlite the seed runs once per test file: the first store is seeded and dumped, later
 * ones start from the dump, in the state a fresh seed would give. PostgreSQL stores are
 * seeded each time.
 */
export async function openSeeded(
  backend: Backend,
  name: string,
  seed: (services: Services) => Promise<void>,
): Promise<{ store: Store; services: Services & { counters(): TestCounters } }> {
  const made = backend.name === 'pglite' ? seededDumps.get(name) : undefined;
  if (made) {
    const { dump, counters } = await made;
    const store = await pglite.openFrom(dump);
    return { store, services: testServices(store, undefined, counters) };
  }
  const store = await backend.open();
  const services = testServices(store);
  if (backend.name !== 'pglite') {
    await seed(services);
    return { store, services };
  }
  const seeding = (async () => {
    await seed(services);
    const client = (store.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
    return { dump: await client.dumpDataDir('none'), counters: services.counters() };
  })();
  seededDumps.set(name, seeding);
  // A seed that failed is not kept: the next test seeds afresh and fails the same way.
  seeding.catch(() => seededDumps.delete(name));
  await seeding;
  return { store, services };
}
