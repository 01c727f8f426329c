// Signing in and out: POST /api/session sets the HttpOnly `parley_session` cookie and
// returns the CSRF token to echo on writes; GET says who is signed in; DELETE signs out.
import { z } from 'zod';
import { write } from '../../app/context.ts';
import { attemptLogin, logout } from '../../app/sessions.ts';
import { type Actor, owner } from '../../core/actor.ts';
import { Name, PASSWORD_MAX } from '../../core/limits.ts';
import { COOKIE, deny } from '../auth.ts';
import { LOGIN_PER_MINUTE, tokenBucket } from '../rateLimit.ts';
import { errorResponses } from '../schemas.ts';
import type { Routes } from './context.ts';

const SignIn = z.object({ user: Name, password: z.string().min(1).max(PASSWORD_MAX) });
const SessionInfo = z.object({
  user: z.string(),
  role: z.string(),
  party: z.string().optional(),
  csrf: z.string().optional(),
  expiresAt: z.string().optional(),
});

function describe(actor: Actor, extra: { csrf?: string | undefined; expiresAt?: string | undefined }) {
  const who =
    actor.kind === 'owner'
      ? { user: 'owner', role: 'owner' }
      : { user: actor.id, role: actor.role, ...(actor.party ? { party: actor.party } : {}) };
  return {
    ...who,
    ...(extra.csrf ? { csrf: extra.csrf } : {}),
    ...(extra.expiresAt ? { expiresAt: extra.expiresAt } : {}),
  };
}

function cookie(value: string, options: { secure: boolean; maxAgeS: number }): string {
  const parts = [`${COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${options.maxAgeS}`];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export const sessionRoutes: Routes = async (app, { services }) => {
  const logins = tokenBucket(LOGIN_PER_MINUTE, 60_000);
  app.post(
    '/session',
    {
      schema: {
        summary: 'Sign in: sets the session cookie and returns the CSRF token for writes',
        description:
          '401 `unauthorized` for a wrong user or password, 423 `locked` after repeated failures, ' +
          '429 `rate_limited` (with `retry-after`) after 10 attempts a minute from one address.',
        body: SignIn,
        response: { 200: SessionInfo, ...errorResponses },
      },
    },
    async (request, reply) => {
      const wait = logins.take(request.ip);
      if (wait) {
        reply.header('retry-after', String(wait));
        return deny(reply, 429, 'rate_limited', `too many sign-in attempts: try again in ${wait} s`);
      }
      const outcome = await write(services, owner, 'session', (ctx) => attemptLogin(ctx, request.body));
      if (!outcome.ok) {
        return outcome.reason === 'locked'
          ? deny(reply, 423, 'locked', `too many failed sign-ins: try again after ${outcome.lockedUntil}`)
          : deny(reply, 401, 'unauthorized', 'wrong user or password');
      }
      const { session } = outcome;
      const maxAgeS = Math.max(
        0,
        Math.floor((Date.parse(session.expiresAt) - services.clock().getTime()) / 1000),
      );
      reply.header('set-cookie', cookie(session.token, { secure: request.protocol === 'https', maxAgeS }));
      return describe(session.actor, session);
    },
  );
  app.get(
    '/session',
    {
      schema: {
        summary: 'Who is signed in (the owner in open mode); 401 when nobody',
        response: { 200: SessionInfo, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!request.actor) return deny(reply, 401, 'unauthorized', 'not signed in');
      return describe(request.actor, request.credential ?? {});
    },
  );
  app.delete(
    '/session',
    {
      schema: { summary: 'Sign out: ends the session (or revokes the bearer token used)' },
    },
    async (request, reply) => {
      const token = request.credential?.token;
      if (token) await write(services, owner, 'session', (ctx) => logout(ctx, { token }));
      reply.header('set-cookie', cookie('', { secure: request.protocol === 'https', maxAgeS: 0 }));
      return reply.code(204).send();
    },
  );
};
