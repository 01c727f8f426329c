// Who is acting, as the policies see it: the local CLI owner (a single-user install,
// trusted with everything) or an account with one role (core/actor.ts declares both), and
// for delegates the party they speak for.
import type { UserActor } from '../core/actor.ts';

export type { Actor, Role, UserActor } from '../core/actor.ts';

/** The party a delegate acts for; undefined for every other actor (and a delegate with no party sees nothing party-bound). Throws nothing. */
export function delegateParty(actor: UserActor): string | undefined {
  return actor.role === 'delegate' ? actor.party : undefined;
}
