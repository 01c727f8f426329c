// Runs a `parley` command inside the server that holds the home (`POST /api/local/cli`):
// the same program as in a terminal, on the server's open store, with the caller's
// arguments, working directory and environment, its output captured to send back.
import type { Services } from '../app/context.ts';
import type { LocalCliRequest, LocalCliResponse, OutputChunk } from '../contract/localCli.ts';
import { type Io, line } from './io.ts';
import { main } from './main.ts';

/** Runs the command line of `request` against `services`; never opens a store of its own. */
export async function runHosted(services: Services, request: LocalCliRequest): Promise<LocalCliResponse> {
  const output: OutputChunk[] = [];
  const io: Io = {
    out: (text) => output.push({ stream: 'stdout', text: line(text) }),
    err: (text) => output.push({ stream: 'stderr', text: line(text) }),
    color: request.color,
    ...(request.bytesOut
      ? {
          outBytes: (bytes: Uint8Array) =>
            output.push({ stream: 'stdout', base64: Buffer.from(bytes).toString('base64') }),
        }
      : {}),
    env: { ...request.env },
    cwd: request.cwd,
    readStdin: () => request.stdin ?? '',
    services,
  };
  const exitCode = await main(['node', 'parley', ...request.args], io);
  return { exitCode, output };
}
