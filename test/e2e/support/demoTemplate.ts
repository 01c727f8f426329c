// The Geneva 2025 demo loaded once per run, not once per journey: the first journey to need
// it loads it into a PGlite from the migrated template and dumps the data directory; every
// journey then starts from that dump, with the test clock and ids going on from where the
// load left them, so the state is the one a fresh load would give. globalSetup removes the
// dump of an earlier run; test files run in parallel processes, so one makes it under a lock.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { write } from '../../../src/app/context.ts';
import { loadScenario } from '../../../src/app/scenario.ts';
import { readDemo } from '../../../src/cli/commands/demo.ts';
import { owner } from '../../../src/core/actor.ts';
import type { Store } from '../../../src/store/database.ts';
import { pglite, type TestCounters, testServices } from '../../support/stores.ts';

export const demoTemplatePath = path.resolve('.tmp/pglite-demo.tar');
const countersPath = `${demoTemplatePath}.json`;
const lockDir = path.resolve('.tmp/pglite-demo.lock');

interface DumpableClient {
  dumpDataDir(compression: 'none'): Promise<Blob>;
}

async function makeDump(): Promise<void> {
  const store = await pglite.open();
  try {
    const services = testServices(store);
    const { scenario, texts } = readDemo();
    await write(services, owner, 'negotiation', (ctx) => loadScenario(ctx, scenario, texts));
    const client = (store.db as unknown as { $client: DumpableClient }).$client;
    const dump = await client.dumpDataDir('none');
    writeFileSync(`${demoTemplatePath}.part`, Buffer.from(await dump.arrayBuffer()));
    writeFileSync(countersPath, JSON.stringify(services.counters()));
    renameSync(`${demoTemplatePath}.part`, demoTemplatePath);
  } finally {
    await store.close();
  }
}

/** The demo's dump and where the test clock and ids stood after loading it. */
async function demoDump(): Promise<{ template: Blob; counters: TestCounters }> {
  for (let waited = 0; waited < 300_000; waited += 250) {
    if (existsSync(demoTemplatePath)) {
      return {
        template: new Blob([readFileSync(demoTemplatePath)]),
        counters: JSON.parse(readFileSync(countersPath, 'utf8')) as TestCounters,
      };
    }
    try {
      mkdirSync(path.dirname(lockDir), { recursive: true });
      mkdirSync(lockDir);
    } catch {
      // Another process is loading it: a stale lock (from a killed run) expires.
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 240_000) rmSync(lockDir, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(demoTemplatePath)) await makeDump();
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
  throw new Error('timed out waiting for another process to load the demo template');
}

/** A store holding the demo, and services that go on from the load's clock and ids. */
export async function openDemo(): Promise<{ store: Store; services: ReturnType<typeof testServices> }> {
  const { template, counters } = await demoDump();
  const store = await pglite.openFrom(template);
  return { store, services: testServices(store, undefined, counters) };
}
