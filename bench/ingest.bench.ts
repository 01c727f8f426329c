// `npm run bench:ingest`: (1) wall time of `parley ingest` over 11 short official documents
// on a fresh home, start-up included, beside `parley --version` (the start-up floor);
// (2) linking copies while documents arrive one by one: the old way (every source
// against every other, signatures recomputed, per document) beside the new way (the new
// source against the others, signatures kept), which is what made a large directory O(n²).
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
const cli = resolve('bin/parley.js');

function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const done = spawnSync(process.execPath, [cli, ...args], { cwd: corpusDir, env, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`parley ${args[0]} failed: ${done.stderr}`);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg()[0]!.toFixed(1);

console.log(`load ${load()} · ${files.length} files · ${runs} runs (dist/ must be built: npm run build)`);
const ingest: number[] = [];
const floor: number[] = [];
for (let i = 0; i < runs; i++) {
  const home = mkdtempSync(join(tmpdir(), 'parley-ingest-bench-'));
  const env = { ...process.env, PARLEY_HOME: home, NO_COLOR: '1' };
  timed(['init', '--title', 'Ingest bench'], env);
  floor.push(timed(['--version'], env));
  ingest.push(timed(['ingest', ...files], env));
  rmSync(home, { recursive: true, force: true });
}
console.log(
  `parley ingest (11 files): median ${(median(ingest) / 1000).toFixed(2)} s wall · parley --version ${(median(floor) / 1000).toFixed(2)} s · ratio ${(median(ingest) / median(floor)).toFixed(1)}× · target ≤ 3 s`,
);

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
