// How many reads a second does the API serve? autocannon (10 connections) against a real
// server on the Geneva demo: /api/health as the ceiling, then the reads the dashboard and
// the stance matrix make — ours (computed once per version of the record) beside the
// baseline (the same server computing every request). Prints req/s, p50/p99 and the ratio
// to /api/health. The server runs in a child process (bench/apiServer.ts) so the load
// generator does not share its event loop. PARLEY_BENCH_DATABASE_URL: a scratch PostgreSQL
// database to run on instead of PGlite (its contents are replaced); BENCH_SECONDS: per run;
// BENCH_ROUNDS: how many times each group's runs are repeated, interleaved (medians are
// printed), so that a burst of load from elsewhere on the machine hits all rows alike.
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { BenchReply, BenchRequest } from './apiServer.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 10;

const server = fork(new URL('./apiServer.ts', import.meta.url), {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const replies: BenchReply[] = [];
let waiting: (() => void) | undefined;
server.on('message', (reply: BenchReply) => {
  replies.push(reply);
  waiting?.();
});
async function next<T extends BenchReply['type']>(type: T): Promise<Extract<BenchReply, { type: T }>> {
  for (;;) {
    const found = replies.findIndex((r) => r.type === type);
    if (found >= 0) return replies.splice(found, 1)[0] as Extract<BenchReply, { type: T }>;
    await new Promise<void>((resolve) => {
      waiting = resolve;
    });
  }
}
const ask = (request: BenchRequest) => server.send(request);

interface Row {
  label: string;
  rate: number;
  p50: number;
  p99: number;
}

/** One autocannon run; a first request outside the measurement warms both servers alike. */
async function load(label: string, url: string, headers: Record<string, string>): Promise<Row> {
  const first = await fetch(url, { headers });
  if (first.status !== 200) throw new Error(`${label}: ${first.status} ${await first.text()}`);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${label}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { label, rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Each target ROUNDS times, round-robin; the median of each figure over the rounds. */
async function measure(
  targets: { label: string; url: string }[],
  headers: Record<string, string>,
): Promise<Row[]> {
  const runs = new Map<string, Row[]>(targets.map((t) => [t.label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of targets) {
      const row = await load(target.label, target.url, headers);
      runs.get(target.label)!.push(row);
      console.error(`  round ${round + 1}: ${target.label}: ${row.rate.toFixed(0)} req/s`);
    }
  }
  return targets.map(({ label }) => {
    const rows = runs.get(label)!;
    return {
      label,
      rate: median(rows.map((r) => r.rate)),
      p50: median(rows.map((r) => r.p50)),
      p99: median(rows.map((r) => r.p99)),
    };
  });
}

function print(title: string, rows: Row[], ceiling: Row): void {
  console.log(`\n${title}`);
  console.log(
    `  ${'endpoint'.padEnd(70)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  of health`,
  );
  for (const row of rows) {
    const share = `${((100 * row.rate) / ceiling.rate).toFixed(1)}%`;
    console.log(
      `  ${row.label.padEnd(70)} ${row.rate.toFixed(0).padStart(7)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)}  ${share.padStart(8)}`,
    );
  }
}

/** Ours and the baseline for each path, health first as the ceiling. */
function compare(
  base: { cached: string; uncached: string },
  paths: string[],
  headers: Record<string, string> = {},
): Promise<Row[]> {
  return measure(
    [
      { label: '/api/health', url: `${base.cached}/api/health` },
      ...paths.flatMap((path) => [
        { label: `${path}  (ours: cached)`, url: `${base.cached}${path}` },
        { label: `${path}  (baseline: every request)`, url: `${base.uncached}${path}` },
      ]),
    ],
    headers,
  );
}

function ratioLine(rows: Row[], path: string): string {
  const ours = rows.find((r) => r.label === `${path}  (ours: cached)`)!;
  const baseline = rows.find((r) => r.label === `${path}  (baseline: every request)`)!;
  return `  ${path}: ours ${(ours.rate / baseline.rate).toFixed(1)}× the baseline's rate; ${((100 * ours.rate) / rows[0]!.rate).toFixed(1)}% of /api/health (goal ≥ 25%)`;
}

const ready = await next('ready');
console.log(
  `api bench: ${ready.kind}, autocannon ${CONNECTIONS} connections × ${SECONDS} s per run, medians of ${ROUNDS} interleaved rounds, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start`,
);
// What the dashboard and the stance matrix ask: the latest draft, one draft as of a date, progress.
const paths = ['/api/status', '/api/status?draft=plan-28&asOf=2025-11-22', '/api/progress'];
const open = await compare(ready, paths);
print('open mode (the local owner, no credential):', open, open[0]!);

ask({ type: 'accounts' });
const tokens = await next('accounts');
const asStaff = { authorization: `Bearer ${tokens.secretariat}` };
const asDelegate = { authorization: `Bearer ${tokens.delegate}` };
const staff = await compare(ready, ['/api/status'], asStaff);
print(
  'secretariat (bearer token, resolved once per version of the record: app/credentialCache.ts):',
  staff,
  staff[0]!,
);
const delegate = await compare(ready, ['/api/status', '/api/progress'], asDelegate);
print("Ukraine's delegate (its own view; bearer token):", delegate, delegate[0]!);

console.log('\nratios:');
for (const path of paths) console.log(ratioLine(open, path));
console.log(ratioLine(staff, '/api/status').replace('/api/status', '/api/status, secretariat'));
console.log(ratioLine(delegate, '/api/status').replace('/api/status', '/api/status, delegate'));
console.log(
  `load at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
ask({ type: 'stop' });
