// Several servers on one PostgreSQL under load (issue #17): a private cluster started as
// .ci/run does, N `parley serve` child processes, C WebSocket clients split across them
// (staff and four delegations), W writes a second for S seconds, and mid-run a SIGKILL of
// the last server, whose clients reconnect to another with the last seq they saw. Checks
// that every client got every change it may read, once; prints commit → delivery p50/p95/p99
// (the commit is when this process hears the write's NOTIFY), the catch-up after the kill,
// and the memory per idle client. The baseline: the same load on one server alone.
//
//   npm run bench:scale                          # 2 servers, 1,000 clients, 20 writes/s, 60 s, then 1 server
//   npm run bench:scale -- --seconds 10 --clients 200 --no-baseline
//
// Over 400 lines: one scenario read top to bottom (start, connect, write, kill, check) is
// easier to trust than the same steps spread over modules used nowhere else.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import WebSocket from 'ws';
import { addToken, addUser } from '../src/app/accounts.ts';
import { createServices, type Services, write } from '../src/app/context.ts';
import { loadScenario } from '../src/app/scenario.ts';
import { type Audience, audienceOf } from '../src/app/visibility.ts';
import { readDemo } from '../src/cli/commands/demo.ts';
import { type Actor, owner } from '../src/core/actor.ts';
import { cursorSeal } from '../src/server/liveCursor.ts';
import { openStore } from '../src/store/database.ts';
import { CHANGE_CHANNEL, parseAnnouncement, selectLastSeq } from '../src/store/repo/changes.ts';
import { startPrivatePostgres } from './support/privatePostgres.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '20' },
    servers: { type: 'string', default: '2' },
    'no-kill': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);
