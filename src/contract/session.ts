// Who is asking and what they may do: signing in and out (a cookie session), the session's
// answer with the caller's abilities as the policies compute them, liveness, and the
// negotiation's header — the first things a client asks.
import { z } from 'zod';
import { Role } from '../core/actor.ts';
import { Name, PASSWORD_MAX } from '../core/limits.ts';
import { declareRead, declareWrite } from './declare.ts';

/** Who the caller is: an account's role, or the owner of a home in open mode (no accounts yet). */
export const SessionRole = z.enum(['owner', ...Role.options]);
export type SessionRole = z.infer<typeof SessionRole>;

/**
 * What the caller may do, decided by the policies (govern/policies.ts), so that screens
 * offer only what can succeed; the API still decides every request.
 */
export const Abilities = z.object({
  /** Staff work: import drafts, add events, ingest and review evidence, circulate, trace, plan signing. */
  manage: z.boolean(),
  /** The parties it may record stances for, on the provisions that party holds. */
  stancesFor: z.string().array(),
  /** The parties it may register keys for and sign as, on a draft that party holds in full. */
  signFor: z.string().array(),
  /** The parties it may propose amendments for, and withdraw them for (the secretariat proposes, never withdraws). */
  amendFor: z.string().array(),
  withdrawFor: z.string().array(),
  /** The parties whose amendments it may share with more parties after proposing them. */
  shareFor: z.string().array(),
});
export type Abilities = z.infer<typeof Abilities>;

export const SessionInfo = z.object({
  user: z.string(),
  role: SessionRole,
  party: z.string().optional(),
  /** Acting with a token someone else minted: who ("admin:sam", "owner"). */
  mintedBy: z.string().optional(),
  /** A cookie session's token to echo in the `x-csrf-token` header on writes. */
  csrf: z.string().optional(),
  expiresAt: z.string().optional(),
  abilities: Abilities,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const Health = z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) });

/** The negotiation's header. */
export const Negotiation = z.object({
  title: z.string(),
  description: z.string().optional(),
  createdAt: z.string(),
});
export type Negotiation = z.infer<typeof Negotiation>;

export const SignIn = z.object({
  user: Name,
  password: z.string().min(1, 'enter the password').max(PASSWORD_MAX, `at most ${PASSWORD_MAX} characters`),
});

export const session = {
  show: declareRead({
    name: 'session.show',
    summary: 'Who is signed in (the owner in open mode) and what they may do; 401 when nobody',
    resource: 'user',
    action: 'read',
    input: z.object({}),
    output: SessionInfo,
    // The parties a caller may act for change with the roster.
    staleAfter: ['party', 'negotiation', 'bundle', 'user'],
    http: { method: 'GET', path: '/session', handWritten: true },
  }),
  signIn: declareWrite({
    name: 'session.signIn',
    summary: 'Sign in: sets the session cookie and returns the CSRF token for writes',
    description:
      '401 `unauthorized` for a wrong user or password (the same answer, after the same work, ' +
      'whether or not the user exists). Failures are counted per user name and per address: ' +
      'past a few, 429 `rate_limited` with `retry-after` says how long to wait (doubling, at most ' +
      'a minute per name and 15 minutes per address); nothing is ever locked.',
    // Open to anyone: the password is the check.
    resource: 'user',
    action: 'update',
    input: SignIn,
    output: SessionInfo,
    emits: ['user'],
    http: { method: 'POST', path: '/session', handWritten: true },
  }),
  signOut: declareWrite({
    name: 'session.signOut',
    summary: 'Sign out: ends the session (or revokes the bearer token used)',
    resource: 'user',
    action: 'update',
    input: z.object({}),
    output: z.undefined(),
    emits: ['user'],
    http: { method: 'DELETE', path: '/session', status: 204, handWritten: true },
  }),
};

export const health = {
  check: declareRead({
    name: 'health.check',
    summary: 'Is the server up, and on which database',
    description: 'Open to anyone, and never waits for the database: a load balancer asks it often.',
    resource: 'negotiation',
    action: 'read',
    input: z.object({}),
    output: Health,
    staleAfter: [],
    http: { method: 'GET', path: '/health', handWritten: true },
  }),
};
