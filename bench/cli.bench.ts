// How long a person waits for a `parley` command, and how much memory it takes: whole
// commands in spawned processes, median of 5 (CPU time: median; peak RSS: the largest of
// the 5), with `node -e 0` as the floor. `start` is timed to its "serving" line, with the
// CPU its process (and any child it waited for) used by then; `start-again` is a second
// `npm start`, on a home that holds the demo. Ours is bin/parley.js (the compiled build);
// the baseline is how bin/parley.js ran until 2026-12, the TypeScript sources through tsx
// (bench/support/tsxParley.js). Prints the ratio of the wall times.
//   npm run bench:cli [-- --runs 5 --only version,status]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' } } });
const RUNS = Number(values.runs ?? 5);
const only = values.only?.split(',');
const root = path.resolve(import.meta.dirname, '..');
const ours = path.join(root, 'bin/parley.js');
const baseline = path.join(root, 'bench/support/tsxParley.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const scratch = mkdtempSync(path.join(tmpdir(), 'parley-bench-cli-'));
let homes = 0;
const freshHome = () => path.join(scratch, `home-${++homes}`);

interface Run {
  ms: number;
  /** Peak resident set, in MB, when it could be read. */
  rssMb?: number;
  /** CPU time (user + system), when it could be read: less moved by a busy machine than wall time. */
  cpuMs?: number;
  code: number | null;
  out: string;
}

const env = (home: string) => ({
  ...process.env,
  PARLEY_HOME: home,
  PARLEY_DATABASE_URL: '',
  PARLEY_LOG_LEVEL: 'warn',
  NO_COLOR: '1',
});

/** Runs a command to its end; peak RSS and CPU time from GNU time, written to a side file. */
function runOnce(bin: string, args: string[], home: string): Promise<Run> {
  const rssFile = path.join(scratch, `rss-${process.hrtime.bigint()}`);
  const [cmd, argv] = TIME
    ? [TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: env(home), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += String(c);
    });
    child.stderr.on('data', (c) => {
      out += String(c);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      const last = TIME && existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop() : '';
      const [rss, user, system] = (last ?? '').split(' ').map(Number);
      resolve({
        ms,
        code,
        out,
        ...(rss ? { rssMb: rss / 1024 } : {}),
        ...(user !== undefined && system !== undefined ? { cpuMs: (user + system) * 1000 } : {}),
      });
    });
  });
}

/** Peak RSS of a live process, from /proc (Linux), in MB. */
function peakRss(child: ChildProcess): number | undefined {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system) a live process and its waited-for children have used, in ms, from
 * /proc (Linux; ticks of 10 ms): a child that loaded the demo and ended counts.
 */
function cpuSoFar(child: ChildProcess): number | undefined {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
    if (!fields) return undefined;
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) * 10;
  } catch {
    return undefined;
  }
}

/** Starts a server, resolves when it prints "serving", then stops it (SIGTERM) and waits. */
function serveOnce(bin: string, args: string[], home: string): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: env(home),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let run: Run | undefined;
    const seen = (c: Buffer) => {
      out += String(c);
      if (!run && /serving .* at http/.test(out)) {
        const cpuMs = cpuSoFar(child);
        run = {
          ms: performance.now() - started,
          code: 0,
          out,
          rssMb: peakRss(child),
          ...(cpuMs === undefined ? {} : { cpuMs }),
        };
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', (c) => {
      out += String(c);
    });
    child.on('error', reject);
    child.on('exit', (code) => (run ? resolve(run) : resolve({ ms: Number.NaN, code, out })));
  });
}

