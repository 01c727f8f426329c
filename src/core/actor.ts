// Who is acting. Every use case takes one, so that access rules live in one place; the
// local CLI owner may do everything on their own home.
import { z } from 'zod';

/** An account's role, declared once: the policies, the contract and the web all read it. */
export const Role = z.enum(['secretariat', 'delegate', 'analyst', 'admin']);
export type Role = z.infer<typeof Role>;

/**
 * `mintedBy` is set when the actor acts with a token someone else minted for the account
 * ("admin:sam", "owner"): what it does is recorded as theirs for this account.
 */
export type UserActor = { kind: 'user'; id: string; role: Role; party?: string; mintedBy?: string };

export type Actor = { kind: 'owner' } | UserActor;

export const owner: Actor = { kind: 'owner' };

/**
 * Who did it, for audit entries and wherever an actor is shown: "owner", "user:ana", or
 * "admin:sam for user:ana" when ana's token was minted by an admin. Throws nothing.
 */
export function describeActor(actor: Actor): string {
  if (actor.kind === 'owner') return 'owner';
  return actor.mintedBy ? `${actor.mintedBy} for user:${actor.id}` : `user:${actor.id}`;
}

/**
 * Who a token minted by `actor` for `account` is recorded as minted by: null when an
 * account mints its own (unless it acts with a token minted for it, whose minter carries
 * over), else the minter ("owner", "admin:sam", or a chain such a token adds). Throws nothing.
 */
export function minterOf(actor: Actor, account: string): string | null {
  if (actor.kind === 'owner') return 'owner';
  if (actor.id === account) return actor.mintedBy ?? null;
  const self = `${actor.role}:${actor.id}`;
  return actor.mintedBy ? `${actor.mintedBy} for ${self}` : self;
}
