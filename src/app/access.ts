// The single place use cases ask before reading or writing. Until accounts exist the
// only actor is the local owner, who may do everything in their own home.
import type { Actor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';

export type Action = 'read' | 'write';

/** Throws `forbidden` unless the actor may perform the action on the resource kind. */
export function authorize(actor: Actor, action: Action, resource: string): void {
  if (actor.kind === 'owner') return;
  throw new ParleyError('forbidden', `${actor.id} may not ${action} ${resource}`, { action, resource });
}
