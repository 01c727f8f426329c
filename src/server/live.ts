// The live channel: each committed change goes to the open WebSockets whose actor may
// read what it names, as `{ type: 'change', entity, id, action, at }`. Only ids and kinds
// travel; clients refetch through the API, so the socket never shows what the API would
// refuse. The upgrade is authenticated like any API request (auth.ts's onRequest hook).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { isPrivileged } from '../app/access.ts';
import type { Change } from '../app/changes.ts';
import { read } from '../app/context.ts';
import { resolveCredential } from '../app/sessions.ts';
import { audienceOf } from '../app/visibility.ts';
import { type Actor, owner } from '../core/actor.ts';
import { deny } from './auth.ts';
import { actorOf, type Routes } from './routes/context.ts';

export type LiveMessage = { type: 'hello' } | ({ type: 'change' } & Change);

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
}

/** Closed for a credential that ended: the client signs in again and reconnects. */
const SIGNED_OUT = 4401;

export const liveRoutes: Routes = async (app, { services }) => {
  const sockets = new Map<WebSocket, Subscriber>();
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
  // revoked token) or the account changed, the socket is closed.
  const recheck = async () => {
    const now = services.clock().toISOString();
    for (const [socket, subscriber] of sockets) {
      const token = subscriber.token;
      if (!token) continue;
      const still = await read(services, owner, 'session', (ctx) =>
        resolveCredential(ctx, { token, now }),
      ).then(
        (resolved) => resolved.actor,
        () => undefined,
      );
      if (!still || JSON.stringify(still) !== JSON.stringify(subscriber.actor)) signOut(socket);
    }
  };
  const unsubscribe = services.bus.subscribe((change) => {
    if (change.entity === 'user') {
      filtering = filtering.then(recheck).catch((error: unknown) => {
        app.log.error({ err: error }, 'live channel could not recheck its subscribers');
      });
    }
    const message = JSON.stringify({ type: 'change', ...change } satisfies LiveMessage);
    const nowMs = services.clock().getTime();
    let filtered = false;
    for (const [socket, subscriber] of sockets) {
      if (subscriber.expiresAt !== undefined && subscriber.expiresAt <= nowMs) signOut(socket);
      else if (subscriber.privileged) send(socket, message);
      else filtered = true;
    }
    if (!filtered) return;
    filtering = filtering
      .then(async () => {
        const hears = await audienceOf(services, change);
        // After the recheck that a change to a user queued ahead of this one.
        for (const [socket, subscriber] of sockets) {
          if (!subscriber.privileged && hears(subscriber.actor)) send(socket, message);
        }
      })
      .catch((error: unknown) =>
        app.log.error({ err: error, change }, 'live channel could not filter a change'),
      );
  });
  // A client that vanished without closing (sleep, lost network) would otherwise be sent
  // to forever.
  const heartbeat = setInterval(() => {
    for (const [socket, state] of sockets) {
      if (!state.alive) socket.terminate();
      state.alive = false;
      socket.ping();
    }
    filtering = filtering.then(recheck).catch((error: unknown) => {
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
  app.get('/live', { websocket: true, schema: { hide: true }, preHandler: sameOrigin }, (socket, request) => {
    const actor = actorOf(request);
    const credential = request.credential;
    const state: Subscriber = {
      alive: true,
      actor,
      privileged: isPrivileged(actor),
      ...(credential ? { token: credential.token } : {}),
      ...(credential?.expiresAt ? { expiresAt: Date.parse(credential.expiresAt) } : {}),
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
    // Tells the client it is subscribed: changes committed from now on will reach it.
    socket.send(JSON.stringify({ type: 'hello' } satisfies LiveMessage));
  });
};

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
