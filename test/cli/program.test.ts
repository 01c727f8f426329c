// The command tree is loaded by need: `parley --help` lists the catalogue, and a command
// loads only its own module. These tests keep the catalogue true to the modules, and the
// quick commands free of the heavy packages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command, Help } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { catalogue } from '../../src/cli/program.ts';
import { runCli } from '../support/cli.ts';

const quiet: Io = { out: () => {}, err: () => {}, color: false, env: {}, cwd: process.cwd() };

describe('the command catalogue', () => {
  it('lists each top-level command as its module registers it', async () => {
    const help = new Help();
    for (const group of catalogue) {
      const program = new Command('parley');
      (await group.load())(program, quiet);
      const registered = Object.fromEntries(
        program.commands.map((c) => [help.subcommandTerm(c), c.description()]),
      );
      expect(registered).toEqual(group.commands);
    }
  });

  it('names each command once', () => {
    const names = catalogue.flatMap((g) => Object.keys(g.commands).map((term) => term.split(' ')[0]));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives a command its subcommands from every module that adds some (draft finalize)', async () => {
    const r = await runCli('/nonexistent-parley-home', ['help', 'draft']);
    expect(r.out).toMatch(/import \[options\] <file>/);
    expect(r.out).toMatch(/finalize <draft>/);
  });

  it('still names an unknown command', async () => {
    const r = await runCli('/nonexistent-parley-home', ['sttaus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'sttaus'/);
  });
});

describe('what a command loads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-loads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const HEAVY = [
    '@electric-sql/pglite',
    'pg',
    'drizzle-orm',
    'fastify',
    'pdf-lib',
    'chrono-node',
    'linkedom',
    'zod',
  ];

  /** The packages the built `parley` imports for `args`, recorded by a module resolution hook. */
  function packagesLoaded(args: string[]): string[] {
    const log = path.join(dir, `loaded-${args.join('-')}.txt`);
    const hooks = `export async function resolve(s, c, next) {
      const r = await next(s, c);
      const m = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(r.url);
      if (m) (await import('node:fs')).appendFileSync(${JSON.stringify(log)}, m[1] + '\\n');
      return r;
    }`;
    const register = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`;
    execFileSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(register)}`, 'bin/parley.js', ...args],
      { env: { ...process.env, PARLEY_HOME: path.join(dir, 'home') }, stdio: 'ignore' },
    );
    return [...new Set(readFileSync(log, 'utf8').trim().split('\n'))];
  }

  it('--version and --help load no database, server, PDF, language or schema package', () => {
    for (const args of [['--version'], ['--help']]) {
      const loaded = packagesLoaded(args);
      expect(loaded, args[0]).toContain('commander');
      for (const heavy of HEAVY) expect(loaded, args[0]).not.toContain(heavy);
    }
  });

  it('a command on the store loads the database, but not the server, PDF or language packages', () => {
    const loaded = packagesLoaded(['party', 'list']);
    expect(loaded).toContain('@electric-sql/pglite');
    for (const heavy of ['fastify', 'pdf-lib', 'chrono-node', 'linkedom'])
      expect(loaded).not.toContain(heavy);
  });
});
