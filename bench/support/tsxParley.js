#!/usr/bin/env node
// The `parley` command as bin/parley.js ran it until 2026-12: the TypeScript sources through
// tsx's loader. Kept only as the baseline of bench/cli.bench.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../src/cli/main.ts');
process.exitCode = await main(process.argv);
