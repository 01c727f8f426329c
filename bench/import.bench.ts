// Does the server keep answering while it imports a long draft? A real HTTP server on a
// PGlite home; a 60,000-provision draft POSTed to /api/drafts (then a revision of it, which
// is aligned with it) while /api/health is polled every 20 ms. Prints the longest wait for
// a health answer and the longest event-loop stall (target: under 100 ms). The baseline
// beside it: the one step the old route ran on the loop before any database work —
// parsing the whole text — timed here on the loop. `npm run bench:import -- 20000 noparent`
// runs a smaller draft, without the revision.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../src/app/context.ts';
import { parseDraft } from '../src/core/outline/index.ts';
import { buildServer } from '../src/server/app.ts';
import { openStore } from '../src/store/database.ts';

const N = Number(process.argv[2] ?? 60_000);
const withRevision = process.argv[3] !== 'noparent';

/** Short points, so 60,000 fit the 2 MB body limit. */
function draftText(n: number, wording: string): string {
  const lines = ['Schedule of commitments', ''];
  for (let i = 1; i <= n; i++) lines.push(`${i}. Item ${i} is ${wording}.`);
  return lines.join('\n');
}

const home = mkdtempSync(path.join(tmpdir(), 'parley-bench-import-'));
const store = await openStore({ home });
const app = buildServer({ services: createServices(store) });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

interface Stalls {
  status: number;
  seconds: number;
  healthWorst: number;
  loopWorst: number;
  /** The most CPU time this thread spent within one stall (Linux only), in ms. */
  loopCpuWorst?: number;
  answers: number;
}

// On a busy machine a stall's wall time is mostly waiting for a core. The CPU time the main
// thread itself spent inside the stall is what our code holds the loop for; the kernel counts
// it per thread in 10 ms ticks (/proc/self/task/<pid>/stat fields 14 and 15), so workers and
// PGlite's helpers do not count.
const threadStat = `/proc/self/task/${process.pid}/stat`;
const TICK_MS = 10;
function threadCpuMs(): number | undefined {
  if (!existsSync(threadStat)) return undefined;
  const fields = readFileSync(threadStat, 'utf8').split(') ')[1]?.split(' ');
  return fields ? (Number(fields[11]) + Number(fields[12])) * TICK_MS : undefined;
}

async function importWhilePolling(body: object): Promise<Stalls> {
  let done = false;
  let healthWorst = 0;
  let answers = 0;
  const poller = (async () => {
    let last = performance.now();
    while (!done) {
      await (await fetch(`${base}/api/health`)).text();
      const now = performance.now();
      healthWorst = Math.max(healthWorst, now - last);
      answers += 1;
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  let tick = performance.now();
  let tickCpu = threadCpuMs();
  let loopWorst = 0;
  let loopCpuWorst: number | undefined;
  const loop = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    loopWorst = Math.max(loopWorst, now - tick);
    if (cpu !== undefined && tickCpu !== undefined) loopCpuWorst = Math.max(loopCpuWorst ?? 0, cpu - tickCpu);
    tick = now;
    tickCpu = cpu;
  }, 5);
  const started = performance.now();
  const response = await fetch(`${base}/api/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.text();
  const seconds = (performance.now() - started) / 1000;
  done = true;
  clearInterval(loop);
  await poller;
  return {
    status: response.status,
    seconds,
    healthWorst,
    loopWorst,
    ...(loopCpuWorst === undefined ? {} : { loopCpuWorst }),
    answers,
  };
}

const fmt = (s: Stalls) =>
  `HTTP ${s.status} in ${s.seconds.toFixed(1)} s; longest wait for /api/health ${s.healthWorst.toFixed(0)} ms ` +
  `(${s.answers} answers); longest event-loop stall ${s.loopWorst.toFixed(0)} ms` +
  (s.loopCpuWorst === undefined
    ? ''
    : `; most CPU time this thread spent within one stall ${s.loopCpuWorst} ms (counted in ${TICK_MS} ms ticks)`);

const text = draftText(N, 'settled');
const t0 = performance.now();
parseDraft(text);
const parseOnLoop = performance.now() - t0;

console.log(`import of a ${N}-provision draft (${(text.length / 1e6).toFixed(2)} MB) over HTTP on PGlite`);
const first = await importWhilePolling({ text, label: 'Schedule' });
console.log(`new draft:      ${fmt(first)}`);
if (withRevision) {
  const revision = await importWhilePolling({
    text: draftText(N, 'agreed'),
    label: 'Schedule revised',
    parents: ['schedule'],
  });
  console.log(`revision of it: ${fmt(revision)}`);
}
console.log(
  `baseline: parsing the text on the event loop alone stalls it ${parseOnLoop.toFixed(0)} ms ` +
    `(${(parseOnLoop / first.loopWorst).toFixed(1)}× the longest stall during our whole import)`,
);
await app.close();
await store.close();
rmSync(home, { recursive: true, force: true });
