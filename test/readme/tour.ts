// The README's shell examples run as written, so they cannot rot: every line of every `sh`
// block, in order, in a real bash from a copy of the repository root's examples with
// `parley` on PATH, except lines that start a server or run development tooling (each with
// its reason below). The lines run in one shell per home they work on (splitByHome): the
// harbour talks and the demo share nothing, so two test files run them side by side. A
// failure names the README line, its section and what it printed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, parseShellBlocks, splitByHome } from './blocks.ts';

export const repo = path.resolve(import.meta.dirname, '../..');
export const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');

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
export const skipOf = (command: Command) => SKIPS.find((s) => s.pattern.test(command.text));

export const blocks = parseShellBlocks(readme);
export const runnable = blocks.map((b) => ({ ...b, commands: b.commands.filter((c) => !skipOf(c)) }));
/** The runnable lines by the home they work on; the test files of the tour, one per home. */
export const tour = splitByHome(runnable);
export const TOUR_FILES: Record<string, string> = {
  harbour: 'test/readme/harbour.test.ts',
  geneva: 'test/readme/geneva.test.ts',
};

export interface Outcome {
  line: number;
  code: number;
  output: string;
}

/** One bash script: each command, then its exit status; it stops at the first surprise. */
function script(commands: Command[]): string {
  const lines = [
    'exec 2>&1',
    'shopt -s expand_aliases',
    'set -o pipefail',
    // A line the README says is refused must be refused; any other must succeed.
    '__done() { echo "__README_DONE__ $1 $2"; if [ "$3" = refused ]; then [ "$2" != 0 ] || exit 97; else [ "$2" = 0 ] || exit 97; fi; }',
  ];
  for (const c of commands) {
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

/**
 * Runs the prelude and the lines of the home `name` in one fresh bash, and checks each
 * block's lines of that home: success, or refusal where the README says so. Returns what
 * each line printed, by README line, once the run is over (in the file's tests).
 */
export function describeHome(name: string): Map<number, Outcome> {
  const part = tour.parts.find((p) => p.name === name);
  const ran = new Map<number, Outcome>();
  describe(`README shell examples on the ${name} home`, () => {
    const work = mkdtempSync(path.join(tmpdir(), `parley-readme-${name}-`));

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
      const commands = [...tour.prelude, ...(part?.commands ?? []).map((c) => c.command)];
      writeFileSync(path.join(work, 'readme.sh'), script(commands));
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

    it(`has lines of its own in the README (the ${name} home is exported there)`, () => {
      expect(part?.commands.length ?? 0).toBeGreaterThan(10);
    });

    it('runs the lines before the first home (the alias, a fresh .parley-tour)', () => {
      expect(tour.prelude.length).toBeGreaterThan(0);
      for (const c of tour.prelude) {
        const o = ran.get(c.line);
        const where = `README.md:${c.line}: ${c.text}`;
        if (!o) throw new Error(`${where}\nnever ran`);
        expect(o.code, `${where}\nexited ${o.code}:\n${o.output}`).toBe(0);
      }
    });

    const byBlock = new Map<number, { heading: string; commands: Command[] }>();
    for (const { block, command } of part?.commands ?? []) {
      const entry = byBlock.get(block.line) ?? { heading: block.heading, commands: [] };
      entry.commands.push(command);
      byBlock.set(block.line, entry);
    }
    for (const [line, block] of byBlock) {
      it(`runs the block at README.md:${line} (${block.heading})`, () => {
        for (const c of block.commands) {
          const o = ran.get(c.line);
          const where = `README.md:${c.line} (${block.heading}): ${c.text}`;
          if (!o) throw new Error(`${where}\nnever ran: an earlier line stopped the script`);
          if (c.refused)
            expect(
              o.code,
              `${where}\nthe README says this is refused, but it exited 0:\n${o.output}`,
            ).not.toBe(0);
          else expect(o.code, `${where}\nexited ${o.code}:\n${o.output}`).toBe(0);
        }
      });
    }
  });
  return ran;
}
