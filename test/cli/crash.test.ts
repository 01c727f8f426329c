import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

/** Starts `parley draft import` in a child process and kills it with SIGKILL after `delayMs`. */
function importAndKill(home: string, file: string, delayMs: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/parley.js', 'draft', 'import', file, '--label', 'Big', '--date', '2025-06-01'],
      {
        env: { ...process.env, PARLEY_HOME: home },
        stdio: 'ignore',
      },
    );
    let exited = false;
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      exited = true;
      resolve({ killed: signal === 'SIGKILL' });
    });
    const lock = path.join(home, 'parley.lock');
    // Wait until the home is open (the lock appears), then give the import `delayMs`.
    const poll = setInterval(() => {
      if (exited) return clearInterval(poll);
      if (existsSync(lock)) {
        clearInterval(poll);
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    }, 5);
  });
}

describe('an import killed midway', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no partial draft behind, and the home opens again', async () => {
    const home = path.join(dir, 'home');
    expect((await runCli(home, ['init', '--title', 'Crash test'])).code).toBe(0);
    const big = path.join(dir, 'big.md');
    const points = Array.from(
      { length: 20_000 },
      (_, i) => `${i + 1}. The parties agree on item ${i + 1} of the schedule.`,
    );
    writeFileSync(big, points.join('\n\n'));
    let killedMidway = 0;
    for (const delay of [300, 900, 1500, 2500]) {
      const { killed } = await importAndKill(home, big, delay);
      // The home must open after every kill; the message shows why when it does not.
      const list = await runCli(home, ['draft', 'list', '--json']);
      expect(list.code, `after a kill at ${delay} ms: ${list.err}`).toBe(0);
      const drafts = JSON.parse(list.out);
      if (drafts.length === 0) {
        if (killed) killedMidway++;
        continue;
      }
      // If the import got through before the kill, it must be whole.
      const shown = JSON.parse((await runCli(home, ['draft', 'show', 'big', '--json'])).out);
      expect(shown.provisions).toHaveLength(20_000);
      break;
    }
    expect(killedMidway).toBeGreaterThan(0);
    const status = await runCli(home, ['party', 'list', '--json']);
    expect(status.code).toBe(0);
  }, 240_000);
});
