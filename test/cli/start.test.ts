// `parley start` (what `npm start` runs), as a newcomer meets it: the first on a fresh home
// loads the demo and serves it, the second serves what is there. The built `parley` in real
// processes: the first start's demo load runs on V8's baseline compiler (src/cli/wasmTier.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { choosesOwnTier } from '../../src/cli/wasmTier.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/parley.js');

interface Started {
  child: ChildProcess;
  url: string;
  out: string;
  err: string;
}

/** Runs `parley start` on `home` until it serves. */
function start(home: string): Promise<Started> {
  const child = spawn(process.execPath, [bin, 'start', '--port', '0'], {
    env: {
      ...process.env,
      PARLEY_HOME: home,
      PARLEY_DATABASE_URL: '',
      PARLEY_LOG_LEVEL: 'warn',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (c) => {
      out += String(c);
      const found = /serving .* at (http:\/\/\S+)/.exec(out);
      if (found) resolve({ child, url: found[1]!, out, err });
    });
    child.stderr?.on('data', (c) => {
      err += String(c);
    });
    child.on('exit', (code) => reject(new Error(`parley start exited (${code}):\n${out}\n${err}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await ended;
}

describe('parley start', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-start-'));
  const home = path.join(dir, 'home');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the demo into a fresh home and serves it, then serves it again without reloading', async () => {
    const first = await start(home);
    try {
      expect(first.err).toContain(`loading the Geneva 2025 demo into ${home}`);
      expect(first.out).toMatch(/Progress: \d+\/20 agreed/);
      const status = await fetch(`${first.url}api/status`);
      expect(status.status).toBe(200);
      expect(JSON.stringify(await status.json())).toContain('geneva-revision');
    } finally {
      await stop(first.child);
    }
    const again = await start(home);
    try {
      expect(again.err).not.toContain('loading the Geneva 2025 demo');
      expect(again.out).toMatch(/Progress: \d+\/20 agreed/);
      expect((await fetch(`${again.url}api/health`)).status).toBe(200);
    } finally {
      await stop(again.child);
    }
  }, 240_000);

  it('leaves the tier to the commands that choose it, and sets the baseline for every other', () => {
    for (const args of [['serve'], ['start', '--port', '0'], ['draft', 'import', 'x.md', '--label', 'X']]) {
      expect(choosesOwnTier(args), args.join(' ')).toBe(true);
    }
    for (const args of [['status'], ['demo'], ['draft', 'list'], ['bundle', 'import', 'x'], []]) {
      expect(choosesOwnTier(args), args.join(' ')).toBe(false);
    }
  });
});
