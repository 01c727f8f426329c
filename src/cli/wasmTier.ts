// Which of V8's compilers runs PGlite's WebAssembly in this process. bin/parley.js runs most
// commands on the baseline compiler (Liftoff) only: optimising PGlite's module and its
// thousands of JS↔wasm wrappers cost about half of a short command's CPU and never paid back
// before the exit. The commands below choose for themselves, before their store opens
// (the flag counts when PGlite compiles its module, at open):
// - `start` on a home without a database yet (a fresh clone's `npm start`) loads the demo,
//   ~1,000 statements run once: 4.6–4.9 s of CPU optimising, 2.8–3.2 s baseline-only. The
//   server that follows keeps the baseline tier: served reads and writes then cost the same
//   CPU under either (measured after a warm-up, #10 session 8). A second `start`, and
//   `serve`, optimise: a server may take long imports, which the optimising tier does faster.
// - `draft import` of a file of LARGE_IMPORT_BYTES or more: a 60,000-provision draft (1.8 MB)
//   took 16.4–16.9 s of CPU optimising and 18.4–18.6 s baseline-only; a 10,000-provision one
//   (0.28 MB) 6.1 s against 4.5 s, and a 1,000-provision Word file 4.0–4.2 s against 2.2–2.5 s.
//   Figures: bench/RESULTS.md, issue #10 session 8.
import { setFlagsFromString } from 'node:v8';

/** Whether the command (`process.argv.slice(2)`) chooses its tier itself; bin/parley.js sets the baseline for the others. */
export function choosesOwnTier(args: readonly string[]): boolean {
  const [first, second] = args;
  return first === 'serve' || first === 'start' || (first === 'draft' && second === 'import');
}

/** From this size on, a file `draft import` reads is imported by the optimising tier. */
export const LARGE_IMPORT_BYTES = 1024 * 1024;

/** Set by bin/parley.js when this process runs one command that chooses its tier. */
let processOfOneCommand = false;

/**
 * bin/parley.js, before the command loads: the baseline tier for a command that does not
 * choose, the choice left to one that does (`baselineWasmOnly` acts only then).
 */
export function tierForCommand(args: readonly string[]): void {
  if (choosesOwnTier(args)) processOfOneCommand = true;
  else setFlagsFromString('--liftoff-only');
}

/**
 * Runs PGlite's WebAssembly compiled from now on with V8's baseline compiler only, when this
 * process was started for the command. A command run inside another process (a test, a
 * server running a CLI command) leaves that process's tier alone: the flag holds for the
 * whole process.
 */
export function baselineWasmOnly(): void {
  if (processOfOneCommand) setFlagsFromString('--liftoff-only');
}