/** Keeps a server running for the duration of `fn`. */
async function withServer<T>(home: string, fn: () => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, [ours, 'serve', '--port', '0'], {
    env: env(home),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += String(c);
      if (/serving .* at http/.test(out)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before serving`)));
  });
  try {
    return await fn();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Figures {
  ms: number;
  rssMb?: number;
  cpuMs?: number;
  codes: string;
}

async function measure(runs: () => Promise<Run>): Promise<Figures> {
  const all: Run[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await runs());
  const rss = all.map((r) => r.rssMb).filter((x): x is number => x !== undefined);
  const codes = [...new Set(all.map((r) => String(r.code)))].join('/');
  if (all.some((r) => r.code !== 0))
    console.error(`  (exit ${codes}) ${all.find((r) => r.code !== 0)?.out.trim()}`);
  const cpu = all.map((r) => r.cpuMs).filter((x): x is number => x !== undefined && !Number.isNaN(x));
  return {
    ms: median(all.map((r) => r.ms)),
    ...(rss.length ? { rssMb: Math.max(...rss) } : {}),
    ...(cpu.length ? { cpuMs: median(cpu) } : {}),
    codes,
  };
}

interface Case {
  name: string;
  run: (bin: string) => Promise<Run>;
  /** Runs around the whole case (a server beside the command). */
  around?: <T>(fn: () => Promise<T>) => Promise<T>;
  baselineNote?: string;
}

const demoHome = freshHome();
const servedHome = freshHome();
// `start` on a home that holds the demo already (a second `npm start`): one home per binary,
// loaded before, served and stopped once a run.
const startedHomes = new Map([ours, baseline].map((bin) => [bin, freshHome()]));
const cases: Case[] = [
  { name: 'version', run: (bin) => runOnce(bin, ['--version'], freshHome()) },
  { name: 'status', run: (bin) => runOnce(bin, ['status'], demoHome) },
  { name: 'demo', run: (bin) => runOnce(bin, ['demo'], freshHome()) },
  // `npm start` on a fresh clone: no home yet, so it loads the demo, then serves.
  { name: 'start', run: (bin) => serveOnce(bin, ['start', '--port', '0'], freshHome()) },
  {
    name: 'start-again',
    run: (bin) => serveOnce(bin, ['start', '--port', '0'], startedHomes.get(bin) ?? freshHome()),
  },
  {
    name: 'status-served',
    // The baseline could not run at all beside a server (exit 7): it is timed on the same
    // home with the server stopped, what a user had to do before.
    run: (bin) => runOnce(bin, ['status'], servedHome),
    around: (fn) => withServer(servedHome, fn),
    baselineNote: 'baseline: server stopped (it refused with exit 7 beside one)',
  },
];

const load = () => (readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?').trim();
console.log(`parley CLI, median of ${RUNS}; load ${load()} at start; node ${process.version}`);
if (!existsSync(path.join(root, 'dist/cli/main.js')))
  console.log('(no dist/: ours runs whatever bin/parley.js runs)');
// Homes the status cases read: the demo, loaded once by ours.
for (const home of [demoHome, servedHome, ...startedHomes.values()]) {
  const r = await runOnce(ours, ['demo'], home);
  if (r.code !== 0) throw new Error(`could not load the demo: ${r.out}`);
}
const fmt = (f: Figures) =>
  `${(f.ms / 1000).toFixed(2).padStart(6)} s${f.cpuMs ? ` (cpu ${(f.cpuMs / 1000).toFixed(2)})` : ''} ${f.rssMb ? `${Math.round(f.rssMb)} MB`.padStart(7) : ''.padStart(7)}`;
// The floor: what starting Node alone costs on this machine now (load moves it a lot).
const floor = await measure(() => runOnce('-e', ['0'], freshHome()));
console.log(`${'command'.padEnd(15)}${'ours'.padStart(30)}${'baseline (tsx)'.padStart(32)}   ratio`);
console.log(`${'node -e 0'.padEnd(15)}${fmt(floor).padStart(30)}`);
for (const c of cases) {
  if (only && !only.includes(c.name)) continue;
  const a = await measure(() => c.run(baseline));
  const o = await (c.around ?? ((fn) => fn()))(() => measure(() => c.run(ours)));
  const ratio = a.ms / o.ms;
  console.log(
    `${c.name.padEnd(15)}${fmt(o).padStart(30)}${fmt(a).padStart(32)}   ${ratio.toFixed(1)}×${o.codes !== '0' ? `  ours exit ${o.codes}` : ''}${c.baselineNote ? `  (${c.baselineNote})` : ''}`,
  );
}
console.log(`load ${load()} at end`);
rmSync(scratch, { recursive: true, force: true });
