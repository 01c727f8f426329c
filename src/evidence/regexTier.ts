// How V8 runs the engine's patterns: each compiled to machine code at its first run. By default V8
// interprets a pattern's first run from bytecode and compiles it at the second, so each of the
// engine's ~500 patterns (many of them thousands of characters long) is compiled twice, and the
// bytecode pass of the long ones costs more than the machine code: a process's first documents
// paid about 1.3 s of CPU for it, 0.35 s compiled once. The matches are the same either way.
// Imported first by index.ts, so that it holds before any pattern runs; bin/parley.js sets the
// same for the CLI before it loads anything.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
