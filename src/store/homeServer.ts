// A server that holds a home announces itself beside the lock (parley.server): its address
// and a random secret, readable only by the home's owner (mode 0600). A CLI command on the
// same home then hands its work to that server instead of failing on the lock.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from './homeLock.ts';

export const SERVER_FILE = 'parley.server';

/** A live server holding a home, as its announcement says. */
export interface HomeServer {
  pid: number;
  /** Where the server answers, on a loopback address, e.g. `http://127.0.0.1:4319/`. */
  url: string;
  secret: string;
}

/** A fresh secret for a server's announcement: 256 random bits. */
export function newServerSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Writes the announcement of this process serving `home` at `url` with `secret` (a stale
 * one is replaced); returns the function that withdraws it.
 */
export function announceServer(home: string, url: string, secret: string): { withdraw(): void } {
  const file = path.join(home, SERVER_FILE);
  // Removed first so that `wx` creates a fresh file with our mode, never reusing one (or a
  // link) that someone else made.
  rmSync(file, { force: true });
  writeFileSync(file, `${JSON.stringify({ pid: process.pid, url, secret })}\n`, { mode: 0o600, flag: 'wx' });
  return {
    withdraw: () => {
      if (readAnnouncement(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

/**
 * The server holding `home`, when the lock's holder is alive and is the process that wrote
 * the announcement; `undefined` otherwise (no server, a stale file, or another user's file).
 */
export function findServer(home: string): HomeServer | undefined {
  const lockHolder = Number(readOr(path.join(home, 'parley.lock')));
  if (!lockHolder) return undefined;
  const file = path.join(home, SERVER_FILE);
  const announced = readAnnouncement(file);
  if (!announced || announced.pid !== lockHolder || !isAlive(lockHolder)) return undefined;
  // Only our own, private announcement is trusted: the request carries our arguments and input.
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || (stat.mode & 0o077) !== 0 || (process.getuid && stat.uid !== process.getuid()))
    return undefined;
  return announced;
}

function readAnnouncement(file: string): HomeServer | undefined {
  try {
    const data: unknown = JSON.parse(readOr(file) ?? 'null');
    if (!data || typeof data !== 'object') return undefined;
    const { pid, url, secret } = data as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof url !== 'string' || typeof secret !== 'string') return undefined;
    return { pid, url, secret };
  } catch {
    return undefined;
  }
}

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
