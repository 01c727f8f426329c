// The announcement a server leaves beside the home's lock: trusted only while the process
// that holds the lock wrote it, is alive, and kept it private.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceServer, findServer, newServerSecret, SERVER_FILE } from '../../src/store/homeServer.ts';

/** A pid no process has: above Linux's pid_max (2^22). */
const DEAD_PID = 2 ** 22 + 17;

describe('a home server announcement', () => {
  let home: string;
  const lock = (pid: number) => writeFileSync(path.join(home, 'parley.lock'), String(pid));
  const announce = () => announceServer(home, 'http://127.0.0.1:4319/', newServerSecret());
  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'parley-announce-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('is written with mode 0600 and found while its process holds the lock', () => {
    lock(process.pid);
    const { withdraw } = announce();
    expect(statSync(path.join(home, SERVER_FILE)).mode & 0o777).toBe(0o600);
    expect(findServer(home)).toEqual({
      pid: process.pid,
      url: 'http://127.0.0.1:4319/',
      secret: expect.any(String),
    });
    withdraw();
    expect(existsSync(path.join(home, SERVER_FILE))).toBe(false);
    expect(findServer(home)).toBeUndefined();
  });

  it('gets a new secret each time', () => {
    expect(newServerSecret()).not.toBe(newServerSecret());
    expect(Buffer.from(newServerSecret(), 'base64url')).toHaveLength(32);
  });

  it('replaces a stale one, whatever its mode', () => {
    const file = path.join(home, SERVER_FILE);
    writeFileSync(file, JSON.stringify({ pid: DEAD_PID, url: 'http://127.0.0.1:1/', secret: 'old' }));
    chmodSync(file, 0o644);
    lock(process.pid);
    announce();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(findServer(home)?.secret).not.toBe('old');
  });

  it('is ignored when its process is dead (a server killed outright)', () => {
    lock(DEAD_PID);
    writeFileSync(path.join(home, SERVER_FILE), JSON.stringify({ pid: DEAD_PID, url: 'x', secret: 's' }), {
      mode: 0o600,
    });
    expect(findServer(home)).toBeUndefined();
  });

  it('is ignored when another process holds the lock, or none does', () => {
    announce();
    expect(findServer(home)).toBeUndefined();
    lock(process.ppid);
    expect(findServer(home)).toBeUndefined();
  });

  it('is ignored when others could read it, or it is not an announcement', () => {
    lock(process.pid);
    announce();
    const file = path.join(home, SERVER_FILE);
    chmodSync(file, 0o640);
    expect(findServer(home)).toBeUndefined();
    for (const text of ['not json', '{"pid":"1","url":"x","secret":"s"}', 'null']) {
      writeFileSync(file, text);
      chmodSync(file, 0o600);
      expect(findServer(home), text).toBeUndefined();
    }
  });

  it('is withdrawn only by the process that wrote it', () => {
    lock(process.pid);
    const { withdraw } = announce();
    const file = path.join(home, SERVER_FILE);
    const other = { ...JSON.parse(readFileSync(file, 'utf8')), pid: process.ppid };
    writeFileSync(file, JSON.stringify(other));
    withdraw();
    expect(existsSync(file)).toBe(true);
  });
});
