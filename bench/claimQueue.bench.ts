// `npm run bench:queue`: one page of the review queue over 5,000 claims (filters, groups,
// corroboration), beside the old listing of every claim it replaces in the web app.
import { loadavg } from 'node:os';
import { claimQueue, listClaims } from '../src/app/claims.ts';
import { runUseCase } from '../src/app/useCase.ts';
import { owner } from '../src/core/actor.ts';
import { seedClaimQueue } from '../test/support/claimQueue.ts';
import { seedSmall } from '../test/support/fixtures.ts';
import { pglite, testServices } from '../test/support/stores.ts';

const claims = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
const store = await pglite.open();
const s = testServices(store);
await seedSmall(s);
await seedClaimQueue(s, {
  sources: 100,
  claims,
  parties: ['north', 'south', 'west'],
  speakers: [{ name: 'Ines Varga' }],
});

async function time(what: string, run: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  const median = ms.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  console.log(`${what}: median ${median.toFixed(0)} ms over ${runs}`);
  return median;
}

const page = await time('queue, one page of 50 rows', () =>
  runUseCase(s, owner, claimQueue, { status: 'suggested', limit: 50 }),
);
const all = await time('old listing of every claim', () =>
  runUseCase(s, owner, listClaims, { status: 'suggested' }),
);
console.log(
  `${claims} claims · queue ÷ old listing ${(page / all).toFixed(2)} · load ${loadavg()[0]!.toFixed(1)}`,
);
await store.close();
