// A private PostgreSQL cluster for a benchmark, started as .ci/run starts CI's: Debian's
// server binaries (pg_config --bindir), initdb into a temporary directory, pg_ctl on a free
// loopback port, trust authentication for the `parley` role; run as `postgres` through
// runuser when we are root (initdb refuses root). Stopped and removed by stop().
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PrivatePostgres {
  /** postgres://parley@127.0.0.1:PORT/postgres */
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Throws when PostgreSQL's server binaries are missing (apt-get install postgresql). */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  let bin: string;
  try {
    bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'pg_config not found: install PostgreSQL 15 (apt-get install postgresql), as .ci/run does',
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-pg-'));
  const root = process.getuid?.() === 0;
  const asPg = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  if (root) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'pipe' });
    } catch {
      execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
    }
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, -1);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  asPg('initdb', ['-D', data, '-U', 'parley', '--auth=trust', '-E', 'UTF8']);
  asPg('pg_ctl', [
    '-D',
    data,
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgres://parley@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