const RATE = Number(args.rate);
const SERVERS = Number(args.servers);
for (const [name, value] of Object.entries({ SECONDS, CLIENTS, RATE, SERVERS })) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name.toLowerCase()}: expected a whole number ≥ 1`);
}

/** Delegations listening; the first two hold the revised draft's text and record stances on it. */
const PARTIES = ['us', 'ukraine', 'russia', 'eu'] as const;
const WRITING = ['us', 'ukraine'] as const;
const WRITERS_PER_PARTY = 4;
const root = path.resolve(import.meta.dirname, '..');
const auditSeed = randomBytes(32);
/** Shared by every server, as the README says; the bench opens the cursors with it to count seqs. */
const fingerprintSecret = randomBytes(32).toString('hex');
const cursors = cursorSeal(fingerprintSecret);

interface Server {
  child: ChildProcess;
  base: string;
  alive: boolean;
}

/** `parley serve` (the built dist/, as users run it) on the database, resolved once listening. */
async function startServer(url: string, home: string): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, 'bin/parley.js'), 'serve', '--port', '0'], {
    env: {
      ...process.env,
      PARLEY_DATABASE_URL: url,
      PARLEY_AUDIT_SEED: auditSeed.toString('hex'),
      PARLEY_FINGERPRINT_SECRET: fingerprintSecret,
      HOME: home,
      PARLEY_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /at (http:\/\/\S+?)\/? \(/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`parley serve exited (${code}): ${out}`)));
  });
  const server = { child, base, alive: true };
  child.once('exit', () => {
    server.alive = false;
  });
  return server;
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Client {
  actor: string;
  server: number;
  socket?: WebSocket;
  /** The last seq seen: what it sends as `since` when it reconnects. */
  last: number;
  /** Seq where it first said hello: it expects every change after it. */
  from: number;
  received: Map<number, { at: number; caughtUp: boolean }>;
  duplicates: number;
  reconnects: number;
  /** Set while it waits for the hello of a reconnection: changes before it are a catch-up. */
  catchingUp: boolean;
  lostAt?: number;
  backAt?: number;
  stopped: boolean;
}

interface Run {
  servers: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  delivered: number;
  expected: number;
  lost: number;
  duplicates: number;
  writes: number;
  writeErrors: number;
  caughtUp: number;
  moved: number;
  reconnectMs: number;
  perClientKb: number;
}

const pct = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

async function run(
  url: string,
  services: Services,
  tokens: Map<string, string>,
  servers: number,
  kill: boolean,
): Promise<Run> {
  const homes: string[] = [];
  const nodes: Server[] = [];
  for (let i = 0; i < servers; i++) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-scale-'));
    homes.push(home);
    nodes.push(await startServer(url, home));
  }
  const commits = new Map<number, number>();
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on('notification', (message) => {
    const at = performance.now();
    const heard = parseAnnouncement(message.payload);
    if (heard && 'changes' in heard) for (const change of heard.changes) commits.set(change.seq, at);
  });
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleRss = nodes.map((node) => rssMb(node.child.pid));
    const readers = ['r-sec', ...PARTIES.map((p) => `r-${p}`)];
    const clients: Client[] = Array.from({ length: CLIENTS }, (_, i) => ({
      // A fifth staff, the rest the four delegations in turn.
      actor: readers[i % readers.length]!,
      server: i % servers,
      last: -1,
      from: -1,
      received: new Map(),
      duplicates: 0,
      reconnects: 0,
      catchingUp: false,
      stopped: false,
    }));

    let lastMessageAt = 0;
    const open = (client: Client, since?: number) =>
      new Promise<void>((resolve, reject) => {
        const node = nodes[client.server]!;
        const u = new URL('/api/live', node.base.replace(/^http/, 'ws'));
        if (since !== undefined) u.searchParams.set('since', cursors.seal(since));
        const socket = new WebSocket(u, { headers: { authorization: `Bearer ${tokens.get(client.actor)}` } });
        client.socket = socket;
        client.catchingUp = since !== undefined;
        socket.on('message', (raw) => {
          const at = performance.now();
          lastMessageAt = at;
          const sent = JSON.parse(String(raw)) as { type: string; cursor?: string };
          const message = {
            type: sent.type,
            seq: sent.cursor === undefined ? undefined : cursors.open(sent.cursor),
          };
          if (message.type === 'hello') {
            if (client.from < 0) client.from = message.seq ?? -1;
            if (client.catchingUp) client.backAt = at;
            client.catchingUp = false;
            client.last = Math.max(client.last, message.seq ?? -1);
            resolve();
          } else if (message.type === 'change' && message.seq !== undefined) {
            if (client.received.has(message.seq)) client.duplicates++;
            else client.received.set(message.seq, { at, caughtUp: client.catchingUp });
            client.last = Math.max(client.last, message.seq);
          } else if (message.type === 'resync') {
            console.log('  a client was told to resync (more missed than the catch-up replays)');
          }
        });
        socket.once('error', reject);
        socket.once('close', () => {
          if (client.stopped) return;
          client.lostAt ??= performance.now();
          client.reconnects++;
          // As behind a proxy: after a short, jittered wait, to a server that answers.
          // A failed attempt closes too, and so comes back here for the next one.
          setTimeout(
            () => {
              client.server = Math.max(
                0,
                nodes.findIndex((n) => n.alive),
              );
              open(client, client.last).catch(() => {});
            },
            100 + Math.random() * 400,
          );
        });
      });

    const connectStart = performance.now();
    for (let i = 0; i < clients.length; i += 50) {
      await Promise.all(clients.slice(i, i + 50).map((client) => open(client)));
    }
    const connectMs = performance.now() - connectStart;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const busyRss = nodes.map((node) => rssMb(node.child.pid));
    const perClientKb =
      ((busyRss.reduce((a, b) => a + b, 0) - idleRss.reduce((a, b) => a + b, 0)) * 1024) / clients.length;
    console.log(
      `  ${clients.length} clients connected in ${(connectMs / 1000).toFixed(1)} s; server RSS ${idleRss.map((r) => r.toFixed(0)).join(' + ')} MB → ${busyRss.map((r) => r.toFixed(0)).join(' + ')} MB`,
    );

    // The writers: two delegations' accounts record their own stances, round robin over the live servers.
    let writes = 0;
    let writeErrors = 0;
    let turn = 0;
    const stances = ['accept', 'reservations', 'amend', 'reject'] as const;
    const pending: Promise<void>[] = [];
    const started = performance.now();
    const ticker = setInterval(() => {
      const n = turn++;
      const party = WRITING[n % WRITING.length]!;
      const writer = `w-${party}-${Math.floor(n / WRITING.length) % WRITERS_PER_PARTY}`;
      const live = nodes.filter((node) => node.alive);
      const node = live[n % live.length]!;
      pending.push(
        fetch(`${node.base}/api/positions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(writer)}` },
          body: JSON.stringify({
            party,
            draft: 'geneva-revision',
            provision: String(1 + (n % 20)),
            stance: stances[n % stances.length],
            asOf: '2025-11-30',
          }),
        }).then(
          async (response) => {
            if (response.status === 201) writes++;
            else {
              writeErrors++;
              if (writeErrors < 5)
                console.log(`  write refused: ${response.status} ${await response.text()}`);
            }
          },
          (error: unknown) => {
            writeErrors++; // the killed server's connection
            if (writeErrors < 5) console.log(`  write failed: ${String((error as Error).cause ?? error)}`);
          },
        ),
      );
    }, 1000 / RATE);
    let killedAt: number | undefined;
    if (kill && servers > 1) {
      await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2));
      killedAt = performance.now();
      nodes.at(-1)!.child.kill('SIGKILL');
      console.log(`  SIGKILL to server ${servers} at ${((killedAt - started) / 1000).toFixed(1)} s`);
      await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2));
    } else await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    clearInterval(ticker);
    await Promise.all(pending);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // stragglers
    // Clients still reconnecting are waited for (a minute at most): their catch-up is the test.
    // …and so are late deliveries: done once nothing has arrived for two seconds.
    const back = () =>
      performance.now() - lastMessageAt > 2000 &&
      clients.every((c) => !c.catchingUp && c.socket?.readyState === WebSocket.OPEN);
    for (let waited = 0; !back() && waited < 60_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const away = clients.filter((c) => c.catchingUp || c.socket?.readyState !== WebSocket.OPEN).length;
    if (away) console.log(`  ${away} clients were still not back a minute after the writes stopped`);
    const end = await selectLastSeq(services.store.db);

    // Who may read each change, by the policies the API answers with.
    const audiences = new Map<number, Audience>();
    const actors = new Map<string, Actor>([
      ['r-sec', { kind: 'user', id: 'r-sec', role: 'secretariat' }],
      ...PARTIES.map((p): [string, Actor] => [
        `r-${p}`,
        { kind: 'user', id: `r-${p}`, role: 'delegate', party: p },
      ]),
    ]);
    const first = Math.min(...clients.map((c) => c.from)) + 1;
    const { selectChangesSince } = await import('../src/store/repo/changes.ts');
    for (const change of await selectChangesSince(services.store.db, first - 1, 1_000_000)) {
      audiences.set(change.seq, await audienceOf(services, change));
    }
    const latencies: number[] = [];
    /** Before the kill only: the steady state, apart from the failover. */
    const steady: number[] = [];
    const byActor = new Map<string, number[]>();
    let expected = 0;
    let lost = 0;
    let delivered = 0;
    let caughtUp = 0;
    let duplicates = 0;
    const reconnectMs: number[] = [];
    for (const client of clients) {
      client.stopped = true;
      client.socket?.close();
      const actor = actors.get(client.actor)!;
      for (let seq = client.from + 1; seq <= end; seq++) {
        if (!audiences.get(seq)?.(actor)) continue;
        expected++;
        const got = client.received.get(seq);
        if (!got) {
          lost++;
          continue;
        }
        delivered++;
        if (got.caughtUp) caughtUp++;
        else {
          const commit = commits.get(seq);
          if (commit !== undefined) latencies.push(got.at - commit);
          if (commit !== undefined) {
            const samples = byActor.get(client.actor) ?? [];
            samples.push(got.at - commit);
            byActor.set(client.actor, samples);
          }
          if (commit !== undefined && (killedAt === undefined || commit < killedAt))
            steady.push(got.at - commit);
        }
      }
      duplicates += client.duplicates;
      if (client.lostAt !== undefined && client.backAt !== undefined)
        reconnectMs.push(client.backAt - client.lostAt);
    }
    const sorted = Float64Array.from(latencies).sort();
    const sortedSteady = Float64Array.from(steady).sort();
    console.log(
      `  p95 by reader: ${[...byActor].map(([actor, xs]) => `${actor} ${pct(Float64Array.from(xs).sort(), 0.95).toFixed(0)} ms`).join(', ')}`,
    );
    if (killedAt !== undefined) {
      console.log(
        `  before the kill: p50 ${pct(sortedSteady, 0.5).toFixed(1)} ms, p95 ${pct(sortedSteady, 0.95).toFixed(1)} ms, p99 ${pct(sortedSteady, 0.99).toFixed(1)} ms`,
      );
    }
    const sortedReconnect = Float64Array.from(reconnectMs).sort();
    return {
      servers,
      p50: pct(sorted, 0.5),
      p95: pct(sorted, 0.95),
      p99: pct(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
      delivered,
      expected,
      lost,
      duplicates,
      writes,
      writeErrors,
      caughtUp,
      moved: reconnectMs.length,
      reconnectMs: pct(sortedReconnect, 0.95),
      perClientKb,
    };
  } finally {
    await listener.end();
    for (const node of nodes) node.child.kill('SIGKILL');
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  }
}

const cluster = await startPrivatePostgres();
const stopCluster = () => cluster.stop();
process.once('SIGINT', () => {
  stopCluster();
  process.exit(130);
});
try {
  const results: Run[] = [];
  const plan = args['no-baseline'] ? [SERVERS] : [SERVERS, 1];
  for (const servers of plan) {
    // A fresh database per run, loaded with the Geneva demo and the accounts.
    const name = `bench_${servers}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, `/${name}`);
    const store = await openStore({ databaseUrl: url });
    const services = createServices(store, { auditSeed });
    const { scenario, texts } = readDemo();
    const tokens = new Map<string, string>();
    await write(services, owner, 'negotiation', async (ctx) => {
      await loadScenario(ctx, scenario, texts);
      const accounts: [string, 'secretariat' | 'delegate', string?][] = [
        ['r-sec', 'secretariat'],
        ...PARTIES.map((p): [string, 'delegate', string] => [`r-${p}`, 'delegate', p]),
        ...WRITING.flatMap((p) =>
          Array.from({ length: WRITERS_PER_PARTY }, (_, i): [string, 'delegate', string] => [
            `w-${p}-${i}`,
            'delegate',
            p,
          ]),
        ),
      ];
      for (const [id, role, party] of accounts) {
        await addUser.run(ctx, {
          id,
          name: id,
          role,
          ...(party ? { party } : {}),
          password: 'bench passphrase',
        });
        tokens.set(id, (await addToken.run(ctx, { user: id })).token);
      }
    });
    console.log(
      `\n${servers} server(s), ${CLIENTS} clients, ${RATE} writes/s for ${SECONDS} s${servers > 1 && !args['no-kill'] ? ', SIGKILL of one at half time' : ''}`,
    );
    try {
      const result = await run(url, services, tokens, servers, !args['no-kill']);
      results.push(result);
      console.log(
        `  commit → delivery: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(0)} ms` +
          ` (targets: p95 ≤ 100, p99 ≤ 250)`,
      );
      console.log(
        `  ${result.writes} writes (${result.writeErrors} failed); ${result.delivered} of ${result.expected} deliveries each client may read: ${result.lost} lost, ${result.duplicates} duplicates`,
      );
      if (result.moved) {
        console.log(
          `  ${result.moved} clients moved to another server, back within p95 ${result.reconnectMs.toFixed(0)} ms; ${result.caughtUp} changes sent to them by catch-up`,
        );
      }
      console.log(
        `  memory per idle client: ${result.perClientKb.toFixed(0)} KB (server RSS after connecting, less before)`,
      );
    } finally {
      await store.close();
    }
  }
  if (results.length === 2) {
    const [ours, alone] = results as [Run, Run];
    console.log(
      `\n${ours.servers} servers vs 1 alone: p95 ${ours.p95.toFixed(1)} vs ${alone.p95.toFixed(1)} ms (×${(alone.p95 / ours.p95).toFixed(2)}), p99 ${ours.p99.toFixed(1)} vs ${alone.p99.toFixed(1)} ms (×${(alone.p99 / ours.p99).toFixed(2)}), memory per client ${ours.perClientKb.toFixed(0)} vs ${alone.perClientKb.toFixed(0)} KB`,
    );
  }
  const failed = results.some((r) => r.lost > 0 || r.duplicates > 0);
  if (failed) process.exitCode = 1;
} finally {
  stopCluster();
}
