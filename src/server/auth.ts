// Who is asking: every request's session cookie or bearer token is resolved to an actor
// (`request.actor`). Open mode (no accounts yet) acts as the local owner, for this machine
// only (openModeGuard.ts); afterwards a request without a valid credential is 401. Cookie
// writes must echo the CSRF token, and no write may be a request a plain page can send.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../app/context.ts';
import { type CredentialCache, createCredentialCache } from '../app/credentialCache.ts';
import { type OpenModeWatch, watchOpenMode } from '../app/openMode.ts';
import type { Resolved } from '../app/sessions.ts';
import { LOCAL_CLI_PATH } from '../contract/localCli.ts';
import { type Actor, owner } from '../core/actor.ts';
import { isParleyError } from '../core/errors.ts';
import { errorBody } from './errors.ts';
import { openModeRefusal } from './openModeGuard.ts';
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
export function authenticator(services: Services, openMode: OpenModeWatch, credentials: CredentialCache) {
  return async function actorOf(request: FastifyRequest): Promise<Actor | undefined> {
    const shown = presented(request);
    if (shown) {
      const now = services.clock().toISOString();
      try {
        const resolved = await credentials.resolve(shown.token, now);
        request.credential = { ...resolved, ...shown };
        return resolved.actor;
      } catch (error) {
        if (!isParleyError(error) || error.code !== 'forbidden') throw error;
      }
    }
    return (await openMode.isOpen()) ? owner : undefined;
  };
}

/** The content types a page may send anywhere without a CORS preflight (and none at all). */
const FORM_TYPES = new Set(['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * True when a browser could send this write from any page without asking the server
 * first (a "simple" request: a form post, or a fetch without custom headers). A JSON (or
 * any other non-form) content type, the CSRF header and a bearer token each force a CORS
 * preflight, which this server never grants, so a request carrying one came from a client
 * of our own.
 */
export function isSimpleWrite(request: FastifyRequest): boolean {
  if (!WRITES.has(request.method)) return false;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.has(type)) return false;
  if (request.headers[CSRF_HEADER] !== undefined) return false;
  return !/^Bearer\s/i.test(request.headers.authorization ?? '');
}

/** `writesPerMinute`: per actor, across every server on the database (writeLimit.ts). */
export function registerAuth(app: FastifyInstance, services: Services, writesPerMinute?: number): void {
  const openMode = watchOpenMode(services);
  const credentials = createCredentialCache(services);
  app.addHook('onClose', async () => {
    openMode.close();
    credentials.close();
  });
  const actorOf = authenticator(services, openMode, credentials);
  const writes = writeLimit(services, writesPerMinute);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('credential', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Unknown routes stay the plain 404 they are (nothing there to protect).
    if (!request.is404 && isSimpleWrite(request)) {
      return deny(
        reply,
        403,
        'csrf',
        `a ${request.method} must send Content-Type: application/json or the ${CSRF_HEADER} header, ` +
          'so that no page on another site can send it',
      );
    }
    // Signing in needs no credential, and a stale cookie must not stand in its way. The
    // local CLI route checks its own secret (routes/localCli.ts).
    if (request.method === 'POST' && (path === '/api/session' || path === LOCAL_CLI_PATH)) return;
    // Liveness needs no actor, and must not queue behind a long write for PGlite's one connection.
    if (request.method === 'GET' && path === '/api/health') return;
    const actor = await actorOf(request);
    if (actor?.kind === 'owner' && !request.credential) {
      const refusal = openModeRefusal(request);
      if (refusal) {
        return deny(
          reply,
          403,
          'open_mode',
          `this server has no accounts yet (open mode), so ${refusal}: open it at ` +
            'http://127.0.0.1 or http://localhost with its port, or add an account (parley user add)',
        );
      }
    }
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
