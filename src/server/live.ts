// The live channel: every committed change goes to every open WebSocket as
// `{ type: 'change', entity, id, action, at }`. Only ids and kinds travel; clients refetch
// through the API, so the socket can never show what the API would refuse.
import type { WebSocket } from 'ws';
import type { Change } from '../app/changes.ts';
import type { Routes } from './routes/context.ts';

export type LiveMessage = { type: 'hello' } | ({ type: 'change' } & Change);

export const liveRoutes: Routes = async (app, { services }) => {
  const sockets = new Set<WebSocket>();
  const unsubscribe = services.bus.subscribe((change) => {
    const message = JSON.stringify({ type: 'change', ...change } satisfies LiveMessage);
    for (const socket of sockets) {
      if (socket.readyState === socket.OPEN) socket.send(message);
    }
  });
  app.addHook('onClose', async () => {
    unsubscribe();
  });
  app.get('/live', { websocket: true, schema: { hide: true } }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // Tells the client it is subscribed: changes committed from now on will reach it.
    socket.send(JSON.stringify({ type: 'hello' } satisfies LiveMessage));
  });
};
