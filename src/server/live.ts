// The live channel: every committed change goes to every open WebSocket as
// `{ type: 'change', entity, id, action, at }`. Only ids and kinds travel; clients refetch
// through the API, so the socket can never show what the API would refuse.
import type { WebSocket } from 'ws';
import type { Change } from '../app/changes.ts';
import type { Routes } from './routes/context.ts';

export type LiveMessage = { type: 'hello' } | ({ type: 'change' } & Change);

/** How often silent clients are probed; one missed pong and they are dropped. */
const HEARTBEAT_MS = 30_000;

export const liveRoutes: Routes = async (app, { services }) => {
  const sockets = new Map<WebSocket, { alive: boolean }>();
  const unsubscribe = services.bus.subscribe((change) => {
    const message = JSON.stringify({ type: 'change', ...change } satisfies LiveMessage);
    for (const socket of sockets.keys()) {
      if (socket.readyState === socket.OPEN) socket.send(message);
    }
  });
  // A client that vanished without closing (sleep, lost network) would otherwise be sent
  // to forever.
  const heartbeat = setInterval(() => {
    for (const [socket, state] of sockets) {
      if (!state.alive) socket.terminate();
      state.alive = false;
      socket.ping();
    }
  }, HEARTBEAT_MS).unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
  app.get('/live', { websocket: true, schema: { hide: true } }, (socket, request) => {
    const state = { alive: true };
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
