// What scoping stances by draft and track costs a reader. Every stance a delegation or an
// analyst reads is checked against the provision it was taken on (its draft's circulation,
// its track: facts loaded in three queries, app/facts.ts positionFacter); staff skip that.
// The baseline is the same read as staff on the same record — what a delegation's read cost
// before stances were scoped (the party and source rule needs no query). Prints the median
// of each read and the ratio. `npm run bench:scope -- 2000` records fewer stances.

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { circulateDraft } from '../src/app/circulation.ts';
import { createServices, type ReadContext, read, write } from '../src/app/context.ts';
import { importDraft } from '../src/app/drafts.ts';
import { initNegotiation } from '../src/app/negotiation.ts';
import { listPositions } from '../src/app/positions.ts';
import { addParty, addTrack } from '../src/app/roster.ts';
import { addSource } from '../src/app/sources.ts';
import { getStatus } from '../src/app/status.ts';
import { runWithin } from '../src/app/useCase.ts';
import { type Actor, owner } from '../src/core/actor.ts';
import { openStore } from '../src/store/database.ts';
import { selectProvisions } from '../src/store/repo/drafts.ts';
import { insertPosition } from '../src/store/repo/positions.ts';

const STANCES = Number(process.argv[2] ?? 10_000);
const PROVISIONS = 500;
const PARTIES = ['north', 'south', 'east', 'west', 'broker'];
const RUNS = 15;

const home = mkdtempSync(path.join(tmpdir(), 'parley-bench-scope-'));
const store = await openStore({ home: path.join(home, 'home') });
const services = createServices(store);

// A draft of 500 provisions, a fifth on a track of north and south, a fifth on one of east
// and west; in full to every party; stances from every party, half of them reported.
await write(services, owner, 'negotiation', async (ctx) => {
  await runWithin(ctx, initNegotiation, { title: 'Bench talks' });
  for (const id of PARTIES) await runWithin(ctx, addParty, { id, name: id, role: 'principal' });
  await runWithin(ctx, addTrack, { id: 'inner', name: 'Inner', parties: ['north', 'south'] });
  await runWithin(ctx, addTrack, { id: 'outer', name: 'Outer', parties: ['east', 'west'] });
  const provisions = Array.from({ length: PROVISIONS }, (_, i) => ({
    path: String(i + 1),
    number: String(i + 1),
    text: `Provision ${i + 1} of the bench text.`,
  }));
  const annotations = Object.fromEntries(
    provisions
      .filter((_, i) => i % 5 < 2)
      .map((p, i) => [p.path, { topics: [], track: i % 2 === 0 ? 'inner' : 'outer' }]),
  );
  await importDraft(ctx, { id: 'text', label: 'Text', date: '2025-01-01', provisions, annotations });
  for (const to of PARTIES) await circulateDraft.run(ctx, { draft: 'text', to });
  await runWithin(ctx, addSource, { id: 'wire', title: 'Wire', outlet: 'Wire', date: '2025-01-02' });
});
// Stances straight into the table: thousands of audited writes would only slow the set-up.
const lineages = (await selectProvisions(store.db, 'text')).map((p) => p.lineage);
await store.db.transaction(async (tx) => {
  for (let i = 0; i < STANCES; i++) {
    await insertPosition(tx, {
      id: `s${i}`,
      party: PARTIES[i % PARTIES.length]!,
      draft: 'text',
      provision: String((i % PROVISIONS) + 1),
      lineage: lineages[i % PROVISIONS]!,
      stance: 'accept',
      asOf: '2025-01-03',
      ...(i % 2 === 0 ? { source: 'wire' } : {}),
      recordedAt: '2025-01-03T00:00:00.000Z',
    });
  }
});

const staff: Actor = { kind: 'user', id: 'sec', role: 'secretariat' };
const delegate: Actor = { kind: 'user', id: 'dn', role: 'delegate', party: 'north' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Use = (ctx: ReadContext) => Promise<unknown>;

async function time(actor: Actor, run: Use): Promise<{ ms: number; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = await read(services, actor, 'bench', run);
    times.push(performance.now() - t0);
    count = Array.isArray(result) ? result.length : ((result as { rows?: unknown[] })?.rows?.length ?? 0);
  }
  return { ms: median(times), count };
}

console.log(
  `scope bench: ${STANCES} stances on ${PROVISIONS} provisions (2 tracks), PGlite, load ${loadavg()[0]!.toFixed(1)}`,
);
const uses: [string, Use][] = [
  ['GET /api/positions', (ctx) => listPositions(ctx)],
  ['status (uncached)', (ctx) => getStatus(ctx, { draft: 'text' })],
];
for (const [label, run] of uses) {
  await time(delegate, run); // warm
  const base = await time(staff, run);
  const ours = await time(delegate, run);
  console.log(
    `${label.padEnd(20)} staff (baseline) ${base.ms.toFixed(1)} ms, ${base.count} items · delegate (scoped) ${ours.ms.toFixed(1)} ms, ${ours.count} items · ratio ${(ours.ms / base.ms).toFixed(2)}`,
  );
}
await store.close();
rmSync(home, { recursive: true, force: true });
