// Who is acting: the local CLI owner (a single-user install, trusted with everything)
// or an account with one role, and for delegates the party they speak for.

export type Role = 'secretariat' | 'delegate' | 'analyst' | 'admin';

export type UserActor = { kind: 'user'; id: string; role: Role; party?: string };

export type Actor = { kind: 'owner' } | UserActor;

/** The party a delegate acts for; undefined for every other actor (and a delegate with no party sees nothing party-bound). Throws nothing. */
export function delegateParty(actor: UserActor): string | undefined {
  return actor.role === 'delegate' ? actor.party : undefined;
}

/** A short name for audit entries and error details ("owner", "user:ana"). Throws nothing. */
export function describeActor(actor: Actor): string {
  return actor.kind === 'owner' ? 'owner' : `user:${actor.id}`;
}
