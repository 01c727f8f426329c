// The CLI's side of `POST /api/local/cli`: a command on a home that a running server holds
// is sent to that server, and what it printed and its exit code are given back as if the
// command had run here.
import http from 'node:http';
import {
  FORWARDED_ENV,
  LOCAL_CLI_PATH,
  LOCAL_CLI_SECRET_HEADER,
  type LocalCliRequest,
  LocalCliResponse,
} from '../contract/localCli.ts';
import { ParleyError } from '../core/errors.ts';
import type { HomeServer } from '../store/homeServer.ts';
import type { Io } from './io.ts';

/**
 * Runs `args` on `server` and prints its output through `io`; returns the exit code.
 * Throws `locked` when the server does not answer (it is starting or stopping).
 */
export async function runOnServer(
  io: Io,
  server: HomeServer,
  args: string[],
  stdin: string | undefined,
): Promise<number> {
  const request: LocalCliRequest = {
    args,
    cwd: io.cwd,
    env: Object.fromEntries(FORWARDED_ENV.flatMap((k) => (io.env[k] === undefined ? [] : [[k, io.env[k]]]))),
    color: io.color,
    bytesOut: Boolean(io.outBytes),
    ...(stdin === undefined ? {} : { stdin }),
  };
  const { status, body } = await post(new URL(LOCAL_CLI_PATH, server.url), server.secret, request).catch(
    (error: NodeJS.ErrnoException) => {
      throw new ParleyError(
        'locked',
        `the Parley home is held by the server at ${server.url} (process ${server.pid}), which does not answer (${error.code ?? error.message}); wait for it to start or stop, then try again`,
        { pid: server.pid, url: server.url },
      );
    },
  );
  if (status !== 200) {
    throw new ParleyError(
      'locked',
      `the server at ${server.url} (process ${server.pid}) refused the command (HTTP ${status}): ${errorMessage(body)}`,
      { pid: server.pid, url: server.url, status },
    );
  }
  const response = LocalCliResponse.parse(JSON.parse(body));
  for (const chunk of response.output) {
    if (chunk.base64 !== undefined) io.outBytes?.(Buffer.from(chunk.base64, 'base64'));
    else if (chunk.stream === 'stdout') io.out(chunk.text ?? '');
    else io.err(chunk.text ?? '');
  }
  return response.exitCode;
}

function errorMessage(body: string): string {
  try {
    return (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? body;
  } catch {
    return body;
  }
}

/** A JSON POST with node:http (lighter to load than fetch); no timeout: a command takes what it takes. */
function post(url: URL, secret: string, request: LocalCliRequest): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(request);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          [LOCAL_CLI_SECRET_HEADER]: secret,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
