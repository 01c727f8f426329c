// The deal engine's speed against the issue's targets, each beside a baseline in the same process:
// - exact Nash, 6 parties × 28 provisions × 4 options (≤ 1 s) and 10 × 30 × 5 (≤ 2 s);
//   baseline: brute force (every package) on a reduced size, 6 × 10 × 4 = 1,048,576 packages,
//   with our search on that same instance for the ratio;
// - the two-party frontier of 28 × 4 (≤ 1 s); baseline: every package then a sweep, on 2 × 10 × 4;
// - `parley deal solve FILE --rule nash --json` on a 6 × 28 × 4 file, wall time including start-up
//   (≤ 3 s); beside `parley --version`, the start-up alone;
// - maxmin and ks on 6 × 28 × 4 and 10 × 30 × 5 (≤ 2 s each): the MILP (HiGHS, 20 s per solve at most)
//   beside the branch-and-bound (capped at 2·10⁶ nodes), both from the same warm start.
// Instances are seeded (bench/dealsInstances.ts).   npm run bench:deals [-- --seeds 5]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compileProblem } from '../src/deals/compiled.ts';
import { enumerateBest, forEachPackage } from '../src/deals/enumerate.ts';
import { paretoFrontierSync } from '../src/deals/frontier.ts';
import { nashObjective } from '../src/deals/rules.ts';
import { solveDeal, solveDealSync } from '../src/deals/solve.ts';
import { generateProblem } from './dealsInstances.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string' } } });
const SEEDS = Number(values.seeds ?? 5);
const root = path.resolve(import.meta.dirname, '..');

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
let failed = false;

/** `issueTarget` false: a figure we watch, not one of the issue's targets, so it never fails the run. */
function report(name: string, times: number[], limitMs: number, extra = '', issueTarget = true) {
  const worst = Math.max(...times);
  const ok = worst <= limitMs;
  if (issueTarget) failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'SLOW'} ${name}: median ${fmt(median(times))}, worst ${fmt(worst)} over ${times.length} seeds (target ≤ ${fmt(limitMs)})${extra}`,
  );
}

for (const [parties, issues, options, limit] of [
  [6, 28, 4, 1000],
  [10, 30, 5, 2000],
] as const) {
  const times: number[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const problem = generateProblem({ parties, issues, options, seed });
    const { ms, result } = time(() => solveDealSync(problem, 'nash'));
    if (!result.optimal) throw new Error(`seed ${seed}: not proven optimal`);
    times.push(ms);
  }
  report(`exact Nash ${parties} × ${issues} × ${options}`, times, limit);
}

{
  const { loadHighs } = await import('../src/deals/milp.ts');
  const load = performance.now();
  await loadHighs();
  console.log(`     HiGHS (WebAssembly) loaded in ${fmt(performance.now() - load)}`);
  for (const [parties, issues, options] of [
    [6, 28, 4],
    [10, 30, 5],
  ] as const) {
    for (const rule of ['maxmin', 'ks'] as const) {
      const milp: number[] = [];
      const search: number[] = [];
      const notes: string[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) {
        const problem = generateProblem({ parties, issues, options, seed });
        const start = performance.now();
        const m = await solveDeal(problem, rule, { method: 'milp', seconds: 20 });
        milp.push(performance.now() - start);
        const s = time(() => solveDealSync(problem, rule, { maxNodes: 2e6 }));
        search.push(s.ms);
        const same = JSON.stringify(m.package) === JSON.stringify(s.result.package);
        notes.push(
          `${m.optimal ? '' : 'milp unproven '}${s.result.optimal ? '' : 'search cut '}${same ? '' : 'different '}`.trim(),
        );
      }
      report(
        `${rule} ${parties} × ${issues} × ${options}, MILP`,
        milp,
        2000,
        ` — branch-and-bound median ${fmt(median(search))}, worst ${fmt(Math.max(...search))}; search/MILP ${(median(search) / median(milp)).toFixed(2)}× ${notes.filter(Boolean).join('; ')}`,
        false,
      );
    }
  }
}

{
  const problem = generateProblem({ parties: 6, issues: 10, options: 4, seed: 1, redLine: 0 });
  const c = compileProblem(problem);
  const brute = time(() => enumerateBest(c, nashObjective(c).objective));
  const ours = time(() => solveDealSync(problem, 'nash'));
  const same =
    JSON.stringify(brute.result.choice) ===
    JSON.stringify(Object.values(ours.result.package).map((o, i) => problem.issues[i]!.options.indexOf(o)));
  console.log(
    `     baseline, Nash 6 × 10 × 4 (1,048,576 packages): brute force ${fmt(brute.ms)}, ours ${fmt(ours.ms)} — ${(brute.ms / ours.ms).toFixed(0)}× (same package: ${same}); brute force on 6 × 28 × 4 would take ~${((brute.ms * 4 ** 18) / 3.6e6 / 24 / 365).toExponential(1)} years`,
  );
}

{
  const times: number[] = [];
  const sizes: number[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const problem = generateProblem({ parties: 2, issues: 28, options: 4, seed, reservation: 0.3 });
    const { ms, result } = time(() => paretoFrontierSync(problem));
    times.push(ms);
    sizes.push(result.frontier.length);
  }
  report(
    'two-party frontier 28 × 4',
    times,
    1000,
    ` — ${Math.min(...sizes)}–${Math.max(...sizes)} packages on it`,
  );
  const problem = generateProblem({ parties: 2, issues: 10, options: 4, seed: 1, reservation: 0.3 });
  const c = compileProblem(problem);
  const brute = time(() => {
    const points: [number, number][] = [];
    forEachPackage(c, (choice) => {
      let [a, b] = [0, 0];
      for (let i = 0; i < c.issues; i++)
        [a, b] = [a + c.value[0]![i]![choice[i]!]!, b + c.value[1]![i]![choice[i]!]!];
      if (a > c.reservation[0]! && b > c.reservation[1]!) points.push([a, b]);
    });
    points.sort((x, y) => y[0] - x[0] || y[1] - x[1]);
    let [top, kept] = [-Infinity, 0];
    for (const [, b] of points) {
      if (b > top) [top, kept] = [b, kept + 1];
    }
    return kept;
  });
  const ours = time(() => paretoFrontierSync(problem).frontier.length);
  console.log(
    `     baseline, frontier 2 × 10 × 4 (1,048,576 packages): brute force ${fmt(brute.ms)} (${brute.result} points), ours ${fmt(ours.ms)} (${ours.result}) — ${(brute.ms / ours.ms).toFixed(0)}×`,
  );
}

{
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-deals-'));
  const file = path.join(dir, 'deal.json');
  writeFileSync(file, JSON.stringify(generateProblem({ parties: 6, issues: 28, options: 4, seed: 1 })));
  const env = { ...process.env, PARLEY_HOME: path.join(dir, 'home'), NO_COLOR: '1' };
  const run = (args: string[]) =>
    time(() =>
      execFileSync(process.execPath, [path.join(root, 'bin/parley.js'), ...args], { env, encoding: 'utf8' }),
    ).ms;
  const solve: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < 5; i++) {
    solve.push(run(['deal', 'solve', file, '--rule', 'nash', '--json']));
    version.push(run(['--version']));
  }
  rmSync(dir, { recursive: true, force: true });
  report(
    '`parley deal solve` 6 × 28 × 4, wall',
    solve,
    3000,
    ` — \`parley --version\` ${fmt(median(version))}, ratio ${(median(solve) / median(version)).toFixed(2)}`,
  );
}

if (failed) process.exitCode = 1;
