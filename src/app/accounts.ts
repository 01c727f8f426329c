// Accounts: who may sign in, with which role and (for delegates) which party; and API
// tokens, shown once and stored only as their SHA-256.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { minterOf } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { Name, PASSWORD_MAX } from '../core/limits.ts';
import { Slug } from '../core/model.ts';
import { parseInput } from '../core/validate.ts';
import { sha256Hex } from '../govern/hash.ts';
import { hashPassword } from '../govern/passwords.ts';
import { insertAccount, insertCredential, selectAccount, selectAccounts } from '../store/repo/accounts.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { resolveParty } from './lookup.ts';

export const Role = z.enum(['secretariat', 'delegate', 'analyst', 'admin']);

export const UserInput = z.object({
  id: Slug,
  name: Name,
  role: Role,
  party: Name.optional(),
  password: z
    .string()
    .min(10, 'a password needs at least 10 characters')
    .max(PASSWORD_MAX, `at most ${PASSWORD_MAX} characters`),
});
export type UserInput = z.input<typeof UserInput>;

export interface User {
  id: string;
  name: string;
  role: z.infer<typeof Role>;
  party?: string;
  createdAt: string;
}

/**
 * Adds an account. A delegate needs a party (and only a delegate has one); nobody grants
 * a role above their own, so only an admin (or the owner) adds an admin. Throws
 * `invalid_input`, `duplicate`, `not_found` (party), `forbidden` (a role above the actor's).
 */
export async function addUser(ctx: WriteContext, input: unknown): Promise<User> {
  const u = parseInput(UserInput, input, 'user');
  authorize(ctx, 'create', { kind: 'user', id: u.id, role: u.role });
  if (u.role === 'delegate' && !u.party) {
    throw new ParleyError('invalid_input', `user '${u.id}': a delegate speaks for a party; pass --party`, {
      id: u.id,
    });
  }
  if (u.role !== 'delegate' && u.party) {
    throw new ParleyError(
      'invalid_input',
      `user '${u.id}': only delegates have a party; drop --party or use --role delegate`,
      {
        id: u.id,
      },
    );
  }
  const party = u.party ? (await resolveParty(ctx.q, u.party)).id : undefined;
  if (await selectAccount(ctx.q, u.id)) {
    throw new ParleyError('duplicate', `user '${u.id}' already exists; choose another id`, { id: u.id });
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
}

/** The accounts the actor may see (staff: all; anyone else: themselves). */
export async function listUsers(ctx: ReadContext): Promise<User[]> {
  const rows = await selectAccounts(ctx.q);
  const users = rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role as User['role'],
    ...(r.partyId ? { party: r.partyId } : {}),
    createdAt: r.createdAt,
  }));
  return visible(ctx, users, (u) => ({ kind: 'user', id: u.id }));
}

/**
 * Creates an API token for a user and returns it: the only time it is shown. Only the
 * account itself or an admin (or the owner) may; a token minted for someone else records
 * its minter, so every act done with it is audited as "admin:X for user:Y". Throws
 * `not_found` (user), `forbidden`, `invalid_input`.
 */
export async function addToken(
  ctx: WriteContext,
  input: { user: string; label?: string },
): Promise<{ token: string; user: string; label?: string; mintedBy?: string }> {
  const user = await selectAccount(ctx.q, input.user);
  authorize(ctx, 'update', { kind: 'user', id: input.user });
  if (!user)
    throw new ParleyError('not_found', `unknown user '${input.user}': run \`parley user list\``, {
      id: input.user,
    });
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
}
