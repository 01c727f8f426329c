// Signing in and out: POST /api/session sets the HttpOnly `parley_session` cookie and
// returns the CSRF token to echo on writes; GET says who is signed in; DELETE signs out.
import { z } from 'zod';
import { write } from '../../app/context.ts';
import { attemptLogin, logout } from '../../app/sessions.ts';
import { type Actor, owner } from '../../core/actor.ts';
import { Name, PASSWORD_MAX } from '../../core/limits.ts';
import { COOKIE, deny } from '../auth.ts';
import { errorResponses } from '../errors.ts';
import type { Routes } from './context.ts';

const SignIn = z.object({ user: Name, password: z.string().min(1).max(PASSWORD_MAX) });
const SessionInfo = z.object({
  user: z.string(),
  role: z.string(),
  party: z.string().optional(),
  /** Acting with a token someone else minted: who ("admin:sam", "owner"). */
  mintedBy: z.string().optional(),
  csrf: z.string().optional(),
  expiresAt: z.string().optional(),
});

function describe(actor: Actor, extra: { csrf?: string | undefined; expiresAt?: string | undefined }) {
  const who =
    actor.kind === 'owner'
      ? { user: 'owner', role: 'owner' }
      : {
          user: actor.id,
          role: actor.role,
          ...(actor.party ? { party: actor.party } : {}),
          ...(actor.mintedBy ? { mintedBy: actor.mintedBy } : {}),
        };
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
  app.post(
    '/session',
    {
      schema: {
        summary: 'Sign in: sets the session cookie and returns the CSRF token for writes',
        description:
          '401 `unauthorized` for a wrong user or password (the same answer, after the same work, ' +
          'whether or not the user exists). Failures are counted per user name and per address: ' +
          'past a few, 429 `rate_limited` with `retry-after` says how long to wait (doubling, at most ' +
          'a minute per name and 15 minutes per address); nothing is ever locked.',
        body: SignIn,
        response: { 200: SessionInfo, ...errorResponses },
      },
    },
    async (request, reply) => {
      const outcome = await write(services, owner, 'session', (ctx) =>
        attemptLogin(ctx, { ...request.body, address: request.ip }),
      );
      if (!outcome.ok) {
        request.log.warn(
          { user: request.body.user, address: request.ip, outcome: outcome.reason },
          'sign-in refused',
        );
        if (outcome.reason === 'throttled') {
          reply.header('retry-after', String(outcome.retryAfterS));
          return deny(
            reply,
            429,
            'rate_limited',
            `too many failed sign-ins: try again in ${outcome.retryAfterS} s`,
          );
        }
        return deny(reply, 401, 'unauthorized', 'wrong user or password');
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
