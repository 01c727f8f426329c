import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** Starts the real `parley` binary and resolves with the URL it prints. */
function startCli(args: string[], home: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['bin/parley.js', ...args], {
    env: { ...process.env, PARLEY_HOME: home, PARLEY_DATABASE_URL: '', PARLEY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const found = /serving .* at (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.stderr?.on('data', (chunk) => {
      err += String(chunk);
    });
    child.on('exit', (code) => reject(new Error(`parley exited (${code}) before serving:\n${out}\n${err}`)));
  });
  return { child, url };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', resolve);
  });

describe('parley serve', () => {
  let home: string | undefined;
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('serves the home, holds its lock, and releases it on SIGTERM', async () => {
    home = mkdtempSync(path.join(tmpdir(), 'parley-serve-'));
    const started = startCli(['serve', '--port', '0'], home);
    child = started.child;
    const url = await started.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(`${url}api/health`);
    expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
    const created = await fetch(`${url}api/parties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'north', name: 'Northland', role: 'principal' }),
    });
    expect(created.status).toBe(201);
    expect(existsSync(path.join(home, 'parley.lock'))).toBe(true);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(existsSync(path.join(home, 'parley.lock'))).toBe(false);
  });

  it('refuses a port that is not a number', async () => {
    home = mkdtempSync(path.join(tmpdir(), 'parley-serve-'));
    const started = startCli(['serve', '--port', 'eighty'], home);
    child = started.child;
    await expect(started.url).rejects.toThrow(/--port: 'eighty' is not a port number/);
    expect(child.exitCode).toBe(3);
  });
});
