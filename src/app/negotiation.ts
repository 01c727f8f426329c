// The negotiation's header, the first thing a client shows: known to everyone at the
// table, and to every account when public.
import { health } from '../contract/session.ts';
import { ParleyError } from '../core/errors.ts';
import { getNegotiation } from './record.ts';
import { implement } from './useCase.ts';

/** The negotiation this home holds. Throws `not_found` before one is started, or for who may not see it. */
export const showNegotiation = implement(health.negotiation, async (ctx) => {
  const negotiation = await getNegotiation(ctx);
  if (negotiation) return negotiation;
  throw new ParleyError(
    'not_found',
    'this server holds no negotiation yet; run `parley init` or `parley demo`',
    {
      kind: 'negotiation',
    },
  );
});
