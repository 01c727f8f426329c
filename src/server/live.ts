// The live channel: each committed change goes to the open WebSockets whose actor may
// read what it names, as `{ type: 'change', cursor, entity, id, action, at }`. Only ids and
// kinds travel; clients refetch through the API, so the socket never shows what the API
// would refuse. The upgrade is authenticated like any API request (auth.ts's onRequest hook).
// A client that reconnects — to this server or any other on the same database — sends the
// last cursor it saw (`?since=`) and is first sent what it missed, filtered the same way.
// Cursors are sealed seqs (liveCursor.ts), so nobody counts the changes they were not sent.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { isPrivileged } from '../app/access.ts';
import type { Change } from '../app/changes.ts';
import { read } from '../app/context.ts';
import { resolveCredential } from '../app/sessions.ts';
import { type Audience, audienceOf } from '../app/visibility.ts';
import { LIVE_PATH, type LiveMessage, LiveQuery } from '../contract/live.ts';
import { type Actor, owner } from '../core/actor.ts';
import { deny } from './auth.ts';
import { recentChanges } from './liveCatchUp.ts';
import { cursorSeal } from './liveCursor.ts';
import { actorOf, type Routes } from './routes/context.ts';

/** Audience verdicts kept for catch-ups: a failover replays the same changes to many clients. */
const JUDGED = 4_096;

/** How often silent clients are probed; one missed pong and they are dropped. */
const HEARTBEAT_MS = 30_000;

interface Subscriber {
  alive: boolean;
  actor: Actor;
  /** Owner and staff may read everything: they are sent each change without a query. */
  privileged: boolean;
  /** The session or token the socket opened with; none in open mode. */
  token?: string;
  expiresAt?: number;
  /** The last seq this socket was sent, or told it need not be: anything at or below is skipped. */
  cursor: number;
  /** Set while catching up: changes heard meanwhile wait here, in order. */
  waiting?: Change[];
}

/** Closed for a credential that ended: the client signs in again and reconnects. */
const SIGNED_OUT = 4401;

