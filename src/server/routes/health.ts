// Liveness and the negotiation's header: the first things a client asks.
import { getNegotiation } from '../../app/record.ts';
import { Health, Negotiation } from '../../contract/roster.ts';
import { ParleyError } from '../../core/errors.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const healthRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
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
  app.get(
    '/negotiation',
    {
      schema: {
        summary: 'The negotiation this server holds',
        response: { 200: Negotiation, ...errorResponses },
      },
    },
    async (request) => {
      const negotiation = await run.read(request, 'negotiation', getNegotiation);
      if (negotiation) return negotiation;
      throw new ParleyError(
        'not_found',
        'this server holds no negotiation yet; run `parley init` or `parley demo`',
        {
          kind: 'negotiation',
        },
      );
    },
  );
};
