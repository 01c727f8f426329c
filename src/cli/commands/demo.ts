// `parley demo` loads the Geneva 2025 scenario; `parley start` (what `npm start` runs)
// loads it into an empty home, shows where things stand and serves it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { read, type Services, write } from '../../app/context.ts';
import { loadScenario, Scenario, scenarioFiles } from '../../app/scenario.ts';
import { getStatus } from '../../app/status.ts';
import { owner } from '../../core/actor.ts';
import { parseInput } from '../../core/validate.ts';
import type { KeyPair } from '../../govern/keys.ts';
import { isEmpty } from '../../store/repo/negotiation.ts';
import type { Io } from '../io.ts';
import { homeOf, withServices } from '../session.ts';
import { renderStatus } from '../statusTable.ts';
import { baselineWasmOnly } from '../wasmTier.ts';
import { DEFAULT_HOST, DEFAULT_PORT, parsePort, servedHome, serveUntilStopped } from './serve.ts';

const demoDir = fileURLToPath(new URL('../../../examples/geneva-2025/', import.meta.url));

/** Reads the demo scenario and the texts of its drafts and reports from the package. */
export function readDemo(dir = demoDir): { scenario: Scenario; texts: Record<string, string> } {
  const scenario = parseInput(
    Scenario,
    JSON.parse(readFileSync(path.join(dir, 'scenario.json'), 'utf8')),
    'scenario.json',
  );
  const texts = Object.fromEntries(
    scenarioFiles(scenario).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
  return { scenario, texts };
}

async function loadDemo(s: Services, io: Io, force: boolean): Promise<void> {
  const { scenario, texts } = readDemo();
  const pending: [string, KeyPair][] = [];
  await write(s, owner, 'negotiation', (ctx) =>
    loadScenario(ctx, scenario, texts, {
      force,
      keep: (signatory, keys) => pending.push([signatory, keys]),
    }),
  );
  // The signatories still to sign get their key files in the home, to finish the signing.
  if (s.store.kind !== 'pglite' || !scenario.signing) return;
  for (const [signatory, keys] of pending) {
    const file = path.join(s.store.location, 'keys', `demo-${signatory}.key.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ signatory, ...keys }, null, 2)}\n`, { mode: 0o600 });
    io.err(`${signatory} can sign: parley sign ${scenario.signing.draft} --as ${signatory} --key ${file}`);
  }
}

async function printStatus(s: Services, io: Io): Promise<void> {
  const status = await read(s, owner, 'status', (ctx) => getStatus(ctx));
  if (status) io.out(`${renderStatus(status, io.color)}\n`);
}

export function registerDemo(program: Command, io: Io): void {
  program
    .command('demo')
    .description('load the Geneva 2025 scenario into this home and print its status')
    .option('--force', 'replace what this home holds')
    .action((o: { force?: boolean }) =>
      withServices(io, async (s) => {
        await loadDemo(s, io, Boolean(o.force));
        await printStatus(s, io);
      }),
    );
  program
    .command('start')
    .description('load the demo if this home is empty, print the status, then serve it')
    .option('--port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--host <host>', 'address to listen on', DEFAULT_HOST)
    .action((o: { port: string; host: string }) => {
      const port = parsePort(o.port);
      // A fresh clone's `npm start`: the demo load is cheaper on the baseline tier (wasmTier.ts).
      if (!io.services && !io.env.PARLEY_DATABASE_URL && !existsSync(path.join(homeOf(io), 'pgdata'))) {
        baselineWasmOnly();
      }
      return withServices(
        io,
        async (s) => {
          if (await isEmpty(s.store.db)) {
            io.err(`loading the Geneva 2025 demo into ${s.store.location} …`);
            await loadDemo(s, io, false);
          }
          await printStatus(s, io);
          await serveUntilStopped(io, s, { port, host: o.host, home: servedHome(io) });
        },
        { serving: true },
      );
    });
}
