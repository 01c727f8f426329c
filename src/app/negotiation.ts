// Use cases for the negotiation itself: starting it, and reading its title and description.
import { roster } from '../contract/roster.ts';
import { ParleyError } from '../core/errors.ts';
import { insertNegotiation, selectNegotiation } from '../store/repo/negotiation.ts';
import { authorize } from './access.ts';
import { negotiationFacts } from './facts.ts';
import { implement } from './useCase.ts';

/**
 * Names the negotiation this home holds. Staff only (the policies' `create`).
 * Throws `forbidden`, `invalid_input`, `duplicate` when already set.
 */
export const initNegotiation = implement(roster.initNegotiation, async (ctx, n) => {
  authorize(ctx, 'create', await negotiationFacts(ctx.q));
  const existing = await selectNegotiation(ctx.q);
  if (existing) {
    throw new ParleyError(
      'duplicate',
      `this home already holds "${existing.title}"; use another PARLEY_HOME`,
      {
        title: existing.title,
      },
    );
  }
  const row = {
    title: n.title,
    ...(n.description ? { description: n.description } : {}),
    createdAt: n.createdAt ?? ctx.now,
  };
  await insertNegotiation(ctx.q, row);
  await ctx.record('init', 'negotiation', '1', row);
  return row;
});

/**
 * The negotiation's title and description: known to everyone at the table, and public.
 * Throws `not_found` when none was started yet (or the actor may not know of it).
 */
export const showNegotiation = implement(roster.showNegotiation, async (ctx) => {
  authorize(ctx, 'read', await negotiationFacts(ctx.q));
  const negotiation = await selectNegotiation(ctx.q);
  if (negotiation) return negotiation;
  throw new ParleyError(
    'not_found',
    'this server holds no negotiation yet; run `parley init` or `parley demo`',
    {
      kind: 'negotiation',
    },
  );
});
