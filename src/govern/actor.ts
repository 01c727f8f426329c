// Who is acting: the local CLI owner (a single-user install, trusted with everything)
// or an account with one role, and for delegates the party they speak for.

export type Role = 'secretariat' | 'delegate' | 'analyst' | 'admin';

/** `mintedBy`: who minted the token the actor acts with, when not the account itself. */
export type UserActor = { kind: 'user'; id: string; role: Role; party?: string; mintedBy?: string };

export type Actor = { kind: 'owner' } | UserActor;

/** The party a delegate acts for; undefined for every other actor (and a delegate with no party sees nothing party-bound). Throws nothing. */
export function delegateParty(actor: UserActor): string | undefined {
  return actor.role === 'delegate' ? actor.party : undefined;
}

/** A short name for audit entries and error details ("owner", "user:ana", "admin:sam for user:ana"). Throws nothing. */
export function describeActor(actor: Actor): string {
  if (actor.kind === 'owner') return 'owner';
  return actor.mintedBy ? `${actor.mintedBy} for user:${actor.id}` : `user:${actor.id}`;
}
