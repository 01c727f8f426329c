#!/usr/bin/env node
// The `parley` command: runs the compiled CLI in dist/, which `npm ci` (prepare) and
// `npm run build` write. Never the TypeScript sources: loading them costs seconds a command.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    `parley: the CLI is not built (no ${entry.pathname}); run \`npm run build\` (or \`npm ci\`) in ${new URL('..', import.meta.url).pathname}\n`,
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
