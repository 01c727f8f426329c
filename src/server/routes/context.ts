// What every route module receives: the services, and shorthands that run a use case as
// the request's actor (`request.actor`, set by auth.ts; the owner only in open mode).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type ReadContext, read, type Services, type WriteContext, write } from '../../app/context.ts';
import type { ReadCache, ReadParams } from '../../app/readCache.ts';
import type { Actor } from '../../core/actor.ts';
import { ParleyError } from '../../core/errors.ts';

export interface RouteOptions {
  services: Services;
  /** Reads computed once per version of the record (app/readCache.ts). */
  reads: ReadCache;
}

export type Routes = FastifyPluginAsyncZod<RouteOptions>;

/** The request's actor. Throws `forbidden` for a route reached without one (never by design). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new ParleyError('forbidden', 'sign in first: POST /api/session');
  return request.actor;
}

/** The use-case runners a route needs, bound to the services; each runs as the request's actor. */
export function runners(services: Services, reads?: ReadCache) {
  return {
    /** A read kept per version of the record; `params` must hold everything that shapes the answer. */
    cached: <T>(
      request: FastifyRequest,
      resource: string,
      name: string,
      params: ReadParams,
      fn: (ctx: ReadContext) => Promise<T>,
    ) =>
      read(services, actorOf(request), resource, (ctx) =>
        reads ? reads.read(ctx, name, params, fn) : fn(ctx),
      ),
    read: <T>(request: FastifyRequest, resource: string, fn: (ctx: ReadContext) => Promise<T>) =>
      read(services, actorOf(request), resource, fn),
    write: <T>(request: FastifyRequest, resource: string, fn: (ctx: WriteContext) => Promise<T>) =>
      write(services, actorOf(request), resource, fn),
  };
}
