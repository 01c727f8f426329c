// Where the CLI writes, so that tests can run commands in-process and read the output.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour only for a terminal that has not asked for none. */
  color: boolean;
  /** Writes bytes (a PDF) to stdout; absent when stdout is a terminal, which bytes would garble. */
  outBytes?(bytes: Uint8Array): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  // A reader that stops early (`parley draft list | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ...(process.stdout.isTTY ? {} : { outBytes: (bytes: Uint8Array) => process.stdout.write(bytes) }),
    env: process.env,
    cwd: process.cwd(),
  };
}
