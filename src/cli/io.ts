// Where the CLI reads and writes, so that tests (and a server running a command for the
// CLI, hosted.ts) can run commands in-process and read the output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Services } from '../app/context.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour only for a terminal that has not asked for none. */
  color: boolean;
  /** Writes bytes (a PDF) to stdout; absent when stdout is a terminal, which bytes would garble. */
  outBytes?(bytes: Uint8Array): void;
  /** All of standard input, read once; the process's own stdin when absent. */
  readStdin?(): string;
  /** A terminal to draw progress bars on; absent when nobody would see them. */
  progress?: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Files named on the command line are relative to this directory. */
  cwd: string;
  /**
   * Set when the command runs inside the server that holds the home (hosted.ts): commands
   * use its open store and never open one of their own.
   */
  services?: Services;
}

/** Text as `out`/`err` print it: one line, or lines, ending in a newline. */
export function line(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** A file named on the command line, as a path from the command's working directory. */
export function inCwd(io: Io, file: string): string {
  return path.resolve(io.cwd, file);
}

/** All of the command's standard input. */
export function readStdin(io: Io): string {
  return io.readStdin ? io.readStdin() : readFileSync(0, 'utf8');
}

export function processIo(): Io {
  // A reader that stops early (`parley draft list | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (text) => process.stdout.write(line(text)),
    err: (text) => process.stderr.write(line(text)),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ...(process.stdout.isTTY ? {} : { outBytes: (bytes: Uint8Array) => process.stdout.write(bytes) }),
    ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
    env: process.env,
    cwd: process.cwd(),
  };
}