export const liveRoutes: Routes = async (app, { services }) => {
  const sockets = new Map<WebSocket, Subscriber>();
  const cursors = cursorSeal(services.fingerprintSecret);
  const changeMessage = ({ seq, ...change }: Change) =>
    JSON.stringify({ type: 'change', cursor: cursors.seal(seq), ...change } satisfies LiveMessage);
  const send = (socket: WebSocket, message: string) => {
    if (socket.readyState === socket.OPEN) socket.send(message);
  };
  // Changes for filtered subscribers are judged one after another, so each socket still
  // receives them in commit order.
  let filtering: Promise<void> = Promise.resolve();
  const signOut = (socket: WebSocket) => {
    sockets.delete(socket);
    socket.close(SIGNED_OUT, 'signed out or session expired');
  };
  // A socket keeps no more rights than its credential: once that is revoked (sign-out, a
  // revoked token) or the account changed, the socket is closed. Each credential is asked
  // once however many sockets share it; `account` limits the check to that account's sockets.
  const recheck = async (account?: string) => {
    const now = services.clock().toISOString();
    const verdicts = new Map<string, Promise<Actor | undefined>>();
    for (const [socket, subscriber] of sockets) {
      const token = subscriber.token;
      if (
        !token ||
        (account !== undefined && subscriber.actor.kind === 'user' && subscriber.actor.id !== account)
      )
        continue;
      let verdict = verdicts.get(token);
      if (!verdict) {
        verdict = read(services, owner, 'session', (ctx) => resolveCredential(ctx, { token, now })).then(
          (resolved) => resolved.actor,
          () => undefined,
        );
        verdicts.set(token, verdict);
      }
      const still = await verdict;
      if (!still || JSON.stringify(still) !== JSON.stringify(subscriber.actor)) signOut(socket);
    }
  };
  // Judging and catching up read on the side pool, if any: never queued behind writes.
  const side = services.store.sideDb;
  const judging = side ? { ...services, store: { ...services.store, db: side } } : services;
  const judged = new Map<number, Promise<Audience>>();
  /** Who may hear of a change, worked out once per change for live sends and catch-ups alike. */
  const audience = (change: Change) => {
    let verdict = judged.get(change.seq);
    if (!verdict) {
      verdict = audienceOf(judging, change);
      judged.set(change.seq, verdict);
      verdict.catch(() => judged.delete(change.seq));
      if (judged.size > JUDGED) judged.delete(judged.keys().next().value as number);
    }
    return verdict;
  };
  const sendChange = (socket: WebSocket, subscriber: Subscriber, change: Change, message?: string) => {
    if (change.seq <= subscriber.cursor) return;
    subscriber.cursor = change.seq;
    send(socket, message ?? changeMessage(change));
  };
  const catchUp = recentChanges(judging);
  const unsubscribe = services.bus.subscribe((change) => {
    catchUp.heard(change);
    if (change.entity === 'user') {
      filtering = filtering
        .then(() => recheck(change.id))
        .catch((error: unknown) => {
          app.log.error({ err: error }, 'live channel could not recheck its subscribers');
        });
    }
    const message = changeMessage(change);
    const nowMs = services.clock().getTime();
    let filtered = false;
    for (const [socket, subscriber] of sockets) {
      if (subscriber.expiresAt !== undefined && subscriber.expiresAt <= nowMs) signOut(socket);
      else if (subscriber.waiting) subscriber.waiting.push(change);
      else if (subscriber.privileged) sendChange(socket, subscriber, change, message);
      else filtered = true;
    }
    if (!filtered) return;
    // Judged at once, side by side with the changes before it; sent in turn, in seq order.
    const verdict = audience(change);
    verdict.catch(() => {}); // reported below, once its turn comes
    filtering = filtering
      .then(async () => {
        const hears = await verdict;
        // After the recheck that a change to a user queued ahead of this one.
        for (const [socket, subscriber] of sockets) {
          if (!subscriber.privileged && !subscriber.waiting && hears(subscriber.actor)) {
            sendChange(socket, subscriber, change, message);
          }
        }
      })
      .catch((error: unknown) =>
        app.log.error({ err: error, change }, 'live channel could not filter a change'),
      );
  });
  /**
   * Sends what the socket missed after `since` (nothing for a new client), then `hello`,
   * then what was heard meanwhile; from then on it is sent live. Throws on a database failure.
   */
  const start = async (socket: WebSocket, subscriber: Subscriber, cursor: string | undefined) => {
    const mayHear = async (change: Change) =>
      subscriber.privileged || (await audience(change))(subscriber.actor);
    const since = cursor === undefined ? undefined : cursors.open(cursor);
    if (cursor === undefined) subscriber.cursor = await catchUp.head();
    else if (since === undefined) {
      // Not ours (forged, or sealed under another fingerprint secret): start afresh.
      subscriber.cursor = await catchUp.head();
      send(socket, JSON.stringify({ type: 'resync' } satisfies LiveMessage));
    } else {
      subscriber.cursor = since;
      const missed = await catchUp.missed(since);
      if ('resync' in missed) {
        subscriber.cursor = missed.head;
        send(socket, JSON.stringify({ type: 'resync' } satisfies LiveMessage));
      } else {
        for (const change of missed.changes)
          if (await mayHear(change)) sendChange(socket, subscriber, change);
        // Unsent ones are past too: the next catch-up need not judge them again.
        subscriber.cursor = Math.max(subscriber.cursor, missed.changes.at(-1)?.seq ?? since);
      }
    }
    send(
      socket,
      JSON.stringify({ type: 'hello', cursor: cursors.seal(subscriber.cursor) } satisfies LiveMessage),
    );
    const waiting = subscriber.waiting ?? [];
    for (let change = waiting.shift(); change; change = waiting.shift()) {
      if (change.seq > subscriber.cursor && (await mayHear(change))) sendChange(socket, subscriber, change);
    }
    delete subscriber.waiting;
  };
  // A client that vanished without closing (sleep, lost network) would otherwise be sent
  // to forever.
  const heartbeat = setInterval(() => {
    for (const [socket, state] of sockets) {
      if (!state.alive) socket.terminate();
      state.alive = false;
      socket.ping();
    }
    // Off the delivery queue: this catches expiries, not a change that must precede others.
    recheck().catch((error: unknown) => {
      app.log.error({ err: error }, 'live channel could not recheck its subscribers');
    });
  }, HEARTBEAT_MS).unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
  // A page on another site must not ride the session cookie into the channel (browsers
  // send cookies with cross-site WebSocket handshakes); bearer tokens are not sent by pages.
  const sameOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (request.credential?.via !== 'cookie' || !origin) return;
    if (hostOf(origin) !== request.headers.host) {
      return deny(reply, 403, 'forbidden', 'the live channel accepts session cookies from this site only');
    }
  };
  app.get(
    LIVE_PATH,
    { websocket: true, schema: { hide: true, querystring: LiveQuery }, preHandler: sameOrigin },
    (socket, request) => {
      const actor = actorOf(request);
      const credential = request.credential;
      const state: Subscriber = {
        alive: true,
        actor,
        privileged: isPrivileged(actor),
        ...(credential ? { token: credential.token } : {}),
        ...(credential?.expiresAt ? { expiresAt: Date.parse(credential.expiresAt) } : {}),
        cursor: Number.MAX_SAFE_INTEGER, // nothing is sent before start() says from where
        waiting: [],
      };
      sockets.set(socket, state);
      socket.on('pong', () => {
        state.alive = true;
      });
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', (error) => {
        request.log.warn({ err: error }, 'live channel socket error');
        sockets.delete(socket);
      });
      start(socket, state, request.query.since).catch((error: unknown) => {
        request.log.error({ err: error }, 'live channel could not catch a client up');
        sockets.delete(socket);
        socket.close(1011, 'could not catch up: reconnect');
      });
    },
  );
};

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
