// The change bus across processes on one PostgreSQL: every write announces its changes
// with pg_notify inside its transaction (app/context.ts), and each server LISTENs on a
// connection of its own. Changes carry their audit seq, gap-free in commit order, so a
// listener that lost its connection — or sees a seq jump — reads the rows it missed from
// the audit table: every change is delivered once, in order, on every server.
import type pg from 'pg';
import type { Change, ChangeBus } from '../app/changes.ts';
import type { Store } from '../store/database.ts';
import {
  type Announcement,
  CHANGE_CHANNEL,
  parseAnnouncement,
  selectChangesSince,
  selectLastSeq,
} from '../store/repo/changes.ts';

export interface PostgresBus extends ChangeBus {
  /** Stops listening and closes the connection. */
  close(): Promise<void>;
}

export interface PostgresBusOptions {
  /** Where failures go (a lost connection is logged and retried). */
  log?: { warn(details: object, message: string): void };
  /**
   * How often the listener asks the log's head even without notifications: a connection
   * that died silently, or anything missed, is found within this time. Default 5 s.
   */
  reconcileMs?: number;
}

/** Catch-up reads in pages of this many rows. */
const PAGE = 1_000;
const RETRY_MS = [100, 250, 500, 1_000, 2_000, 5_000];

/**
 * Listens on the store's database and resolves once listening: changes committed from then
 * on reach every subscriber exactly once, in seq order. Throws when the first connection fails.
 */
export async function openPostgresBus(store: Store, options: PostgresBusOptions = {}): Promise<PostgresBus> {
  const newClient = store.dedicatedClient?.bind(store);
  if (!newClient) throw new Error('the PostgreSQL change bus needs a PostgreSQL store');
  const db = store.sideDb ?? store.db; // reads that must not wait behind writes
  const listeners = new Set<(change: Change) => void>();
  /** The last seq delivered; every change up to it has been. */
  let cursor = -1;
  /** Whether the connection is up and caught up, so `cursor` is as new as what we were told. */
  let live = false;
  /** The newest seq this process committed itself (write() hands it over after the commit). */
  let ours = -1;
  let closing = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  // One thing at a time, in arrival order: notifications, catch-ups, reconnects.
  let work: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    work = work.then(step).catch((error: unknown) => {
      options.log?.warn({ err: error }, 'change bus: a step failed; reconnecting');
      lost(client);
    });
  };

  const deliver = (change: Change) => {
    if (change.seq <= cursor) return; // heard already: a duplicate after a catch-up
    cursor = change.seq;
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        options.log?.warn({ err: error, change }, 'change bus: a subscriber failed');
      }
    }
  };
  const catchUp = async () => {
    for (;;) {
      const rows = await selectChangesSince(db, cursor, PAGE);
      for (const row of rows) deliver(row);
      if (rows.length < PAGE) return;
    }
  };
  const hear = async (announcement: Announcement) => {
    if ('first' in announcement) {
      if (announcement.last > cursor) await catchUp();
      return;
    }
    const first = announcement.changes[0];
    // A jump means a notification was lost (it cannot be reordered: writes are serialised).
    if (first && first.seq > cursor + 1) await catchUp();
    for (const change of announcement.changes) deliver(change);
  };

  const connect = async (first: boolean) => {
    const next = newClient();
    next.on('notification', (message) => {
      if (next !== client || message.channel !== CHANGE_CHANNEL) return;
      const announcement = parseAnnouncement(message.payload);
      if (announcement) enqueue(() => hear(announcement));
    });
    next.on('error', (error) => {
      options.log?.warn({ err: error }, 'change bus: connection failed');
      lost(next);
    });
    next.on('end', () => lost(next));
    client = next;
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    // Listening from here on: what committed before is the start (first connection) or
    // what we missed while away (a reconnection).
    if (first) cursor = await selectLastSeq(db);
    else await catchUp();
    live = true;
    failures = 0;
  };

  function lost(which: pg.Client | undefined) {
    if (closing || which !== client || !which) return;
    live = false;
    client = undefined;
    which.removeAllListeners('notification');
    which.on('error', () => {}); // a dead connection may still report its failure
    which.end().catch(() => {});
    const delay = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
    retry = setTimeout(() => enqueue(() => connect(false)), delay);
  }

  try {
    await connect(true);
  } catch (error) {
    closing = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
    throw error;
  }
  const reconcile = setInterval(() => {
    if (!live || !client) return;
    const listening = client;
    enqueue(async () => {
      // On the listening connection: an answer proves it alive, and a head ahead of the
      // cursor (with no notification queued before this) means something was missed.
      const result = await listening.query<{ seq: string | null }>('select max(seq) as seq from audit');
      const head = result.rows[0]?.seq;
      if (head !== null && head !== undefined && Number(head) > cursor) await catchUp();
    });
  }, options.reconcileMs ?? 5_000);
  reconcile.unref();

  return {
    publish(change) {
      // Delivered when the write's own notification comes back, in commit order with
      // everyone else's; until then the bus does not vouch for the version (heard()).
      ours = Math.max(ours, change.seq);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    heard: () => (live && cursor >= ours ? cursor : undefined),
    spansProcesses: true,
    async close() {
      closing = true;
      live = false;
      clearInterval(reconcile);
      clearTimeout(retry);
      const last = client;
      client = undefined;
      await work;
      await last?.end().catch(() => {});
    },
  };
}
