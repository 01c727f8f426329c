// Compare two stored drafts: alignment (kept, moved, reworded, merged, split, added,
// deleted), word-level redlines and bracket counts, computed on request by the engine,
// with the pairings users confirmed or overrode winning; and stating such a pairing.
import { compareStoredDrafts } from '../../app/compare.ts';
import { setPairing } from '../../app/lineage.ts';
import { CompareQuery, Comparison, PairingBody, StoredPairing } from '../../contract/compare.ts';
import { IdParams } from '../../contract/drafts.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const compareRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/compare',
    {
      schema: {
        summary: 'Align two drafts and redline the matched provisions',
        description:
          'Pairings a user confirmed or overrode between the two drafts win; such pairs carry `user`.',
        querystring: CompareQuery,
        response: { 200: Comparison, ...errorResponses },
      },
    },
    (request) => run.read(request, 'draft', (ctx) => compareStoredDrafts(ctx, request.query)),
  );
  app.post(
    '/drafts/:id/pairings',
    {
      schema: {
        summary: "Confirm or override where provisions of a draft come from in its parent's",
        description:
          '`provisions` of the draft (several: a split) come from `from` in its parent (several: a merge; ' +
          'none: they are new). Lineage is re-derived for this draft and every later one.',
        params: IdParams,
        body: PairingBody,
        response: { 201: StoredPairing, ...errorResponses },
      },
    },
    async (request, reply) => {
      const pair = await run.write(request, 'draft', (ctx) =>
        setPairing(ctx, { ...request.body, draft: request.params.id }),
      );
      return reply.code(201).send(pair);
    },
  );
};
