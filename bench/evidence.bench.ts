// `npm run bench:evidence`: MB/s of clean + extract on one core, over a synthetic corpus
// grown from the labelled fixtures (paragraphs shuffled, names and dates varied), beside
// what a user would reach for first: chrono-node over whole texts, wink-nlp sentences.
//
// The engine measured is the one the CLI runs: dist/ (scripts/build.mjs, which the npm script
// runs first), not the TypeScript sources under tsx. tsx compiles with esbuild's keepNames,
// which wraps every named closure in a `__name` call each time it is made; the engine makes
// closures per sentence and per date candidate: about 3% no user pays (the same sources under
// tsx against their dist/, in one process). The baselines run in this same process, so both
// sides of each ratio see the same machine at the same time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Roster } from '../src/evidence/types.ts';
import rosterJson from '../test/fixtures/evidence/roster.json' with { type: 'json' };

/** A module of the built engine, typed as its source; refused when older than the sources. */
async function built<T>(module: string): Promise<T> {
  const file = resolve('dist/evidence', `${module}.js`);
  const edited = Math.max(
    ...readdirSync('src/evidence').map((f) => statSync(join('src/evidence', f)).mtimeMs),
  );
  if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < edited)
    throw new Error(`${file} is missing or older than src/evidence: run \`npm run build:cli\` first`);
  return (await import(pathToFileURL(file).href)) as T;
}

// The engine's one bundle (scripts/build.mjs), the file the CLI loads.
const { cleanDocument, decodeDocument, extractClaims } =
  await built<typeof import('../src/evidence/index.ts')>('index');

const roster: Roster = rosterJson;
const TARGET_BYTES = 12e6;
const BASELINE_BYTES = 2e6;

// A fixed-seed generator: the corpus is the same on every run.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function corpus(): string[] {
  const dir = 'test/fixtures/evidence';
  const sources = readdirSync(dir)
    .filter((f) => !f.endsWith('.json'))
    .map((f) => decodeDocument(readFileSync(join(dir, f)), f));
  const rand = random(2031);
  const swaps: [RegExp, string[]][] = [
    [/Tuesday/g, ['Monday', 'Wednesday', 'Thursday', 'Friday']],
    [/Fjellby/g, ['Fjellby', 'Drava', 'Kessel', 'Brussels']],
    [/Henrik Dahl/g, ['Henrik Dahl', 'Ingrid Solberg', 'Oleg Varin']],
    [/March (\d+)/g, ['March 3', 'April 14', 'May 30', 'June 2']],
  ];
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const source = sources[Math.floor(rand() * sources.length)]!;
    const paragraphs = source.split('\n\n');
    // Keep the header, shuffle the body a little: enough to defeat any caching of results.
    for (let i = paragraphs.length - 1; i > 2; i--) {
      const j = 2 + Math.floor(rand() * (i - 1));
      [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
    }
    let text = paragraphs.join('\n\n');
    for (const [pattern, options] of swaps)
      text = text.replace(pattern, () => options[Math.floor(rand() * options.length)]!);
    docs.push(text);
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

function measure(label: string, docs: string[], run: (text: string) => void): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of docs.slice(0, 50)) run(d);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const d of docs) run(d);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  // CPU time is what "one core" means on a shared machine; wall time is printed beside it.
  const seconds = (used.user + used.system) / 1e6;
  const mbps = bytes / 1e6 / seconds;
  const cols = [
    (bytes / 1e6).toFixed(1).padStart(6),
    seconds.toFixed(2).padStart(7),
    wall.toFixed(2).padStart(7),
    mbps.toFixed(2).padStart(6),
  ];
  console.log(
    `${label.padEnd(42)} ${cols[0]} MB  cpu ${cols[1]} s  wall ${cols[2]} s  ${cols[3]} MB/s (cpu)`,
  );
  return mbps;
}

function prefix(docs: string[], bytes: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const d of docs) {
    if (n >= bytes) break;
    out.push(d);
    n += Buffer.byteLength(d);
  }
  return out;
}

const docs = corpus();
console.log(
  `evidence bench: ${docs.length} documents, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core, engine from dist/`,
);
const published = '2031-03-12';
const clean = measure('ours: cleanDocument', docs, (t) => void cleanDocument(t, 'bench.txt'));
const ours = measure('ours: cleanDocument + extractClaims', docs, (t) => {
  void extractClaims(cleanDocument(t, 'bench.txt').cleanText, { roster, published });
});
const small = prefix(docs, BASELINE_BYTES);
const ref = new Date(2031, 2, 12, 12);
const chronoAll = measure('baseline: chrono.parse over whole texts', small, (t) => void chrono.parse(t, ref));
const nlp = winkNLP(model);
const wink = measure(
  'baseline: wink-nlp readDoc + sentences',
  small,
  (t) => void nlp.readDoc(t).sentences().out(),
);
console.log(`\nclean only: ${clean.toFixed(2)} MB/s`);
console.log(`ours / chrono over whole texts: ${(ours / chronoAll).toFixed(1)}×`);
console.log(`ours / wink-nlp sentence split: ${(ours / wink).toFixed(1)}×`);
// What a user assembling the same from libraries would run at least: sentences, then dates.
const both = 1 / (1 / chronoAll + 1 / wink);
console.log(
  `ours / (wink-nlp sentences + chrono dates): ${(ours / both).toFixed(1)}× (baseline ${both.toFixed(2)} MB/s)`,
);
console.log(ours >= 2 ? 'target ≥ 2 MB/s: met' : 'target ≥ 2 MB/s: NOT met');
