// Liveness: the first thing a client asks (the negotiation's header is a use case,
// contract/roster.ts).
import { Health } from '../../contract/roster.ts';
import { errorResponses } from '../errors.ts';
import type { Routes } from './context.ts';

export const healthRoutes: Routes = async (app, { services }) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Is the server up, and on which database',
        response: { 200: Health, ...errorResponses },
      },
    },
    async () => ({ ok: true as const, database: services.store.kind }),
  );
};
