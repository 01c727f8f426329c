// The CLI beside a running server: `parley serve` holds the home, and CLI commands on that
// home go through the server (POST /api/local/cli) with the output and exit codes they
// have on the home alone. Real processes: the built `parley` (dist/) for the server and
// for some commands, the in-process CLI for others.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type CliResult, runCli } from '../support/cli.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/parley.js');

interface Run extends CliResult {
  bytes: Buffer;
}

/** Runs the built `parley` in `cwd` with `stdin`, to its end. */
function parley(home: string, args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, PARLEY_HOME: home, PARLEY_DATABASE_URL: '', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c) => {
      err += String(c);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      resolve({ code: code ?? -1, out: bytes.toString('utf8'), err, bytes });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/** Starts `parley serve` on `home`; resolves with the process and the URL it prints. */
function serve(home: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
    env: { ...process.env, PARLEY_HOME: home, PARLEY_DATABASE_URL: '', PARLEY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (c) => {
      out += String(c);
      const found = /serving .* at (http:\/\/\S+)/.exec(out);
      if (found) resolve({ child, url: found[1]! });
    });
    child.stderr?.on('data', (c) => {
      err += String(c);
    });
    child.on('exit', (code) => reject(new Error(`parley serve exited (${code}):\n${out}\n${err}`)));
  });
}

const READS = [
  ['party', 'list'],
  ['party', 'list', '--json'],
  ['status'],
  ['draft', 'show', 'nope'],
  ['position', 'set', '--party', 'nobody'],
];

describe('the CLI on a home a server holds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-served-'));
  const home = path.join(dir, 'home');
  let server: { child: ChildProcess; url: string };
  const alone = new Map<string, CliResult>();

  beforeAll(async () => {
    for (const args of [
      ['init', '--title', 'Served talks'],
      ['party', 'add', 'north', '--name', 'Northland', '--role', 'principal'],
      ['party', 'add', 'south', '--name', 'Southland', '--role', 'principal'],
    ]) {
      const r = await runCli(home, args);
      expect(r.code, r.err).toBe(0);
    }
    for (const args of READS) alone.set(args.join(' '), await runCli(home, args));
    server = await serve(home);
  }, 180_000);
  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the server beside the lock, in a file only the home owner can read', () => {
    const file = path.join(home, 'parley.server');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const announced = JSON.parse(readFileSync(file, 'utf8'));
    expect(announced).toEqual({ pid: server.child.pid, url: server.url, secret: expect.any(String) });
    expect(announced.secret.length).toBeGreaterThanOrEqual(40);
  });

  it('answers reads with the output and exit codes of the home alone', async () => {
    for (const args of READS) {
      const expected = alone.get(args.join(' '))!;
      expect(await runCli(home, args), args.join(' ')).toEqual(expected);
    }
    const spawned = await parley(home, ['party', 'list', '--json']);
    expect({ code: spawned.code, out: spawned.out, err: spawned.err }).toEqual(
      alone.get('party list --json'),
    );
  });

  it('runs a write through the server: its API and its live channel see it', async () => {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}api/live`);
    const messages: { type: string; entity?: string; id?: string }[] = [];
    await new Promise((resolve, reject) => {
      socket.once('message', resolve);
      socket.once('error', reject);
    });
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    const added = await parley(home, ['party', 'add', 'east', '--name', 'Eastland', '--role', 'observer']);
    expect(added).toMatchObject({ code: 0, out: 'added party east (Eastland, observer)\n', err: '' });
    const again = await parley(home, ['party', 'add', 'east', '--name', 'Eastland', '--role', 'observer']);
    expect(again).toMatchObject({
      code: 5,
      out: '',
      err: "parley: party 'east' already exists; choose another id\n",
    });
    const parties = (await (await fetch(`${server.url}api/parties`)).json()) as { id: string }[];
    expect(parties.map((p) => p.id)).toEqual(['east', 'north', 'south']);
    await expect
      .poll(() => messages)
      .toContainEqual(expect.objectContaining({ entity: 'party', id: 'east' }));
    socket.close();
  });

  it("reads and writes files relative to the caller's directory, bytes intact", async () => {
    const work = path.join(dir, 'work');
    mkdirSync(work);
    writeFileSync(
      path.join(work, 'accord.md'),
      '# Accord\n\n1. The parties cease fire.\n\n2. Prisoners are exchanged, all for all.\n',
    );
    const imported = await parley(
      home,
      ['draft', 'import', 'accord.md', '--label', 'Accord', '--id', 'accord'],
      {
        cwd: work,
      },
    );
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/^imported draft accord \("Accord", /);
    const exported = await parley(home, ['export', '-o', 'bundle.json'], { cwd: work });
    expect(exported).toMatchObject({ code: 0, err: 'wrote bundle.json\n' });
    expect(JSON.parse(readFileSync(path.join(work, 'bundle.json'), 'utf8')).drafts).toHaveLength(1);
    const pdf = await parley(home, ['circulate', 'accord', '--to', 'north', '--format', 'pdf']);
    expect(pdf.code, pdf.err).toBe(0);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('refuses to serve the home twice, naming the server (exit 7)', async () => {
    const r = await runCli(home, ['serve', '--port', '0']);
    expect(r.code).toBe(7);
    expect(r.err).toContain(`already served at ${server.url} by process ${server.child.pid}`);
  });

  it('sends what a command reads from stdin along with it', async () => {
    const added = await parley(
      home,
      ['user', 'add', 'alice', '--name', 'Alice', '--role', 'secretariat', '--password-stdin'],
      { stdin: 'correct horse battery\n' },
    );
    expect(added.code, added.err).toBe(0);
    const session = await fetch(`${server.url}api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'alice', password: 'correct horse battery' }),
    });
    expect(session.status).toBe(200);
  });

  it('leaves the home to the CLI again once the server stops', async () => {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    expect(existsSync(path.join(home, 'parley.server'))).toBe(false);
    expect(existsSync(path.join(home, 'parley.lock'))).toBe(false);
    const r = await runCli(home, ['party', 'list', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).map((p: { id: string }) => p.id)).toEqual(['east', 'north', 'south']);
  });
});

describe('a home held by a process that is not a server', () => {
  it('still fails with exit 7', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'parley-held-'));
    // This test process stands in for a CLI command that holds the home.
    writeFileSync(path.join(home, 'parley.lock'), String(process.pid));
    const r = await runCli(home, ['party', 'list']);
    expect(r.code).toBe(7);
    expect(r.err).toContain(`in use by process ${process.pid}`);
    rmSync(home, { recursive: true, force: true });
  });
});
