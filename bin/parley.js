#!/usr/bin/env node
// The `parley` command: runs the compiled CLI in dist/, which `npm ci` (prepare) and
// `npm run build` write. Never the TypeScript sources: loading them costs seconds a command.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    `parley: the CLI is not built (no ${entry.pathname}); run \`npm run build\` (or \`npm ci\`) in ${new URL('..', import.meta.url).pathname}\n`,
  );
  process.exit(1);
}
// A command that ends within seconds runs PGlite's WebAssembly on V8's baseline compiler
// only: optimising it (and the thousands of JS↔wasm call wrappers PGlite's module has)
// cost about half of `parley status`'s CPU time and never paid back before the exit.
// `serve`, `start` and `draft import` choose for themselves (src/cli/wasmTier.ts).
const { tierForCommand } = await import(new URL('../dist/cli/wasmTier.js', import.meta.url).href);
tierForCommand(process.argv.slice(2));
// Each regular expression is compiled to machine code at its first use, not interpreted for that
// first use and compiled at the second. The evidence engine holds hundreds of large patterns,
// many run first over a whole document: the first document a process reads cost 0.27-0.31 s of
// CPU with the interpreted first runs, 0.09 s without (a 2 KB text; read again, 1-2 ms).
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
