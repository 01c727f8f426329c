// `POST /api/local/cli`: a `parley` command sent by the CLI on this machine to the server
// that holds its home, run here against the open store as the local owner (what the CLI
// does on its own). Only the caller that could read the home's 0600 parley.server file
// knows the secret; browsers and other machines are refused before anything is parsed.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LOCAL_CLI_PATH,
  LOCAL_CLI_SECRET_HEADER,
  LocalCliRequest,
  LocalCliResponse,
} from '../../contract/localCli.ts';
import { deny } from '../auth.ts';
import { errorResponses } from '../errors.ts';

/** What `parley serve` gives the server: the announced secret and how to run a command. */
export interface LocalCli {
  secret: string;
  run(request: LocalCliRequest): Promise<LocalCliResponse>;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.replace(/^::ffff:/, '');
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function sameSecret(shown: string, secret: string): boolean {
  // Digests first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(shown), digest(secret));
}

export const localCliRoutes: FastifyPluginAsyncZod<{ localCli: LocalCli }> = async (app, { localCli }) => {
  const guard = async (request: FastifyRequest, reply: FastifyReply) => {
    // Another machine learns nothing, not even that the route exists.
    if (!isLoopback(request.socket.remoteAddress)) {
      return deny(reply, 404, 'not_found', `no route ${request.method} ${LOCAL_CLI_PATH}`);
    }
    // A page in a browser on this machine sends Origin or Sec-Fetch-Site; the CLI sends neither.
    if (request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined) {
      return deny(reply, 403, 'forbidden', 'the local CLI route does not answer browsers');
    }
    const shown = request.headers[LOCAL_CLI_SECRET_HEADER];
    if (typeof shown !== 'string' || !sameSecret(shown, localCli.secret)) {
      return deny(
        reply,
        401,
        'unauthorized',
        `send the secret of this home's parley.server file in the ${LOCAL_CLI_SECRET_HEADER} header`,
      );
    }
  };
  app.post(
    LOCAL_CLI_PATH,
    {
      onRequest: guard,
      schema: { hide: true, body: LocalCliRequest, response: { 200: LocalCliResponse, ...errorResponses } },
    },
    (request) => localCli.run(request.body),
  );
};
