// Runs the real CLI in-process on a given home and captures what it prints.
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ACCORD_PARAGRAPHS } from '../fixtures/govern/accordText.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runCli(
  home: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
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
