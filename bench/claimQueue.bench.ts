// `npm run bench:queue [claims] [runs]`: one page of the review queue (50 rows), read in SQL
// (filters, scope, grouping and page in the database), beside the way it was read before
// (every readable claim loaded, then filtered, grouped and paged in memory) and the old
// listing of every claim the queue replaced in the web app. Wall and CPU time (PGlite runs
// in this process, so its CPU is ours); both queue readings must give the same page.

import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { claimQueue, listClaims, visibleClaims } from '../src/app/claims.ts';
import { read } from '../src/app/context.ts';
import { runUseCase } from '../src/app/useCase.ts';
import { owner } from '../src/core/actor.ts';
import { filterQueue, groupQueue, type QueueFilter, queueSpeakers, saidBy } from '../src/core/claimQueue.ts';
import { corroborate } from '../src/core/corroboration.ts';
import type { Claim } from '../src/core/model.ts';
import { selectClaims, selectSourceLinks } from '../src/store/repo/claims.ts';
import { seedClaimQueue } from '../test/support/claimQueue.ts';
import { seedSmall } from '../test/support/fixtures.ts';
import { pglite, testServices } from '../test/support/stores.ts';

const claims = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
const store = await pglite.open();
const s = testServices(store);
await seedSmall(s);
const seeded = performance.now();
await seedClaimQueue(s, {
  sources: Math.max(100, Math.round(claims / 50)),
  claims,
  parties: ['north', 'south', 'west'],
  speakers: [{ name: 'Ines Varga' }],
});
console.log(`seeded ${claims} claims in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

/** The queue as it was read before: every readable claim into memory, then filtered, grouped, paged. */
function inMemoryQueue(query: QueueFilter & { offset: number; limit: number }) {
  const { offset, limit, speaker, ...filter } = query;
  return read(s, owner, 'claim', async (ctx) => {
    const readable = await visibleClaims(ctx, await selectClaims(ctx.q));
    const counts = corroborate(readable, await selectSourceLinks(ctx.q));
    const unspoken = filterQueue(readable, filter);
    const matching = speaker ? unspoken.filter((c) => saidBy(c, speaker)) : unspoken;
    const groups = groupQueue(matching);
    const listed = (c: Claim) => ({
      ...c,
      corroboration: counts.get(c.id) ?? { sources: 1, independent: 1 },
    });
    return {
      groups: groups.slice(offset, offset + limit).map((g) => ({ ...g, claims: g.claims.map(listed) })),
      offset,
      limit,
      totalGroups: groups.length,
      totalClaims: matching.length,
      speakers: queueSpeakers(unspoken),
    };
  });
}

interface Timing {
  wall: number;
  cpu: number;
}

async function time(what: string, run: () => Promise<unknown>): Promise<Timing> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await run();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  const timing = { wall: median(walls), cpu: median(cpus) };
  console.log(
    `${what}: median ${timing.wall.toFixed(0)} ms wall, ${timing.cpu.toFixed(0)} ms CPU over ${runs}`,
  );
  return timing;
}

const pages = [
  { status: 'suggested' as const, offset: 0, limit: 50 },
  { status: 'suggested' as const, offset: Math.floor(claims / 4), limit: 50 },
  { kind: 'quote' as const, speaker: 'ines varga', offset: 0, limit: 50 },
];
for (const query of pages) {
  const inSql = await runUseCase(s, owner, claimQueue, query);
  if (!isDeepStrictEqual(inSql, await inMemoryQueue(query))) {
    throw new Error(`the page read in SQL differs from the one read in memory: ${JSON.stringify(query)}`);
  }
}
console.log(`the same pages both ways (${pages.length} queries)`);

const page = await time('queue in SQL, one page of 50 rows', () =>
  runUseCase(s, owner, claimQueue, { status: 'suggested', limit: 50 }),
);
const before = await time('queue in memory (before), one page of 50 rows', () =>
  inMemoryQueue({ status: 'suggested', offset: 0, limit: 50 }),
);
const all = await time('old listing of every claim', () =>
  runUseCase(s, owner, listClaims, { status: 'suggested' }),
);
console.log(
  `${claims} claims · SQL page ÷ in-memory page: ${(page.cpu / before.cpu).toFixed(3)} CPU, ${(page.wall / before.wall).toFixed(3)} wall · ÷ old listing ${(page.cpu / all.cpu).toFixed(3)} CPU · load ${loadavg()[0]!.toFixed(1)}`,
);
await store.close();
