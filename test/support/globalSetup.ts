// Creating a PGlite data directory costs seconds, so the suite migrates one once and
// every test starts from its dump. The dump is made small, since every test store unpacks
// it: 1 MB WAL segments instead of 16, and no template0/template1 databases (nothing here
// creates a database), which takes it from 41 MB and 1,092 files to about 15 MB and 520. Tests that spawn bin/parley.js run the build in dist/,
// so it is rebuilt first: a stale build must never hide a change to src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from '../../src/store/database.ts';
import { browserPlan } from './browser.ts';

export const templatePath = path.resolve('.tmp/pglite-template.tar');

export default async function setup(): Promise<void> {
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
  if (!process.env.PARLEY_TEST_DATABASE_URL) {
    console.log(
      'PostgreSQL contract tests skipped: PARLEY_TEST_DATABASE_URL is not set (.ci/run starts a server and sets it)',
    );
  }
  const browser = browserPlan();
  if (!browser.run) console.log(browser.why);
}
