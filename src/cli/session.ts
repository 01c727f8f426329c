// Opens the store the environment points at for the length of one command:
// PARLEY_DATABASE_URL (a PostgreSQL server) if set, else PGlite in PARLEY_HOME or ./.parley.
// The database modules are loaded here, on first need, so commands that never open the
// store (help, `diff` of two files, `verify`) never load them. A home held by a running
// server is not opened: the command goes to that server instead (main.ts, remote.ts).
import path from 'node:path';
import type { Services } from '../app/context.ts';
import { ParleyError } from '../core/errors.ts';
import { findServer, type HomeServer } from '../store/homeServer.ts';
import type { Io } from './io.ts';

export function homeOf(io: Io): string {
  return path.resolve(io.cwd, io.env.PARLEY_HOME || '.parley');
}

/** Thrown when a running server holds the home: main.ts sends the whole command there. */
export class ServerHoldsHome extends Error {
  constructor(readonly server: HomeServer) {
    super(`the home is served at ${server.url}`);
  }
}

export interface SessionOptions {
  /** The command serves the store itself (`serve`, `start`), so it needs the home to itself. */
  serving?: boolean;
}

/**
 * Runs `fn` with services on the configured store and always closes it. Throws
 * `ServerHoldsHome` when a server holds the home, `locked` when a serving command meets one.
 */
export async function withServices<T>(
  io: Io,
  fn: (services: Services) => Promise<T>,
  options: SessionOptions = {},
): Promise<T> {
  if (io.services) {
    if (options.serving) {
      throw new ParleyError(
        'locked',
        'this command was sent to the server that holds the home, which cannot start another server; stop that server first',
      );
    }
    return fn(io.services);
  }
  const databaseUrl = io.env.PARLEY_DATABASE_URL;
  const home = homeOf(io);
  if (!databaseUrl) {
    const server = findServer(home);
    if (server && options.serving) {
      throw new ParleyError(
        'locked',
        `the Parley home ${home} is already served at ${server.url} by process ${server.pid}; open that address, or stop that server first`,
        { home, pid: server.pid, url: server.url },
      );
    }
    if (server) throw new ServerHoldsHome(server);
  }
  const [{ createServices }, { openStore }, { loadSecrets }] = await Promise.all([
    import('../app/context.ts'),
    import('../store/database.ts'),
    import('../store/secrets.ts'),
  ]);
  const store = await openStore(databaseUrl ? { databaseUrl } : { home, brief: !options.serving });
  try {
    const secrets = loadSecrets({ home, databaseUrl, env: io.env });
    return await fn(createServices(store, secrets));
  } finally {
    await store.close();
  }
}
