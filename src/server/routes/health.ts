// Liveness: open to anyone and answered without the database, so a load balancer's probe
// never queues behind a long write on PGlite's one connection. Hand-written for that; its
// schemas are the contract's (`health.check`).
import { health } from '../../contract/session.ts';
import type { Routes } from './context.ts';
import { described } from './session.ts';

export const healthRoutes: Routes = async (app, { services }) => {
  app.get(health.check.http!.path, described(health.check), async () => ({
    ok: true as const,
    database: services.store.kind,
  }));
};
