// Opens the store the environment points at for the length of one command:
// PARLEY_DATABASE_URL (a PostgreSQL server) if set, else PGlite in PARLEY_HOME or ./.parley.
// The audit and fingerprint secrets are loaded from outside the database (store/secrets.ts).
import path from 'node:path';
import { createServices, type Services } from '../app/context.ts';
import { openStore } from '../store/database.ts';
import { loadSecrets } from '../store/secrets.ts';
import type { Io } from './io.ts';

export function homeOf(io: Io): string {
  return path.resolve(io.cwd, io.env.PARLEY_HOME || '.parley');
}

/** Runs `fn` with services on the configured store and always closes it. */
export async function withServices<T>(io: Io, fn: (services: Services) => Promise<T>): Promise<T> {
  const databaseUrl = io.env.PARLEY_DATABASE_URL;
  const home = homeOf(io);
  const store = await openStore(databaseUrl ? { databaseUrl } : { home });
  try {
    const secrets = loadSecrets({ home, databaseUrl, env: io.env });
    return await fn(createServices(store, secrets));
  } finally {
    await store.close();
  }
}
