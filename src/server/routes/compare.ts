// Compare two stored drafts: alignment (kept, moved, reworded, merged, split, added,
// deleted), word-level redlines and bracket counts, computed on request by the engine.
import { showDraft } from '../../app/drafts.ts';
import { compareDrafts } from '../../compare/index.ts';
import { CompareQuery, Comparison } from '../compareSchemas.ts';
import { errorResponses } from '../schemas.ts';
import { type Routes, runners } from './context.ts';

export const compareRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/compare',
    {
      schema: {
        summary: 'Align two drafts and redline the matched provisions',
        querystring: CompareQuery,
        response: { 200: Comparison, ...errorResponses },
      },
    },
    async (request) => {
      const { from, to } = await run.read('draft', async (ctx) => ({
        from: await showDraft(ctx, request.query.from),
        to: await showDraft(ctx, request.query.to),
      }));
      const ref = (d: typeof from) => ({ id: d.id, label: d.label, date: d.date });
      return {
        drafts: { from: ref(from), to: ref(to) },
        ...compareDrafts(from.provisions, to.provisions),
      };
    },
  );
};
