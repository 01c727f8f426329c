// Signing in and resolving a credential to an actor — what the HTTP adapter needs for
// session cookies and bearer tokens. Failed sign-ins are throttled per user name and per
// address (govern/signInThrottle.ts), in the database so that every server sees them.
import { randomBytes } from 'node:crypto';
import { session as declared } from '../contract/session.ts';
import type { Actor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { sha256Hex } from '../govern/hash.ts';
import { hashPassword, verifyPassword } from '../govern/passwords.ts';
import {
  ADDRESS_POLICY,
  afterFailure,
  type ThrottlePolicy,
  USER_POLICY,
  waitLeft,
} from '../govern/signInThrottle.ts';
import {
  deleteCredential,
  insertCredential,
  selectAccount,
  selectCredential,
} from '../store/repo/accounts.ts';
import {
  deleteStaleThrottles,
  deleteThrottles,
  saveThrottle,
  selectThrottles,
} from '../store/repo/signInThrottle.ts';
import { abilitiesOf } from './abilities.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { implement } from './useCase.ts';

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
  | { ok: false; reason: 'bad_credentials' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

// Compared against when the user does not exist, so timing does not tell ids apart.
const DECOY = hashPassword('decoy password', Buffer.alloc(16));

/** The throttle keys a sign-in counts against: its user name, and its address when known. */
function throttleKeys(input: { user: string; address?: string | undefined }) {
  const keys: { key: string; policy: ThrottlePolicy }[] = [
    { key: `user:${input.user}`, policy: USER_POLICY },
  ];
  if (input.address) keys.push({ key: `address:${input.address}`, policy: ADDRESS_POLICY });
  return keys;
}

/**
 * Checks a password and opens a session. Returns the outcome rather than throwing so that a
 * failure's count is committed (the HTTP adapter answers 401 or 429). A name
 * that does not exist takes the same path as a wrong password — the same scrypt work, the
 * same throttle rows written, the same answer — so neither answers nor timing tell which
 * accounts exist. While a key waits, no password is checked at all.
 */
export async function attemptLogin(
  ctx: WriteContext,
  input: { user: string; password: string; address?: string | undefined },
): Promise<LoginOutcome> {
  ctx.policy.asked = true; // signing in is open to anyone; the password is the check
  const nowMs = Date.parse(ctx.now);
  const keys = throttleKeys(input);
  const states = await selectThrottles(
    ctx.q,
    keys.map((k) => k.key),
  );
  const wait = Math.max(...keys.map((k) => waitLeft(states.get(k.key), nowMs)));
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterS: Math.ceil(wait / 1000) };
  const account = await selectAccount(ctx.q, input.user);
  const matches = verifyPassword(input.password, account?.passwordHash ?? DECOY);
  if (!account || !matches) {
    for (const { key, policy } of keys)
      await saveThrottle(ctx.q, key, afterFailure(states.get(key), nowMs, policy));
    await deleteStaleThrottles(ctx.q, new Date(nowMs - ADDRESS_POLICY.forgetAfterMs).toISOString());
    return { ok: false, reason: 'bad_credentials' };
  }
  // The account's owner proved the password: its name starts afresh (the address does not,
  // or one valid account would let an address reset its count between guesses at others).
  await deleteThrottles(ctx.q, [keys[0]!.key]);
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(nowMs + SESSION_MS).toISOString();
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

/**
 * Who the caller is and what it may do (app/abilities.ts). The adapter adds what only the
 * credential knows (a cookie session's CSRF token and expiry). Throws nothing.
 */
export const showSession = implement(declared.show, async (ctx) => {
  const { actor } = ctx;
  const who =
    actor.kind === 'owner'
      ? { user: 'owner', role: 'owner' as const }
      : {
          user: actor.id,
          role: actor.role,
          ...(actor.party ? { party: actor.party } : {}),
          ...(actor.mintedBy ? { mintedBy: actor.mintedBy } : {}),
        };
  return { ...who, abilities: await abilitiesOf(ctx) };
});
