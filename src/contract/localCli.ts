// The wire format of `POST /api/local/cli`: a `parley` command line sent by the CLI to the
// server that holds its home, and what the command printed and returned.
import { z } from 'zod';

export const LOCAL_CLI_PATH = '/api/local/cli';
/** The header that carries the secret from the home's parley.server file. */
export const LOCAL_CLI_SECRET_HEADER = 'x-parley-local-secret';

/** The caller's environment variables a command may read (the store is the server's). */
export const FORWARDED_ENV = ['PARLEY_HOME', 'PARLEY_PASSWORD', 'NO_COLOR'] as const;

export const LocalCliRequest = z.object({
  /** The arguments after `parley`. */
  args: z.array(z.string()).max(10_000),
  /** The caller's working directory: files named on the command line are relative to it. */
  cwd: z.string().refine((p) => p.startsWith('/'), 'an absolute path'),
  env: z.partialRecord(z.enum(FORWARDED_ENV), z.string()),
  color: z.boolean(),
  /** Whether the caller's stdout takes bytes (it is not a terminal). */
  bytesOut: z.boolean(),
  /** What the command read from the caller's standard input before it was forwarded. */
  stdin: z.string().optional(),
});
export type LocalCliRequest = z.infer<typeof LocalCliRequest>;

/** One write to stdout or stderr, in order: text, or bytes in base64 (a PDF). */
export const OutputChunk = z.object({
  stream: z.enum(['stdout', 'stderr']),
  text: z.string().optional(),
  base64: z.string().optional(),
});
export type OutputChunk = z.infer<typeof OutputChunk>;

export const LocalCliResponse = z.object({
  exitCode: z.number().int(),
  output: z.array(OutputChunk),
});
export type LocalCliResponse = z.infer<typeof LocalCliResponse>;
