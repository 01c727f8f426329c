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
