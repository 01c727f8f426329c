// What a test pays to open a store from the migrated template (test/support/stores.ts), and a
// CLI command to start PGlite: the baseline is how tests opened one until 2026-12-03 — the
// dump of a default PGlite (template databases, 16 MB WAL segments) started with PostgreSQL's
// 128 MB buffer pool; ours is the trimmed dump globalSetup makes, started with the 16 MB pool
// store/database.ts gives a brief store. CPU time of this process (PGlite runs in it), median
// of N alternating runs, and the ratio.   npm run bench:open [-- 9]
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from '../src/store/database.ts';

const RUNS = Number(process.argv[2] ?? 7);

async function migratedDump(trimmed: boolean): Promise<Blob> {
  const client = new PGlite(trimmed ? { initDbStartParams: ['--wal-segsize=1'] } : {});
  await migrate(drizzle(client), { migrationsFolder });
  if (trimmed) {
    for (const name of ['template0', 'template1']) {
      await client.exec(`alter database ${name} is_template false`);
      await client.exec(`drop database ${name}`);
    }
    await client.exec('checkpoint');
  }
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

const variants = {
  baseline: { dump: await migratedDump(false), startParams: PGlite.defaultStartParams },
  ours: {
    dump: await migratedDump(true),
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
  },
};
const cpu: Record<string, number[]> = { baseline: [], ours: [] };
const wall: Record<string, number[]> = { baseline: [], ours: [] };
for (let run = 0; run < RUNS; run++) {
  for (const [name, { dump, startParams }] of Object.entries(variants)) {
    const started = performance.now();
    const before = process.cpuUsage();
    const client = new PGlite({ loadDataDir: dump, startParams });
    await client.query('select count(*) from pg_class');
    await client.close();
    const used = process.cpuUsage(before);
    cpu[name]!.push((used.user + used.system) / 1000);
    wall[name]!.push(performance.now() - started);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const name of Object.keys(variants)) {
  const size = (variants[name as keyof typeof variants].dump.size / 1e6).toFixed(0);
  console.log(
    `${name.padEnd(8)} dump ${size} MB: open + first query + close, CPU ${median(cpu[name]!).toFixed(0)} ms, wall ${median(wall[name]!).toFixed(0)} ms (median of ${RUNS})`,
  );
}
console.log(`baseline ÷ ours, CPU: ${(median(cpu.baseline!) / median(cpu.ours!)).toFixed(2)}×`);
