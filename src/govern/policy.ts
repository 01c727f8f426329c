// The policy engine: collects `allow(resource, action, rule)` entries and answers
// can / authorize / abilities. The rules themselves live in policies.ts, in one place.
import { ParleyError } from '../core/errors.ts';
import type { Actor, UserActor } from './actor.ts';
import { ACTIONS, type ActionOf, type FactsOf, type ResourceKind, SEEING_ACTIONS } from './resources.ts';

export type Rule<K extends ResourceKind> = (actor: UserActor, resource: FactsOf[K]) => boolean;

export type Allow = <K extends ResourceKind>(
  resource: K,
  actions: ActionOf<K> | readonly ActionOf<K>[],
  rule: Rule<K>,
) => void;

type Entry<K extends ResourceKind> = { actions: ReadonlySet<string>; rule: Rule<K> };
type Book = { [K in ResourceKind]: Entry<K>[] };

export interface PolicyBook {
  /** True when the actor may do `action` to `resource`. Throws nothing. */
  can<K extends ResourceKind>(actor: Actor, action: ActionOf<K>, resource: FactsOf[K]): boolean;
  /**
   * Returns when allowed. Throws `not_found` when the actor may not even see the
   * resource (so refusals reveal nothing), `forbidden` when it may see but not do.
   */
  authorize<K extends ResourceKind>(actor: Actor, action: ActionOf<K>, resource: FactsOf[K]): void;
  /** Every action of the resource's kind with whether the actor may do it. Throws nothing. */
  abilities<K extends ResourceKind>(actor: Actor, resource: FactsOf[K]): Record<ActionOf<K>, boolean>;
}

/** Builds a policy book from `allow` declarations. Throws nothing. */
export function definePolicies(declare: (allow: Allow) => void): PolicyBook {
  const book = Object.fromEntries(Object.keys(ACTIONS).map((kind) => [kind, []])) as unknown as Book;
  declare((resource, actions, rule) => {
    const list = typeof actions === 'string' ? [actions] : actions;
    book[resource].push({ actions: new Set<string>(list), rule });
  });

  function can<K extends ResourceKind>(actor: Actor, action: ActionOf<K>, resource: FactsOf[K]): boolean {
    if (actor.kind === 'owner') return true;
    const entries: Entry<K>[] = book[resource.kind as K];
    return entries.some((entry) => entry.actions.has(action) && entry.rule(actor, resource));
  }

  function sees<K extends ResourceKind>(actor: Actor, resource: FactsOf[K]): boolean {
    const actions: readonly ActionOf<K>[] = ACTIONS[resource.kind as K];
    return actions.some((action) => SEEING_ACTIONS.has(action) && can(actor, action, resource));
  }

  return {
    can,
    authorize(actor, action, resource) {
      if (can(actor, action, resource)) return;
      const details = { kind: resource.kind, id: resource.id, action };
      // A refused create concerns something that does not exist yet: nothing to hide.
      if (action !== 'create' && !sees(actor, resource)) {
        throw new ParleyError('not_found', `unknown ${resource.kind} '${resource.id}'`, details);
      }
      throw new ParleyError(
        'forbidden',
        `you may not ${action} ${resource.kind} '${resource.id}'; ask the secretariat`,
        details,
      );
    },
    abilities(actor, resource) {
      const actions: readonly ActionOf<typeof resource.kind>[] = ACTIONS[resource.kind];
      return Object.fromEntries(actions.map((action) => [action, can(actor, action, resource)])) as Record<
        ActionOf<typeof resource.kind>,
        boolean
      >;
    },
  };
}
