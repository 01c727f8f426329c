// Entry point of the `parley` command: builds the program, runs it, and maps errors to
// exit codes and messages (never a stack trace for a ParleyError). A command on a home that
// a running server holds is sent to that server (remote.ts) and answers the same.
import { CommanderError } from 'commander';
import { isParleyError } from '../core/errors.ts';
import { CliExit, exitCodeFor } from './exitCodes.ts';
import { type Io, processIo, readStdin } from './io.ts';
import { buildProgram } from './program.ts';
import { ServerHoldsHome } from './session.ts';

/** Runs the CLI on `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // What a command read from stdin before it reached the store goes with it to a server.
  let stdin: string | undefined;
  const tracked: Io = { ...io, readStdin: () => (stdin ??= readStdin(io)) };
  try {
    try {
      await (await buildProgram(tracked, argv)).parseAsync(argv);
      return 0;
    } catch (error) {
      if (!(error instanceof ServerHoldsHome)) throw error;
      const { runOnServer } = await import('./remote.ts');
      return await runOnServer(io, error.server, argv.slice(2), stdin);
    }
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: Io): number {
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
