// The README's shell examples run as written, so they cannot rot: every line of every `sh`
// block, in order, in one real bash from a copy of the repository root's examples with
// `parley` on PATH, except lines that start a server or run development tooling (each with
// its reason below). A failure names the README line, its section and what it printed. The
// status table shown under "Set up" is checked against what `parley demo` printed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, parseShellBlocks, type ShellBlock, sampleOutputs } from './blocks.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');

/** Lines the test does not run, and why. Anything else in an `sh` block must run. */
const SKIPS: { pattern: RegExp; why: string }[] = [
  { pattern: /^npm ci\b/, why: 'installs what this run already uses, then `npm start` serves until Ctrl-C' },
  { pattern: /^npm test\b/, why: 'runs this suite itself' },
  {
    pattern: /^npm run (typecheck|lint|db:generate|build)\b/,
    why: 'development tools: CI runs them, or a developer after a change (this suite rebuilt dist/ as it started)',
  },
  { pattern: /^npm run bench:/, why: 'benchmarks run for minutes; their figures are in bench/RESULTS.md' },
  { pattern: /^bash \.ci\/run\b/, why: 'CI: installs Debian packages and runs this suite' },
  { pattern: /\bparley serve\b/, why: 'starts a server that runs until Ctrl-C' },
  { pattern: /^curl\b/, why: 'talks to the server `parley serve` would have started' },
];
const skipOf = (command: Command) => SKIPS.find((s) => s.pattern.test(command.text));

const blocks = parseShellBlocks(readme);
const runnable = blocks.map((b) => ({ ...b, commands: b.commands.filter((c) => !skipOf(c)) }));

interface Outcome {
  line: number;
  code: number;
  output: string;
}

/** One bash script: each command, then its exit status; it stops at the first surprise. */
function script(list: ShellBlock[]): string {
  const lines = [
    'exec 2>&1',
    'shopt -s expand_aliases',
    'set -o pipefail',
    // A line the README says is refused must be refused; any other must succeed.
    '__done() { echo "__README_DONE__ $1 $2"; if [ "$3" = refused ]; then [ "$2" != 0 ] || exit 97; else [ "$2" = 0 ] || exit 97; fi; }',
  ];
  for (const c of list.flatMap((b) => b.commands)) {
    lines.push(
      `echo "__README_LINE__ ${c.line}"`,
      c.text,
      `__done ${c.line} $? ${c.refused ? 'refused' : 'ok'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function outcomes(output: string): Outcome[] {
  const result: Outcome[] = [];
  let current: { line: number; output: string[] } | undefined;
  for (const text of output.split('\n')) {
    const start = /^__README_LINE__ (\d+)$/.exec(text);
    const done = /^__README_DONE__ (\d+) (\d+)$/.exec(text);
    if (start) current = { line: Number(start[1]), output: [] };
    else if (done && current) {
      result.push({ line: current.line, code: Number(done[2]), output: current.output.join('\n') });
      current = undefined;
    } else current?.output.push(text);
  }
  return result;
}

describe('README shell examples', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'parley-readme-'));
  const ran = new Map<number, Outcome>();

  beforeAll(() => {
    // What the README's blocks reach in the repository root: the examples (copied, since the
    // tour writes beside them) and bin/ (linked, for `alias parley="node $PWD/bin/parley.js"`).
    cpSync(path.join(repo, 'examples'), path.join(work, 'repo/examples'), { recursive: true });
    symlinkSync(path.join(repo, 'bin'), path.join(work, 'repo/bin'));
    // `npm link` would put `parley` on PATH: this shim does the same without a global prefix.
    mkdirSync(path.join(work, 'path'));
    writeFileSync(
      path.join(work, 'path/parley'),
      `#!/bin/sh\nexec "${process.execPath}" "${path.join(repo, 'bin/parley.js')}" "$@"\n`,
      { mode: 0o755 },
    );
    mkdirSync(path.join(work, 'home'));
    writeFileSync(path.join(work, 'readme.sh'), script(runnable));
    const r = spawnSync('bash', [path.join(work, 'readme.sh')], {
      cwd: path.join(work, 'repo'),
      // A fresh shell: no PARLEY_* from the caller, a home of its own for `~/.parley`.
      env: {
        PATH: `${path.join(work, 'path')}:${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        HOME: path.join(work, 'home'),
        LANG: 'C.UTF-8',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const o of outcomes(r.stdout)) ran.set(o.line, o);
  }, 1_200_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs or names a reason to skip every line of every sh block', () => {
    expect(blocks.length).toBeGreaterThan(8);
    const skipped = blocks.flatMap((b) => b.commands.filter((c) => skipOf(c)).map((c) => c.text));
    expect(skipped.filter((t) => !/^(npm|bash|curl|parley serve|PARLEY_DATABASE_URL=)/.test(t))).toEqual([]);
    expect(runnable.flatMap((b) => b.commands).length).toBeGreaterThan(60);
  });

  for (const block of runnable.filter((b) => b.commands.length > 0)) {
    it(`runs the block at README.md:${block.line} (${block.heading})`, () => {
      for (const c of block.commands) {
        const o = ran.get(c.line);
        const where = `README.md:${c.line} (${block.heading}): ${c.text}`;
        if (!o) throw new Error(`${where}\nnever ran: an earlier line stopped the script`);
        if (c.refused)
          expect(o.code, `${where}\nthe README says this is refused, but it exited 0:\n${o.output}`).not.toBe(
            0,
          );
        else expect(o.code, `${where}\nexited ${o.code}:\n${o.output}`).toBe(0);
      }
    });
  }

  it('shows the status table `parley demo` prints', () => {
    const demo = runnable.flatMap((b) => b.commands).find((c) => c.text === 'parley demo');
    expect(demo, 'the tour loads the demo with `parley demo`').toBeDefined();
    const printed = ran.get(demo!.line)?.output ?? '';
    const [sample] = sampleOutputs(readme, 'Set up');
    expect(sample, 'a sample table under "Set up"').toBeDefined();
    const actual = printed.split('\n').map((l) => l.trimEnd());
    let at = 0;
    for (const line of sample!.split('\n').map((l) => l.trimEnd())) {
      if (line === '…') continue;
      const found = actual.indexOf(line, at);
      expect(
        found,
        `README sample line not printed by parley demo (in this order):\n${line}\n\nprinted:\n${printed}`,
      ).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
