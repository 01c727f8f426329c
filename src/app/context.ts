// The one shape every use case runs in: `(ctx, input)`. A write runs in one transaction,
// appends a hash-chained audit entry per change plus one signed checkpoint in that
// transaction, and publishes its changes only after the commit.
import { createHash, randomUUID } from 'node:crypto';
import type { ChangeEntity } from '../contract/changes.ts';
import { type Actor, describeActor } from '../core/actor.ts';
import { type KeyPair, keyPairFromSeed } from '../govern/keys.ts';
import type { Queryable, Store } from '../store/database.ts';
import { notifyChanges } from '../store/repo/changes.ts';
import { requireAsked } from './access.ts';
import { type ChainTrust, openAppender, staleRowConflict } from './auditTrail.ts';
import { type Change, type ChangeBus, createMemoryBus } from './changes.ts';
import { createWriteGate, type WriteGate } from './writeGate.ts';

export interface Services {
  store: Store;
  clock: () => Date;
  newId: () => string;
  bus: ChangeBus;
  /** Signs the audit checkpoints; its seed lives outside the database (see store/secrets.ts). */
  auditKey: KeyPair;
  /** Keys the wording variants of circulated copies; outside the database like the seed. */
  fingerprintSecret: string;
  /** Whether this process has verified the whole audit log yet (its first write does). */
  chain: ChainTrust;
  /** How many of this process's writes may be in the database at once (writeGate.ts). */
  writes: WriteGate;
}

export interface ServiceOptions extends Partial<Omit<Services, 'store' | 'auditKey' | 'chain' | 'writes'>> {
  /** 32 bytes; defaults to a fixed, public seed that is only fit for tests. */
  auditSeed?: Uint8Array;
}

/** The home's keys a use case may need; never an input, so no adapter passes them around. */
export interface Keys {
  /** Keys the wording variants of circulated copies; secret, kept outside the database. */
  fingerprintSecret: string;
  /** Verifies the audit log's signed checkpoints. */
  auditPublicKey: string;
}

export interface ReadContext {
  actor: Actor;
  q: Queryable;
  /** Set by the access helpers; a use case that never asks serves only the owner and staff. */
  policy: { asked: boolean };
  /** The use case's single notion of "now", ISO 8601. */
  now: string;
  keys: Keys;
}

export interface WriteContext extends ReadContext {
  newId: () => string;
  /** Records one change: an audit entry now, a published change after commit. */
  record(action: string, entity: ChangeEntity, id: string, data: unknown): Promise<void>;
}

export interface WriteOptions {
  /** The change kinds the use case declared (contract); recording another throws. */
  emits?: readonly ChangeEntity[];
}

const testSecret = (name: string) => createHash('sha256').update(`parley-test-only:${name}`).digest();

export function createServices(store: Store, options: ServiceOptions = {}): Services {
  return {
    store,
    clock: options.clock ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
    bus: options.bus ?? createMemoryBus(),
    auditKey: keyPairFromSeed(options.auditSeed ?? testSecret('audit')),
    fingerprintSecret: options.fingerprintSecret ?? testSecret('fingerprint').toString('hex'),
    chain: { verified: false },
    // Two: one committing, one ready behind it; PGlite has one connection and queues anyway.
    writes: createWriteGate(2),
  };
}

const keysOf = (services: Services): Keys => ({
  fingerprintSecret: services.fingerprintSecret,
  auditPublicKey: services.auditKey.publicKey,
});

/** Runs a read-only use case; the use case asks the policies (access.ts) about what it reads. */
export async function read<T>(
  services: Services,
  actor: Actor,
  resource: string,
  run: (ctx: ReadContext) => Promise<T>,
): Promise<T> {
  const ctx: ReadContext = {
    actor,
    q: services.store.db,
    policy: { asked: false },
    now: services.clock().toISOString(),
    keys: keysOf(services),
  };
  const result = await run(ctx);
  requireAsked(ctx, 'read', resource);
  return result;
}

/**
 * Runs a writing use case in one transaction; nothing is written if it throws. Its changes
 * go to this process's bus after the commit and, on PostgreSQL, to every listening process
 * by a notification issued in the transaction (changes.ts, server/postgresBus.ts).
 */
export async function write<T>(
  services: Services,
  actor: Actor,
  resource: string,
  run: (ctx: WriteContext) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const changes: Change[] = [];
  const now = services.clock().toISOString();
  const result = await services.writes.through(() =>
    services.store.db
      .transaction(async (tx) => {
        // First statement of every write: the advisory lock orders concurrent writers.
        const audit = await openAppender(tx, services.auditKey, services.chain);
        const ctx: WriteContext = {
          actor,
          q: tx,
          policy: { asked: false },
          now,
          keys: keysOf(services),
          newId: services.newId,
          async record(action, entity, id, data) {
            if (options.emits && !options.emits.includes(entity)) {
              // A use case emitting a kind it did not declare would leave clients stale: a bug.
              throw new Error(`${resource}: recorded a '${entity}' change it does not declare`);
            }
            const seq = await audit.append({
              at: now,
              actor: describeActor(actor),
              action,
              entity,
              entityId: id,
              data,
            });
            changes.push({ seq, entity, id, action, at: now });
          },
        };
        const value = await run(ctx);
        requireAsked(ctx, 'write', resource);
        await audit.finish(now);
        // Every writer on PostgreSQL announces its changes to the other processes, whatever bus
        // it runs with itself (a CLI, another server): delivered on commit, never for a rollback.
        if (services.store.kind === 'postgres') await notifyChanges(tx, changes);
        return value;
      })
      .catch((error: unknown) => {
        throw staleRowConflict(error) ?? error;
      }),
  );
  services.chain.verified = true;
  for (const change of changes) services.bus.publish(change);
  return result;
}
