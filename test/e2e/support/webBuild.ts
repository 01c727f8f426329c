// Builds the web app (web/dist) before the browser journeys when it is missing or older
// than its sources. Test files run in parallel processes, so one builds under a lock
// directory and the others wait for it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const webDir = path.resolve('web');
export const webDist = path.join(webDir, 'dist');
const viteBin = path.resolve('node_modules/vite/bin/vite.js');
const lockDir = path.resolve('.tmp/web-build.lock');
/** Runtime code the web app imports from outside web/ (see web/src/views/RedlineCompare.tsx, ProvisionAmendments.tsx). */
const sharedSources = [
  path.resolve('src/compare/render/rows.ts'),
  path.resolve('src/compare/compare.ts'),
  path.resolve('src/compare/redline.ts'),
  path.resolve('src/core/amendments.ts'),
];

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry)
      .filter((name) => name !== 'dist' && name !== 'node_modules')
      .map((name) => newestMtime(path.join(entry, name))),
  );
}

function isFresh(): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return Math.max(newestMtime(webDir), ...sharedSources.map(newestMtime)) <= built;
}

/** Ensures web/dist is built from the current sources; returns its path. */
export async function ensureWebBuilt(): Promise<string> {
  for (let waited = 0; waited < 180_000; waited += 250) {
    if (isFresh()) return webDist;
    try {
      mkdirSync(path.dirname(lockDir), { recursive: true });
      mkdirSync(lockDir);
    } catch {
      // Another test process holds the lock: a stale lock (from a killed run) expires.
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!isFresh()) {
        // A child process, so the production build is not shaped by vitest's NODE_ENV=test.
        execFileSync(process.execPath, [viteBin, 'build', webDir, '--logLevel', 'warn'], {
          env: { ...process.env, NODE_ENV: 'production' },
          stdio: ['ignore', 'inherit', 'inherit'],
        });
      }
      return webDist;
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
  throw new Error('timed out waiting for another process to build web/dist');
}
