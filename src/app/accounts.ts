// Accounts: who may sign in, with which role and (for delegates) which party; and API
// tokens, shown once and stored only as their SHA-256.
import { randomBytes } from 'node:crypto';
import { accounts, type User } from '../contract/accounts.ts';
import { minterOf } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { sha256Hex } from '../govern/hash.ts';
import { hashPassword } from '../govern/passwords.ts';
import { insertAccount, insertCredential, selectAccount, selectAccounts } from '../store/repo/accounts.ts';
import { authorize, visible } from './access.ts';
import { resolveParty } from './lookup.ts';
import { implement } from './useCase.ts';

/**
 * Adds an account. A delegate needs a party (and only a delegate has one); nobody grants
 * a role above their own, so only an admin (or the owner) adds an admin. Throws
 * `invalid_input` (details.field names the field at fault), `duplicate`, `not_found`
 * (party), `forbidden` (a role above the actor's).
 */
export const addUser = implement(accounts.add, async (ctx, u) => {
  authorize(ctx, 'create', { kind: 'user', id: u.id, role: u.role });
  if (u.role === 'delegate' && !u.party) {
    throw new ParleyError('invalid_input', `user '${u.id}': a delegate speaks for a party; name it`, {
      id: u.id,
      field: 'party',
      fields: [{ field: 'party', message: 'a delegate speaks for a party; name it' }],
    });
  }
  if (u.role !== 'delegate' && u.party) {
    const message = `only delegates have a party; leave it out or make the account a delegate`;
    throw new ParleyError('invalid_input', `user '${u.id}': ${message}`, {
      id: u.id,
      field: 'party',
      fields: [{ field: 'party', message }],
    });
  }
  const party = u.party ? (await resolveParty(ctx.q, u.party)).id : undefined;
  if (await selectAccount(ctx.q, u.id)) {
    throw new ParleyError('duplicate', `user '${u.id}' already exists; choose another id`, {
      id: u.id,
      field: 'id',
    });
  }
  const user: User = {
    id: u.id,
    name: u.name,
    role: u.role,
    ...(party ? { party } : {}),
    createdAt: ctx.now,
  };
  await insertAccount(ctx.q, {
    id: u.id,
    name: u.name,
    role: u.role,
    partyId: party ?? null,
    passwordHash: hashPassword(u.password, randomBytes(16)),
    createdAt: ctx.now,
  });
  // The password hash never enters the audit log.
  await ctx.record('add', 'user', u.id, user);
  return user;
});

/** The accounts the actor may see (staff: all; anyone else: themselves). Throws nothing. */
export const listUsers = implement(accounts.list, async (ctx) => {
  const rows = await selectAccounts(ctx.q);
  const users = rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role as User['role'],
    ...(r.partyId ? { party: r.partyId } : {}),
    createdAt: r.createdAt,
  }));
  return visible(ctx, users, (u) => ({ kind: 'user', id: u.id }));
});

/**
 * Creates an API token for a user and returns it: the only time it is shown. Only the
 * account itself or an admin (or the owner) may; a token minted for someone else records
 * its minter, so every act done with it is audited as "admin:X for user:Y". Throws
 * `not_found` (user), `forbidden`, `invalid_input`.
 */
export const addToken = implement(accounts.mintToken, async (ctx, input) => {
  const user = await selectAccount(ctx.q, input.user);
  authorize(ctx, 'update', { kind: 'user', id: input.user });
  if (!user)
    throw new ParleyError('not_found', `unknown user '${input.user}'`, { id: input.user, field: 'user' });
  const token = `pat_${randomBytes(32).toString('base64url')}`;
  const hash = sha256Hex(token);
  const mintedBy = minterOf(ctx.actor, user.id);
  await insertCredential(ctx.q, {
    hash,
    kind: 'token',
    accountId: user.id,
    label: input.label ?? null,
    createdAt: ctx.now,
    mintedBy,
  });
  await ctx.record('add', 'token', hash.slice(0, 16), {
    user: user.id,
    label: input.label ?? null,
    mintedBy,
  });
  return {
    token,
    user: user.id,
    ...(input.label ? { label: input.label } : {}),
    ...(mintedBy ? { mintedBy } : {}),
  };
});
