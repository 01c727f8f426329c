// Opens the store the environment points at for the length of one command:
// PARLEY_DATABASE_URL (a PostgreSQL server) if set, else PGlite in PARLEY_HOME or ./.parley.
import path from 'node:path';
import { createServices, type Services } from '../app/context.ts';
import { openStore } from '../store/database.ts';
import type { Io } from './io.ts';

export function homeOf(io: Io): string {
  return path.resolve(io.cwd, io.env.PARLEY_HOME || '.parley');
}

/** Runs `fn` with services on the configured store and always closes it. */
export async function withServices<T>(io: Io, fn: (services: Services) => Promise<T>): Promise<T> {
  const databaseUrl = io.env.PARLEY_DATABASE_URL;
  const store = await openStore(databaseUrl ? { databaseUrl } : { home: homeOf(io) });
  try {
    return await fn(createServices(store));
  } finally {
    await store.close();
  }
}
