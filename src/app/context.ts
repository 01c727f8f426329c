// The one shape every use case runs in: `(ctx, input)`. A write runs in one transaction,
// appends an audit entry per change in that transaction, and publishes its changes only
// after the commit.
import { randomUUID } from 'node:crypto';
import { type Actor, describeActor } from '../core/actor.ts';
import type { Queryable, Store } from '../store/database.ts';
import { appendAudit } from '../store/repo/negotiation.ts';
import { authorize } from './access.ts';
import { type Change, type ChangeBus, createMemoryBus } from './changes.ts';

export interface Services {
  store: Store;
  clock: () => Date;
  newId: () => string;
  bus: ChangeBus;
}

export interface ReadContext {
  actor: Actor;
  q: Queryable;
}

export interface WriteContext extends ReadContext {
  /** The transaction's single notion of "now", ISO 8601. */
  now: string;
  newId: () => string;
  /** Records one change: an audit entry now, a published change after commit. */
  record(action: string, entity: string, id: string, data: unknown): Promise<void>;
}

export function createServices(store: Store, overrides: Partial<Omit<Services, 'store'>> = {}): Services {
  return {
    store,
    clock: overrides.clock ?? (() => new Date()),
    newId: overrides.newId ?? randomUUID,
    bus: overrides.bus ?? createMemoryBus(),
  };
}

/** Runs a read-only use case after asking the access rules. */
export async function read<T>(
  services: Services,
  actor: Actor,
  resource: string,
  run: (ctx: ReadContext) => Promise<T>,
): Promise<T> {
  authorize(actor, 'read', resource);
  return run({ actor, q: services.store.db });
}

/** Runs a writing use case in one transaction; nothing is written if it throws. */
export async function write<T>(
  services: Services,
  actor: Actor,
  resource: string,
  run: (ctx: WriteContext) => Promise<T>,
): Promise<T> {
  authorize(actor, 'write', resource);
  const changes: Change[] = [];
  const now = services.clock().toISOString();
  const result = await services.store.db.transaction(async (tx) =>
    run({
      actor,
      q: tx,
      now,
      newId: services.newId,
      async record(action, entity, id, data) {
        await appendAudit(tx, { at: now, actor: describeActor(actor), action, entity, entityId: id, data });
        changes.push({ entity, id, action, at: now });
      },
    }),
  );
  for (const change of changes) services.bus.publish(change);
  return result;
}
