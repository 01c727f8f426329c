// `npm run bench:ingest`: (1) `parley ingest` over 11 short official documents on a fresh
// home, start-up included, wall and CPU time (the CPU of the child process, from
// /proc/self/stat: on a shared, loaded machine wall time says more about the neighbours),
// beside `parley --version` (the start-up floor) and, when PARLEY_BASELINE names another
// checkout with dist/ built (e.g. a copy of main), beside that checkout's `parley ingest`
// on the same files, run after ours in each round; (2) linking copies while documents
// arrive one by one: the old way (every source against every other, signatures
// recomputed, per document) beside the new way (the new source against the others,
// signatures kept), which is what made a large directory O(n²).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findNearDuplicates, minhash } from '../src/evidence/duplicates.ts';

const runs = Number(process.argv[2] ?? 3);
const sources = Number(process.argv[3] ?? 200);
const corpusDir = resolve('test/fixtures/evidence-corpus/heldout');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 11);
const ours = resolve('bin/parley.js');
const baseline = process.env.PARLEY_BASELINE && resolve(process.env.PARLEY_BASELINE, 'bin/parley.js');

/** CPU seconds of the children this process has waited for (user + system), from /proc. */
function childCpu(): number {
  // Fields after the command name (which may hold spaces, hence the last ')'): cutime is the 14th, cstime the 15th.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Timing {
  wall: number;
  cpu: number;
}

function timed(cli: string, args: string[], env: NodeJS.ProcessEnv): Timing {
  const cpu = childCpu();
  const start = performance.now();
  const done = spawnSync(process.execPath, [cli, ...args], { cwd: corpusDir, env, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`parley ${args[0]} failed: ${done.stderr}`);
  return { wall: (performance.now() - start) / 1000, cpu: childCpu() - cpu };
}

/** `parley ingest` of the files by `cli` on a fresh home, and `parley --version` there. */
function ingestOnce(cli: string): { ingest: Timing; floor: Timing } {
  const home = mkdtempSync(join(tmpdir(), 'parley-ingest-bench-'));
  try {
    const env = { ...process.env, PARLEY_HOME: home, NO_COLOR: '1' };
    timed(cli, ['init', '--title', 'Ingest bench'], env);
    return { floor: timed(cli, ['--version'], env), ingest: timed(cli, ['ingest', ...files], env) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg()[0]!.toFixed(1);
const show = (t: Timing[]) =>
  `median ${median(t.map((x) => x.wall)).toFixed(2)} s wall, ${median(t.map((x) => x.cpu)).toFixed(2)} s CPU`;

console.log(
  `load ${load()} · ${files.length} files · ${runs} runs (dist/ must be built: npm run build)${baseline ? ` · baseline ${baseline}` : ''}`,
);
const mine: Timing[] = [];
const theirs: Timing[] = [];
const floor: Timing[] = [];
for (let i = 0; i < runs; i++) {
  const run = ingestOnce(ours);
  mine.push(run.ingest);
  floor.push(run.floor);
  if (baseline) theirs.push(ingestOnce(baseline).ingest);
}
console.log(`parley ingest (11 files): ${show(mine)} · target ≤ 3 s wall`);
console.log(`parley --version (start-up floor): ${show(floor)}`);
if (baseline) {
  const ratio = median(theirs.map((x) => x.cpu)) / median(mine.map((x) => x.cpu));
  console.log(
    `baseline parley ingest: ${show(theirs)} · ours uses ${ratio.toFixed(2)}× less CPU · load ${load()}`,
  );
}

// Linking: documents grown from the corpus (paragraphs rotated, a serial number added).
const texts = files.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const docs = Array.from({ length: sources }, (_, i) => {
  const paragraphs = texts[i % texts.length]!.split('\n\n');
  const turn = Math.floor(i / texts.length) % paragraphs.length;
  const text = [...paragraphs.slice(turn), ...paragraphs.slice(0, turn), `Dispatch ${i}.`].join('\n\n');
  return { id: `s${i}`, text };
});

let start = performance.now();
let oldLinks = 0;
for (let n = 1; n <= docs.length; n++) oldLinks += findNearDuplicates(docs.slice(0, n)).length;
const before = performance.now() - start;

start = performance.now();
const kept = new Map<string, Uint32Array>();
let newLinks = 0;
for (let n = 1; n <= docs.length; n++) {
  const signed = docs.slice(0, n).map((d) => {
    const signature = kept.get(d.id) ?? minhash(d.text);
    kept.set(d.id, signature);
    return { id: d.id, text: '', signature };
  });
  newLinks += findNearDuplicates(signed, undefined, docs[n - 1]!.id).length;
}
const after = performance.now() - start;
console.log(
  `linking ${sources} sources one by one: every pair each time ${before.toFixed(0)} ms (${oldLinks} links found, repeats included) · the new one against the rest ${after.toFixed(0)} ms (${newLinks} new links) · ${(before / after).toFixed(1)}× faster · load ${load()}`,
);
