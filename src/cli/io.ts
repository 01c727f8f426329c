// Where the CLI writes, so that tests can run commands in-process and read the output.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour only for a terminal that has not asked for none. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    env: process.env,
    cwd: process.cwd(),
  };
}
