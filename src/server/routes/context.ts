// What every route module receives: the services, and shorthands that run a use case as
// the acting user. Until accounts exist every request acts as the local owner.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type ReadContext, read, type Services, type WriteContext, write } from '../../app/context.ts';
import { owner } from '../../core/actor.ts';

export interface RouteOptions {
  services: Services;
}

export type Routes = FastifyPluginAsyncZod<RouteOptions>;

/** The use-case runners a route needs, bound to the services and the request's actor. */
export function runners(services: Services) {
  return {
    read: <T>(resource: string, fn: (ctx: ReadContext) => Promise<T>) => read(services, owner, resource, fn),
    write: <T>(resource: string, fn: (ctx: WriteContext) => Promise<T>) =>
      write(services, owner, resource, fn),
  };
}
