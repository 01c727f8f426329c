// Small questions about the acting account that several use cases share.
import type { Actor } from '../core/actor.ts';

/** The party a delegate speaks for; undefined for the owner, staff and analysts. */
export function delegatePartyOf(actor: Actor): string | undefined {
  return actor.kind === 'user' && actor.role === 'delegate' ? actor.party : undefined;
}
