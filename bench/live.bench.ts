// How fast does a second client learn of a committed change? Ours: the /api/live WebSocket.
// The baseline a user would otherwise reach for: polling the API (here every 250 ms and
// every 1 s). Same process, same server, same demo; prints medians and the ratio. Last, with
// accounts: a delegate's socket, whose changes are filtered by the policies (one query each).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { addToken, addUser } from '../src/app/accounts.ts';
import { circulateDraft } from '../src/app/circulation.ts';
import { createServices, write } from '../src/app/context.ts';
import { loadScenario } from '../src/app/scenario.ts';
import { readDemo } from '../src/cli/commands/demo.ts';
import { owner } from '../src/core/actor.ts';
import { buildServer } from '../src/server/app.ts';
import { openStore } from '../src/store/database.ts';

const ROUNDS = 30;
const home = mkdtempSync(path.join(tmpdir(), 'parley-bench-live-'));
const store = await openStore({ home });
const services = createServices(store);
const { scenario, texts } = readDemo();
await write(services, owner, 'negotiation', (ctx) => loadScenario(ctx, scenario, texts));
const app = buildServer({ services });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stances = ['accept', 'reservations', 'amend', 'reject'] as const;
let round = 0;

/** Bearer headers once accounts exist; empty in open mode (acting as the owner). */
let asWriter: Record<string, string> = {};

/** Records a stance and returns when the POST answered. */
async function change(): Promise<number> {
  const body = {
    party: 'ukraine',
    draft: 'geneva-revision',
    provision: '12',
    stance: stances[round++ % 4],
    asOf: '2025-11-30',
  };
  const r = await fetch(`${base}/api/positions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asWriter },
    body: JSON.stringify(body),
  });
  if (r.status !== 201) throw new Error(`POST failed: ${r.status} ${await r.text()}`);
  return performance.now();
}

async function viaSocket(headers: Record<string, string> = {}): Promise<number[]> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/live`, { headers });
  await new Promise((resolve) => socket.once('message', resolve)); // hello
  const delays: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const seen = new Promise<number>((resolve) => socket.once('message', () => resolve(performance.now())));
    const sent = performance.now();
    await change();
    delays.push((await seen) - sent);
  }
  socket.close();
  return delays;
}

async function viaPolling(intervalMs: number): Promise<number[]> {
  const latest = async () => {
    const r = await fetch(`${base}/api/positions?party=ukraine&draft=geneva-revision&provision=12`);
    return ((await r.json()) as { id: string }[]).at(-1)?.id;
  };
  // An independent poller, as a real client runs one: it notices a change at its next tick.
  let seenId = await latest();
  let seenAt = 0;
  let running = true;
  const poller = (async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, intervalMs));
      const id = await latest();
      if (id !== seenId) {
        seenId = id;
        seenAt = performance.now();
      }
    }
  })();
  const delays: number[] = [];
  for (let i = 0; i < Math.min(ROUNDS, 10); i++) {
    await new Promise((r) => setTimeout(r, Math.random() * intervalMs));
    const before = seenAt;
    const sent = performance.now();
    await change();
    while (seenAt === before) await new Promise((r) => setTimeout(r, 2));
    delays.push(seenAt - sent);
  }
  running = false;
  await poller;
  return delays;
}

const socket = median(await viaSocket());
const poll250 = median(await viaPolling(250));
const poll1000 = median(await viaPolling(1000));
// Accounts close open mode: a secretariat token writes, a Ukrainian delegate listens.
const tokens = await write(services, owner, 'user', async (ctx) => {
  await circulateDraft.run(ctx, { draft: 'geneva-revision', to: 'ukraine' });
  const password = 'bench passphrase';
  await addUser.run(ctx, { id: 'bench-sec', name: 'Secretariat', role: 'secretariat', password });
  await addUser.run(ctx, { id: 'bench-ua', name: 'Delegate', role: 'delegate', party: 'ukraine', password });
  return {
    sec: (await addToken.run(ctx, { user: 'bench-sec' })).token,
    delegate: (await addToken.run(ctx, { user: 'bench-ua' })).token,
  };
});
asWriter = { authorization: `Bearer ${tokens.sec}` };
const filtered = median(await viaSocket({ authorization: `Bearer ${tokens.delegate}` }));
console.log(`change → second client, median over rounds (POST included), ${store.kind}:`);
console.log(`  ours, WebSocket /api/live   ${socket.toFixed(1)} ms`);
console.log(`  ours, a delegate's socket   ${filtered.toFixed(1)} ms  (filtered by the policies)`);
console.log(
  `  polling every 250 ms        ${poll250.toFixed(1)} ms  (${(poll250 / socket).toFixed(1)}× slower)`,
);
console.log(
  `  polling every 1 s           ${poll1000.toFixed(1)} ms  (${(poll1000 / socket).toFixed(1)}× slower)`,
);
await app.close();
await store.close();
rmSync(home, { recursive: true, force: true });
