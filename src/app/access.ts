// The single place use cases ask before reading or writing. `gate` is the coarse check
// at the door of `read`/`write`; the use cases then ask the govern policies with each
// resource's facts (see the `may*` helpers), so hidden things are filtered, not refused.
import type { Actor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';

export type Action = 'read' | 'write';

/**
 * Resource kinds whose use cases filter or authorize each item themselves: only these
 * are open to accounts below the secretariat. Anything else stays staff-only until its
 * use cases ask the policies.
 */
const GOVERNED: Record<Action, ReadonlySet<string>> = {
  read: new Set<string>(),
  write: new Set<string>(),
};

/** Throws `forbidden` unless the actor may run use cases of this kind at all. */
export function gate(actor: Actor, action: Action, resource: string): void {
  if (actor.kind === 'owner' || actor.role === 'secretariat' || actor.role === 'admin') return;
  if (GOVERNED[action].has(resource)) return;
  throw new ParleyError(
    'forbidden',
    `${actor.id} (${actor.role}) may not ${action} ${resource}; ask the secretariat`,
    {
      action,
      resource,
    },
  );
}
