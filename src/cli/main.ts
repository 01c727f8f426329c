// Entry point of the `parley` command: builds the program, runs it, and maps errors to
// exit codes and messages (never a stack trace for a ParleyError).
import { CommanderError } from 'commander';
import { isParleyError } from '../core/errors.ts';
import { CliExit, exitCodeFor } from './exitCodes.ts';
import { type Io, processIo } from './io.ts';
import { buildProgram } from './program.ts';

/** Runs the CLI on `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliExit) return error.exitCode;
    if (isParleyError(error)) {
      io.err(`parley: ${error.message}`);
      return exitCodeFor(error.code);
    }
    io.err(
      `parley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}
