// `parley serve` must stop cleanly on SIGTERM from the instant it says it is serving: a
// supervisor (or a test) that waits for that line may signal at once. The handlers used to
// be installed just after the line, so a busy machine could run the default action in the
// gap: the process died by the signal and left its announcement beside the home.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { startLikeTheBuild } from '../support/cli.ts';

const home = mkdtempSync(path.join(tmpdir(), 'parley-signals-'));
startLikeTheBuild(home);
afterAll(() => rmSync(home, { recursive: true, force: true }));

it('is listening for SIGTERM when it prints that it is serving, and stops on it', async () => {
  const before = new Set([...process.listeners('SIGTERM'), ...process.listeners('SIGINT')]);
  const added = (signal: 'SIGTERM' | 'SIGINT' = 'SIGTERM') =>
    process.listeners(signal).filter((listener) => !before.has(listener));
  let listeningWhenAnnounced: number | undefined;
  let err = '';
  const code = await main(['node', 'parley', 'serve', '--port', '0'], {
    out: (text) => {
      if (!text.startsWith('Parley is serving')) return;
      listeningWhenAnnounced = added().length;
      // Signal as a supervisor would, right after the line (the listeners are called as the
      // process would on a real signal; emitting one would reach the test runner's too).
      setImmediate(() => {
        for (const listener of added()) (listener as (signal: string) => void)('SIGTERM');
      });
    },
    err: (text) => {
      err += text;
    },
    color: false,
    env: { PARLEY_HOME: home, PARLEY_LOG_LEVEL: 'warn' },
    cwd: process.cwd(),
  });
  expect(listeningWhenAnnounced).toBe(1);
  expect(code, err).toBe(0);
  expect(err).toContain('SIGTERM: stopping');
  expect(existsSync(path.join(home, 'parley.server'))).toBe(false);
  expect([...added('SIGTERM'), ...added('SIGINT')]).toEqual([]);
});
