// Who is acting. Every use case takes one, so that access rules live in one place; the
// local CLI owner may do everything on their own home.
export type Role = 'secretariat' | 'delegate' | 'analyst' | 'admin';

export type Actor = { kind: 'owner' } | { kind: 'user'; id: string; role: Role; party?: string };

export const owner: Actor = { kind: 'owner' };

export function describeActor(actor: Actor): string {
  return actor.kind === 'owner' ? 'owner' : `user:${actor.id}`;
}
