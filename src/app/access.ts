// The single place use cases ask before reading or writing. Each use case hands the govern
// policies the facts of what it touches (`authorize`, `can`, `visible`); a use case that
// never asks answers only the owner and staff — so a new one fails closed for delegates.
import type { Actor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { authorize as policyAuthorize, can as policyCan } from '../govern/policies.ts';
import type { ActionOf, FactsOf, ResourceKind } from '../govern/resources.ts';

export type Action = 'read' | 'write';

/** What `read`/`write` give each use case so that asking can be checked afterwards. */
export interface Asking {
  actor: Actor;
  policy: { asked: boolean };
}

/** Owner, secretariat and admins: every policy allows them, so nothing needs filtering. */
export function isPrivileged(actor: Actor): boolean {
  return actor.kind === 'owner' || actor.role === 'secretariat' || actor.role === 'admin';
}

/**
 * Who sees the same record: actors with equal scopes are answered alike by every seeing
 * rule in govern/policies.ts, which look only at the role and, for a delegate, its party
 * (only the rules on accounts look at the user's id, and no cached read shows accounts).
 * Read caches key on it, so one party's view is never served to another. Throws nothing.
 */
export function readScopeOf(actor: Actor): string {
  if (isPrivileged(actor)) return 'staff';
  const user = actor as Extract<Actor, { kind: 'user' }>;
  return user.role === 'delegate' ? `delegate:${JSON.stringify(user.party ?? null)}` : user.role;
}

/** Throws `not_found` (may not see it) or `forbidden` (may see, not do) unless allowed. */
export function authorize<K extends ResourceKind>(ctx: Asking, action: ActionOf<K>, facts: FactsOf[K]): void {
  ctx.policy.asked = true;
  policyAuthorize(ctx.actor, action, facts);
}

/** True when allowed. Throws nothing. */
export function can<K extends ResourceKind>(ctx: Asking, action: ActionOf<K>, facts: FactsOf[K]): boolean {
  ctx.policy.asked = true;
  return policyCan(ctx.actor, action, facts);
}

/** The items the actor may `read` (or another seeing action): listings filter, never refuse. */
export function visible<T, K extends ResourceKind>(
  ctx: Asking,
  items: readonly T[],
  factsOf: (item: T) => FactsOf[K],
  action = 'read' as ActionOf<K>,
): T[] {
  ctx.policy.asked = true;
  return items.filter((item) => policyCan(ctx.actor, action, factsOf(item)));
}

/**
 * A test of whether an actor may do `action` to a resource whose facts were loaded once,
 * for adapters that judge one resource for many actors (the live channel). Throws nothing.
 */
export function permits<K extends ResourceKind>(
  action: ActionOf<K>,
  facts: FactsOf[K],
): (actor: Actor) => boolean {
  return (actor) => policyCan(actor, action, facts);
}

/** Throws `forbidden` when a use case ran for an account below staff without asking the policies. */
export function requireAsked(ctx: Asking, action: Action, resource: string): void {
  if (isPrivileged(ctx.actor) || ctx.policy.asked) return;
  const actor = ctx.actor as Extract<Actor, { kind: 'user' }>;
  throw new ParleyError(
    'forbidden',
    `${actor.id} (${actor.role}) may not ${action} ${resource} here; ask the secretariat`,
    { action, resource },
  );
}
