// Who is asking: every request's session cookie or bearer token is resolved to an actor
// (`request.actor`). Open mode (no accounts yet) acts as the local owner; afterwards a
// request without a valid credential is 401. Cookie writes must echo the CSRF token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { read, type Services } from '../app/context.ts';
import { accountsExist } from '../app/openMode.ts';
import { type Resolved, resolveCredential } from '../app/sessions.ts';
import { type Actor, owner } from '../core/actor.ts';
import { isParleyError } from '../core/errors.ts';
import { errorBody } from './errors.ts';
import { LOCAL_CLI_PATH } from './localCliSchemas.ts';
import { writeLimit } from './writeLimit.ts';

export const COOKIE = 'parley_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The acting user; unset only on the few routes open to anyone (sign-in, health). */
    actor?: Actor;
    /** The credential the actor was resolved from, when there was one. */
    credential?: Resolved & { token: string; via: 'cookie' | 'bearer' };
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Paths anyone may reach without signing in. Everything outside /api is the web app. */
function isOpen(method: string, path: string): boolean {
  if (!path.startsWith('/api/') && path !== '/api') return true;
  if (path === '/api/session') return method === 'POST' || method === 'GET';
  return path === '/api/health' || path === '/api/openapi.json' || path.startsWith('/api/docs');
}

/** The session cookie's value, from a raw Cookie header. */
export function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(rest.join('=')) || undefined;
  }
  return undefined;
}

/** The credential a request carries: a bearer token first, else the session cookie. */
export function presented(request: FastifyRequest): { token: string; via: 'cookie' | 'bearer' } | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (match?.[1]) return { token: match[1], via: 'bearer' };
  const token = cookieToken(request.headers.cookie);
  return token ? { token, via: 'cookie' } : undefined;
}

/** Resolves a request's actor; `undefined` means not signed in (open mode gives the owner). */
export function authenticator(services: Services) {
  let closed = false; // accounts are never removed, so once closed stays closed
  return async function actorOf(request: FastifyRequest): Promise<Actor | undefined> {
    const shown = presented(request);
    if (shown) {
      const now = services.clock().toISOString();
      try {
        const resolved = await read(services, owner, 'session', (ctx) =>
          resolveCredential(ctx, { token: shown.token, now }),
        );
        request.credential = { ...resolved, ...shown };
        return resolved.actor;
      } catch (error) {
        if (!isParleyError(error) || error.code !== 'forbidden') throw error;
      }
    }
    if (!closed) closed = await read(services, owner, 'account', accountsExist);
    return closed ? undefined : owner;
  };
}

/** `writesPerMinute`: per actor, across every server on the database (writeLimit.ts). */
export function registerAuth(app: FastifyInstance, services: Services, writesPerMinute?: number): void {
  const actorOf = authenticator(services);
  const writes = writeLimit(services, writesPerMinute);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('credential', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Signing in needs no credential, and a stale cookie must not stand in its way. The
    // local CLI route checks its own secret (routes/localCli.ts).
    if (request.method === 'POST' && (path === '/api/session' || path === LOCAL_CLI_PATH)) return;
    // Liveness needs no actor, and must not queue behind a long write for PGlite's one connection.
    if (request.method === 'GET' && path === '/api/health') return;
    const actor = await actorOf(request);
    if (actor) request.actor = actor;
    else if (!isOpen(request.method, path)) {
      return deny(
        reply,
        401,
        'unauthorized',
        'sign in first: POST /api/session, or send Authorization: Bearer',
      );
    }
    if (!WRITES.has(request.method) || !actor) return;
    const c = request.credential;
    if (c?.via === 'cookie' && request.headers[CSRF_HEADER] !== c.csrf) {
      return deny(reply, 403, 'csrf', `send the session's CSRF token in the ${CSRF_HEADER} header`);
    }
    const wait = await writes.take(actor.kind === 'owner' ? 'owner' : `user:${actor.id}`);
    if (wait) {
      reply.header('retry-after', String(wait));
      return deny(reply, 429, 'rate_limited', `too many writes: try again in ${wait} s`);
    }
  });
}

export function deny(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}
