// The Parley server as a Fastify app: pure construction, no listening, so tests drive it
// with inject() and `parley serve` listens. Routes are thin: parse (zod at the edge),
// call the app use cases, present.
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Services } from '../app/context.ts';
import { createReadCache, type ReadCacheOptions } from '../app/readCache.ts';
import { registerAuth } from './auth.ts';
import { registerErrorHandling } from './errors.ts';
import { registerInputGuard } from './inputGuard.ts';
import { liveRoutes } from './live.ts';
import { registerOpenApi } from './openapi.ts';
import { healthRoutes } from './routes/health.ts';
import { type LocalCli, localCliRoutes } from './routes/localCli.ts';
import { sessionRoutes } from './routes/session.ts';
import { useCaseRoutes } from './useCaseRoutes.ts';
import { registerWebApp } from './web.ts';

/** Drafts can be long; 2 MB holds a few thousand provisions with room to spare. */
export const BODY_LIMIT = 2 * 1024 * 1024;

export interface ServerOptions {
  services: Services;
  /** A pino logger, or `true` for Fastify's default; quiet when omitted (tests). */
  logger?: FastifyBaseLogger | boolean;
  /** The built web app to serve (web/dist); skipped when absent or missing. */
  webRoot?: string;
  /** The read cache of status, matrix and progress; `{ capacity: 0 }` computes every request (the bench's baseline). */
  readCache?: ReadCacheOptions;
  /** Writes allowed per actor and minute (rateLimit.ts's WRITES_PER_MINUTE when absent). */
  writesPerMinute?: number;
  /** Commands from the CLI on this machine (`parley serve` on an embedded home); none when absent. */
  localCli?: LocalCli;
}

export function buildServer({
  services,
  logger = false,
  webRoot,
  readCache,
  localCli,
  writesPerMinute,
}: ServerOptions): FastifyInstance {
  const app =
    typeof logger === 'object'
      ? Fastify({ loggerInstance: logger, bodyLimit: BODY_LIMIT })
      : Fastify({ logger, bodyLimit: BODY_LIMIT });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  // Before auth: its onRequest hook marks upgrade requests, so a refused upgrade's socket is closed.
  app.register(fastifyWebsocket);
  registerAuth(app, services, writesPerMinute);
  registerOpenApi(app);
  const reads = createReadCache(services, readCache);
  app.addHook('onClose', async () => reads.close());
  for (const routes of [healthRoutes, sessionRoutes, useCaseRoutes, liveRoutes]) {
    app.register(routes, { prefix: '/api', services, reads });
  }
  if (localCli) app.register(localCliRoutes, { localCli });
  registerWebApp(app, webRoot);
  return app;
}
