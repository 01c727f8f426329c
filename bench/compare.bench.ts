// `npm run bench:compare`: the compare engine beside whole-text diffs (jsdiff diffWords,
// diff-match-patch over the characters and in word mode) on the Paris 2015 drafts and on
// synthetic drafts of 100, 1,000 and 10,000 provisions; prints times, ratios, memory and
// the Paris summary.

import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { alignDrafts, type CompareResult, compareDrafts, type ProvisionInput } from '../src/compare/index.ts';
import { generateDraftPair } from '../src/compare/perturb.ts';
import { scoreAlignment } from '../src/compare/score.ts';
import { type BaselineRun, cpuNow, runDmpChars, runDmpWords, runJsdiffWords } from './compareBaselines.ts';
import { loadParis } from './compareParis.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const BASELINE_TIMEOUT_MS = 20_000;

/** Median wall time and median CPU time of `runs` calls after `warmUps` (steady state: the JIT has compiled the hot code). */
function time(runs: number, task: () => unknown, warmUps = 1): { ms: number; cpuMs: number } {
  for (let i = 0; i < warmUps; i++) task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuNow();
    const t0 = performance.now();
    task();
    wall.push(performance.now() - t0);
    cpu.push(cpuNow() - c0);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(wall), cpuMs: median(cpu) };
}

/** Heap still held by a comparison result: the median of three tries (the heap also holds JIT and GC noise). */
function memory(task: () => CompareResult): { retainedMb: number } {
  const tries: number[] = [];
  let held: CompareResult | undefined;
  for (let i = 0; i < 3; i++) {
    // The previous try's result must be gone before the baseline is read.
    held = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    held = task();
    gc();
    tries.push(process.memoryUsage().heapUsed - before);
  }
  void held?.summary;
  return { retainedMb: tries.sort((a, b) => a - b)[1]! / 1048576 };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const base = (run: BaselineRun) => `${ms(run.ms)}${run.complete ? '' : ' (gave up)'}`;
const ratio = (run: BaselineRun, ours: number) => `${run.complete ? '' : '≥ '}${Math.round(run.ms / ours)}×`;
const asText = (provisions: readonly ProvisionInput[]) =>
  provisions.map((p) => `${p.number} ${p.heading ?? ''}\n${p.text}`).join('\n\n');

console.log(
  `# compare benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `${cpus().length} cores (${cpus()[0]?.model.trim()}), load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
);

console.log('## Paris 2015: consecutive drafts (ours = align + redline + brackets)\n');
// CPU time beside wall time: on a shared machine the other jobs' load inflates wall time unevenly.
console.log(
  '| pair | provisions | ours | first call | align only | jsdiff diffWords | ratio | dmp | ratio | dmp word mode | ratio | ours CPU | dmp word CPU | CPU ratio |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const paris = loadParis();
const summaries: string[] = [];
for (let i = 0; i + 1 < paris.length; i++) {
  const [a, b] = [paris[i]!, paris[i + 1]!];
  // The first call on a pair (for the first pair, also the first in the process: JIT compile included).
  const first = time(1, () => compareDrafts(a.provisions, b.provisions), 0);
  const ours = time(21, () => compareDrafts(a.provisions, b.provisions), 20);
  const alignOnly = time(21, () => alignDrafts(a.provisions, b.provisions), 20);
  const js = runJsdiffWords(a.text, b.text, BASELINE_TIMEOUT_MS);
  const chars = runDmpChars(a.text, b.text, BASELINE_TIMEOUT_MS);
  const dmp = runDmpWords(a.text, b.text, BASELINE_TIMEOUT_MS);
  console.log(
    `| ${a.name} → ${b.name} | ${a.provisions.length} → ${b.provisions.length} | ${ms(ours.ms)} | ${ms(first.ms)} | ${ms(alignOnly.ms)} | ` +
      `${base(js)} | ${ratio(js, ours.ms)} | ${base(chars)} | ${ratio(chars, ours.ms)} | ${base(dmp)} | ${ratio(dmp, ours.ms)} | ${ms(ours.cpuMs)} | ` +
      `${ms(dmp.cpuMs)} | ${dmp.complete ? '' : '≥ '}${Math.round(dmp.cpuMs / ours.cpuMs)}× |`,
  );
  const result = compareDrafts(a.provisions, b.provisions);
  const s = result.summary;
  const top = result.alignment;
  const articles = top.pairs.filter(
    (p) =>
      p.from.every((x) => result.provisions.from[x]?.depth === 0) &&
      p.to.every((x) => result.provisions.to[x]?.depth === 0),
  );
  const across = top.pairs.length - articles.length;
  const renumbered = articles
    .filter((p) => p.from.join() !== p.to.join())
    .map((p) => `${p.from.join('+')}→${p.to.join('+')}`);
  summaries.push(
    `- ${a.name} → ${b.name}: ${s.kept} kept, ${s.reworded} reworded, ${s.moved} moved (${across} between articles), ` +
      `${s.merged} merged, ${s.split} split, ${s.added} added, ${s.deleted} deleted (all levels); articles: ` +
      `${articles.length} paired, ${top.added.length} added, ${top.deleted.length} deleted; renumbered: ${renumbered.join(', ') || 'none'}`,
  );
}
console.log('\nAlignment summary:\n');
console.log(summaries.join('\n'));
console.log('\nBrackets and options per version:\n');
console.log('| draft | provisions | open brackets | options |');
console.log('|---|---|---|---|');
for (const d of paris) {
  const c = compareDrafts(d.provisions, []).brackets.from;
  console.log(`| ${d.name} | ${d.provisions.length} | ${c.brackets} | ${c.options} |`);
}

console.log('\n## Synthetic drafts (moderate perturbation)\n');
console.log(
  '| provisions | ours | align only | F1 | retained heap | jsdiff diffWords | ratio | dmp | ratio | dmp word mode | ratio |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
let baselinesGaveUp = false;
for (const size of [100, 1000, 10000]) {
  const pair = generateDraftPair(42, size);
  const runs = size >= 10000 ? 3 : 5;
  const ours = time(runs, () => compareDrafts(pair.from, pair.to), 2).ms;
  const alignOnly = time(runs, () => alignDrafts(pair.from, pair.to), 2).ms;
  const f1 = scoreAlignment(alignDrafts(pair.from, pair.to), pair.truth).f1;
  const { retainedMb } = memory(() => compareDrafts(pair.from, pair.to));
  let js = '—';
  let chars = '—';
  let dmp = '—';
  if (!baselinesGaveUp) {
    const [oldText, newText] = [asText(pair.from), asText(pair.to)];
    const j = runJsdiffWords(oldText, newText, BASELINE_TIMEOUT_MS);
    const c = runDmpChars(oldText, newText, BASELINE_TIMEOUT_MS);
    const d = runDmpWords(oldText, newText, BASELINE_TIMEOUT_MS);
    js = `${base(j)} | ${ratio(j, ours)}`;
    chars = `${base(c)} | ${ratio(c, ours)}`;
    dmp = `${base(d)} | ${ratio(d, ours)}`;
    baselinesGaveUp = !j.complete && !c.complete && !d.complete;
  } else {
    js = 'not run (gave up at the smaller size) | —';
    chars = 'not run | —';
    dmp = 'not run | —';
  }
  console.log(
    `| ${size.toLocaleString('en')} | ${ms(ours)} | ${ms(alignOnly)} | ${f1.toFixed(3)} | ${retainedMb < 0.1 ? '< 0.1' : retainedMb.toFixed(1)} MB | ${js} | ${chars} | ${dmp} |`,
  );
}
