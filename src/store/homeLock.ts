// PGlite is one connection per process and nothing stops a second process opening the
// same directory, so Parley holds a lock file while a home is open.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ParleyError } from '../core/errors.ts';

/** Takes the home's lock or throws `locked`; returns the release function. Stale locks are taken over. */
export function lockHome(home: string): () => void {
  const file = path.join(home, 'parley.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder === process.pid || isAlive(holder)) {
        throw new ParleyError(
          'locked',
          `the Parley home ${home} is in use by process ${holder}; stop that process (or wait for it) and try again`,
          { home, pid: holder },
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new ParleyError('locked', `could not lock the Parley home ${home}`, { home });
}

/** Whether a process with this id runs (one of another user counts: it cannot be signalled). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
