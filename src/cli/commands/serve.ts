// `parley serve`: the HTTP API, the live channel and the built web app on one port. The
// store stays open for the server's lifetime (PGlite is one connection per process) and
// is closed on SIGINT/SIGTERM. A server on an embedded home announces itself beside the
// home's lock, so that CLI commands on that home are sent here (session.ts, remote.ts).
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { read, type Services } from '../../app/context.ts';
import { accountsExist } from '../../app/openMode.ts';
import type { LocalCliRequest, LocalCliResponse } from '../../contract/localCli.ts';
import { owner } from '../../core/actor.ts';
import { ParleyError } from '../../core/errors.ts';
import type { Io } from '../io.ts';
import { homeOf, withServices } from '../session.ts';

export const DEFAULT_PORT = 4319;
export const DEFAULT_HOST = '127.0.0.1';
const webRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface ServeOptions {
  port: number;
  host: string;
  /** The embedded home being served, announced to CLI commands; unset for PostgreSQL. */
  home?: string;
}

/** The server's address as a local client reaches it, or `undefined` when no loopback address reaches it. */
export function loopbackUrl(host: string, port: number): string | undefined {
  if (['127.0.0.1', 'localhost', '0.0.0.0'].includes(host)) return `http://127.0.0.1:${port}/`;
  if (host === '::1' || host === '::') return `http://[::1]:${port}/`;
  return undefined;
}

/**
 * Listens until SIGINT or SIGTERM, then closes the server (the caller closes the store).
 * Throws `invalid_input` when the port is taken or cannot be bound, `forbidden` for an
 * address other machines reach while no account exists (open mode is for this machine).
 */
export async function serveUntilStopped(io: Io, embedded: Services, options: ServeOptions): Promise<void> {
  // Loaded here: no other command needs the server, and Fastify takes a while to load.
  const [
    { buildServer },
    { pino },
    { announceServer, newServerSecret },
    { isLoopbackBind },
    { openPostgresBus },
  ] = await Promise.all([
    import('../../server/app.ts'),
    import('pino'),
    import('../../store/homeServer.ts'),
    import('../../server/openModeGuard.ts'),
    import('../../server/postgresBus.ts'),
  ]);
  if (!isLoopbackBind(options.host) && !(await read(embedded, owner, 'account', accountsExist))) {
    throw new ParleyError(
      'forbidden',
      `refusing to serve on ${options.host}: this home has no accounts yet, and without accounts ` +
        'every request acts as its owner. Add one first (parley user add NAME --role admin --password-stdin), ' +
        'or serve on 127.0.0.1',
      { host: options.host },
    );
  }
  // Logs go to stderr so that stdout carries only what a person (or a script) reads.
  const logger = pino({ level: io.env.PARLEY_LOG_LEVEL || 'info' }, pino.destination(2));
  // On PostgreSQL every server hears every server's changes (and the CLI's): LISTEN/NOTIFY.
  const bus =
    embedded.store.kind === 'postgres' ? await openPostgresBus(embedded.store, { log: logger }) : undefined;
  const services = bus ? { ...embedded, bus } : embedded;
  const secret = newServerSecret();
  const localCli = options.home
    ? { secret, run: (request: LocalCliRequest) => runHosted(services, request) }
    : undefined;
  const app = buildServer({ services, logger, webRoot, ...(localCli ? { localCli } : {}) });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await bus?.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new ParleyError(
        'invalid_input',
        `cannot listen on ${options.host}:${options.port} (${code}); pass another --port or --host`,
        { port: options.port, host: options.host },
      );
    }
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const local = options.home ? loopbackUrl(options.host, port) : undefined;
  const announcement = options.home && local ? announceServer(options.home, local, secret) : undefined;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  // Listen for the signals before saying so: whoever waits for the line below may stop the
  // server the instant it reads it, before this process runs another instruction.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.out(`Parley is serving ${services.store.location} at http://${host}:${port}/ (Ctrl-C to stop)`);
  io.err(`${await stopped}: stopping`);
  announcement?.withdraw();
  await app.close();
  await bus?.close();
}

/** Runs a CLI command sent by `POST /api/local/cli`; the runner loads on the first one. */
async function runHosted(services: Services, request: LocalCliRequest): Promise<LocalCliResponse> {
  return (await import('../hosted.ts')).runHosted(services, request);
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ParleyError('invalid_input', `--port: '${value}' is not a port number (0-65535)`, {
      port: value,
    });
  }
  return port;
}

/** The home `serve`/`start` announce: the embedded one, none for PostgreSQL. */
export function servedHome(io: Io): string | undefined {
  return io.env.PARLEY_DATABASE_URL ? undefined : homeOf(io);
}

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the HTTP API, the live channel and the web app')
    .option('--port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .action((o: { port: string; host: string }) => {
      const port = parsePort(o.port);
      return withServices(io, (s) => serveUntilStopped(io, s, { port, host: o.host, home: servedHome(io) }), {
        serving: true,
      });
    });
}
