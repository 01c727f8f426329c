// Signing in and resolving a credential to an actor — what the HTTP adapter needs for
// session cookies and bearer tokens. Five failed passwords lock an account for 15 minutes.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { sha256Hex } from '../govern/hash.ts';
import { hashPassword, verifyPassword } from '../govern/passwords.ts';
import {
  deleteCredential,
  insertCredential,
  selectAccount,
  selectCredential,
  updateLoginState,
} from '../store/repo/accounts.ts';
import type { ReadContext, WriteContext } from './context.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
export const SESSION_MS = 12 * 3600_000;

export interface Session {
  /** The secret for the session cookie; stored only as its SHA-256. */
  token: string;
  /** Send back in a header with every state-changing request. */
  csrf: string;
  expiresAt: string;
  actor: Actor;
}

export type LoginOutcome =
  | { ok: true; session: Session }
  | { ok: false; reason: 'bad_credentials' | 'locked'; lockedUntil?: string };

// Compared against when the user does not exist, so timing does not tell ids apart.
const DECOY = hashPassword('decoy password', Buffer.alloc(16));

/**
 * Checks a password and opens a session. Returns the outcome rather than throwing so
 * that a failure's count is committed; `login` (below) turns it into an error.
 */
export async function attemptLogin(
  ctx: WriteContext,
  input: { user: string; password: string },
): Promise<LoginOutcome> {
  ctx.policy.asked = true; // signing in is open to anyone; the password is the check
  const account = await selectAccount(ctx.q, input.user);
  if (!account) {
    verifyPassword(input.password, DECOY);
    return { ok: false, reason: 'bad_credentials' };
  }
  const now = Date.parse(ctx.now);
  if (account.lockedUntil && Date.parse(account.lockedUntil) > now) {
    return { ok: false, reason: 'locked', lockedUntil: account.lockedUntil };
  }
  if (!verifyPassword(input.password, account.passwordHash)) {
    const failed = account.failedLogins + 1;
    const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now + LOCKOUT_MS).toISOString() : null;
    await updateLoginState(ctx.q, account.id, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
    await ctx.record(lockedUntil ? 'lock' : 'login_failed', 'user', account.id, { failed });
    return lockedUntil
      ? { ok: false, reason: 'locked', lockedUntil }
      : { ok: false, reason: 'bad_credentials' };
  }
  await updateLoginState(ctx.q, account.id, { failedLogins: 0, lockedUntil: null });
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now + SESSION_MS).toISOString();
  await insertCredential(ctx.q, {
    hash: sha256Hex(token),
    kind: 'session',
    accountId: account.id,
    csrf,
    createdAt: ctx.now,
    expiresAt,
  });
  await ctx.record('login', 'user', account.id, { expiresAt });
  return { ok: true, session: { token, csrf, expiresAt, actor: actorOf(account) } };
}

/** Throws `forbidden` for a failed outcome with a message that does not reveal which part was wrong. */
export function requireSession(outcome: LoginOutcome): Session {
  if (outcome.ok) return outcome.session;
  if (outcome.reason === 'locked') {
    throw new ParleyError('forbidden', `too many failed sign-ins: try again after ${outcome.lockedUntil}`, {
      lockedUntil: outcome.lockedUntil,
    });
  }
  throw new ParleyError('forbidden', 'wrong user or password');
}

export interface Resolved {
  actor: Actor;
  kind: 'session' | 'token';
  /** For sessions: the CSRF token state-changing requests must echo. */
  csrf?: string;
  expiresAt?: string;
}

/** The actor a session or API token stands for. Throws `forbidden` for an unknown or expired one. */
export async function resolveCredential(
  ctx: ReadContext,
  input: { token: string; now: string },
): Promise<Resolved> {
  ctx.policy.asked = true;
  const credential = await selectCredential(ctx.q, sha256Hex(input.token));
  const expired = credential?.expiresAt && Date.parse(credential.expiresAt) <= Date.parse(input.now);
  const account = credential && !expired ? await selectAccount(ctx.q, credential.accountId) : undefined;
  if (!credential || !account)
    throw new ParleyError('forbidden', 'not signed in, or the session expired: sign in again');
  // A token someone else minted acts for the account, never as it.
  const actor = actorOf(account);
  return {
    actor: credential.mintedBy && actor.kind === 'user' ? { ...actor, mintedBy: credential.mintedBy } : actor,
    kind: credential.kind === 'session' ? 'session' : 'token',
    ...(credential.csrf ? { csrf: credential.csrf } : {}),
    ...(credential.expiresAt ? { expiresAt: credential.expiresAt } : {}),
  };
}

/** Ends a session or revokes a token. Throws nothing for an unknown one. */
export async function logout(ctx: WriteContext, input: { token: string }): Promise<void> {
  ctx.policy.asked = true;
  const hash = sha256Hex(input.token);
  const credential = await selectCredential(ctx.q, hash);
  if (!credential) return;
  await deleteCredential(ctx.q, hash);
  await ctx.record('logout', 'user', credential.accountId, { kind: credential.kind });
}

function actorOf(account: { id: string; role: string; partyId: string | null }): Actor {
  return {
    kind: 'user',
    id: account.id,
    role: account.role as Extract<Actor, { kind: 'user' }>['role'],
    ...(account.partyId ? { party: account.partyId } : {}),
  };
}
