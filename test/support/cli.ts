// Runs the real CLI in-process on a given home and captures what it prints.
import { cpSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ACCORD_PARAGRAPHS } from '../fixtures/govern/accordText.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The build's migrated empty data directory (scripts/build.mjs; globalSetup rebuilds it). */
const builtEmptyHome = path.resolve(import.meta.dirname, '../../dist/empty-home/pgdata');

/**
 * Gives a new home the data directory the built `parley` starts one with. In-process the
 * CLI runs from the sources, which have no empty data directory beside them, so every new
 * home ran initdb and every migration: about 6 s of CPU per home, against 0.3 s for a copy.
 * The copy is what openStore's startFromEmpty makes (test/store/emptyHome.test.ts covers
 * it, and the from-scratch path); the migrations still run on it if the build is behind.
 */
export function startLikeTheBuild(home: string): void {
  const dataDir = path.join(home, 'pgdata');
  if (existsSync(dataDir)) return;
  if (!existsSync(path.join(builtEmptyHome, 'PG_VERSION'))) {
    throw new Error(`no built empty home at ${builtEmptyHome}: globalSetup runs scripts/build.mjs`);
  }
  cpSync(builtEmptyHome, `${dataDir}.new`, { recursive: true });
  renameSync(`${dataDir}.new`, dataDir);
}

/** The commands that begin a home (`import` wants a fresh one); any other runs on a new home as it would. */
const BEGIN_A_HOME = new Set(['init', 'demo', 'import']);

export async function runCli(
  home: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  // On a server (PARLEY_DATABASE_URL) there is no data directory to start.
  if (BEGIN_A_HOME.has(args[0] ?? '') && !env.PARLEY_DATABASE_URL) startLikeTheBuild(home);
  let out = '';
  let err = '';
  const code = await main(['node', 'parley', ...args], {
    out: (s) => {
      out += s.endsWith('\n') ? s : `${s}\n`;
    },
    err: (s) => {
      err += s.endsWith('\n') ? s : `${s}\n`;
    },
    color: false,
    env: { PARLEY_HOME: home, ...env },
    cwd: process.cwd(),
  });
  return { code, out, err };
}

/**
 * A home with three parties and the test accord imported as draft `accord`, made through
 * the CLI itself; `file(name)` is where `accord.md` is written.
 */
export async function seedAccordHome(home: string, file: (name: string) => string): Promise<void> {
  const md = ['# Framework Accord', '', ...ACCORD_PARAGRAPHS.flatMap((p, i) => [`${i + 1}. ${p}`, ''])].join(
    '\n',
  );
  writeFileSync(file('accord.md'), md);
  for (const args of [
    ['init', '--title', 'Accord talks'],
    ['party', 'add', 'ukraine', '--name', 'Ukraine', '--role', 'principal'],
    ['party', 'add', 'russia', '--name', 'Russia', '--role', 'principal'],
    ['party', 'add', 'us', '--name', 'United States', '--role', 'mediator'],
    ['draft', 'import', file('accord.md'), '--label', 'Accord', '--id', 'accord', '--date', '2025-11-20'],
  ]) {
    const r = await runCli(home, args);
    expect(r.code, r.err).toBe(0);
  }
}

/** The accord's three signatories, in no particular order. */
export const ACCORD_SIGNATORIES = ['ukraine', 'us', 'russia'];

/**
 * Finalizes the seeded accord, plans its signing (Ukraine and the US before Russia) and
 * writes each signatory's key to `file('<party>.key.json')`, through the CLI.
 */
export async function planAccordSigning(home: string, file: (name: string) => string): Promise<void> {
  const plan = ['sign', 'plan', 'accord', '--signatories', ACCORD_SIGNATORIES.join(',')];
  for (const args of [
    ['draft', 'finalize', 'accord'],
    [...plan, '--order', 'ukraine and us before russia'],
    ...ACCORD_SIGNATORIES.map((who) => ['sign', 'keygen', who, '-o', file(`${who}.key.json`)]),
  ]) {
    const r = await runCli(home, args);
    expect(r.code, r.err).toBe(0);
  }
}
