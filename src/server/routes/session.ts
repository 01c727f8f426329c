// Signing in and out: POST /api/session sets the HttpOnly `parley_session` cookie and
// returns the CSRF token to echo on writes; GET says who is signed in and what they may
// do; DELETE signs out. Hand-written, since they handle the cookie and answer before
// sign-in, but their schemas and answers are the contract's (`session.*`).
import type { FastifyRequest, FastifySchema } from 'fastify';
import { write } from '../../app/context.ts';
import { attemptLogin, logout, showSession } from '../../app/sessions.ts';
import { runUseCase } from '../../app/useCase.ts';
import type { Declaration } from '../../contract/declare.ts';
import { session } from '../../contract/session.ts';
import { type Actor, owner } from '../../core/actor.ts';
import { parseInput } from '../../core/validate.ts';
import { COOKIE, deny } from '../auth.ts';
import { routeSchema } from '../useCaseRoutes.ts';
import type { RouteOptions, Routes } from './context.ts';

function cookie(value: string, options: { secure: boolean; maxAgeS: number }): string {
  const parts = [`${COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${options.maxAgeS}`];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * A hand-written route's options from its declaration: the contract's schemas describe it
 * (OpenAPI, the answer's serialization); the body is parsed by the route, once, like the runner does.
 */
export const described = (declaration: Declaration) => ({
  schema: routeSchema(declaration) as FastifySchema,
  validatorCompiler: () => (value: unknown) => ({ value }),
});

/** The session's answer for `actor`, with what only its credential knows. */
async function answer(
  { services, reads }: RouteOptions,
  actor: Actor,
  credential: { csrf?: string | undefined; expiresAt?: string | undefined },
) {
  const info = await runUseCase(services, actor, showSession, {}, { reads });
  return {
    ...info,
    ...(credential.csrf ? { csrf: credential.csrf } : {}),
    ...(credential.expiresAt ? { expiresAt: credential.expiresAt } : {}),
  };
}

export const sessionRoutes: Routes = async (app, options) => {
  const { services } = options;
  const secure = (request: FastifyRequest) => request.protocol === 'https';

  app.post('/session', described(session.signIn), async (request, reply) => {
    const input = parseInput(session.signIn.input, request.body ?? {}, 'session');
    const outcome = await write(
      services,
      owner,
      'session',
      (ctx) => attemptLogin(ctx, { ...input, address: request.ip }),
      { emits: session.signIn.emits },
    );
    if (!outcome.ok) {
      request.log.warn({ user: input.user, address: request.ip, outcome: outcome.reason }, 'sign-in refused');
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
    const { session: opened } = outcome;
    const maxAgeS = Math.max(
      0,
      Math.floor((Date.parse(opened.expiresAt) - services.clock().getTime()) / 1000),
    );
    reply.header('set-cookie', cookie(opened.token, { secure: secure(request), maxAgeS }));
    return answer(options, opened.actor, opened);
  });

  app.get('/session', described(session.show), async (request, reply) => {
    if (!request.actor) return deny(reply, 401, 'unauthorized', 'not signed in');
    return answer(options, request.actor, request.credential ?? {});
  });

  app.delete('/session', described(session.signOut), async (request, reply) => {
    const token = request.credential?.token;
    if (token) {
      await write(services, owner, 'session', (ctx) => logout(ctx, { token }), {
        emits: session.signOut.emits,
      });
    }
    reply.header('set-cookie', cookie('', { secure: secure(request), maxAgeS: 0 }));
    return reply.code(204).send(undefined);
  });
};
