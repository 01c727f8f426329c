// Compare two stored drafts: alignment (kept, moved, reworded, merged, split, added,
// deleted), word-level redlines and bracket counts, computed on request by the engine.
import { compareStoredDrafts } from '../../app/compare.ts';
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
    (request) => run.read(request, 'draft', (ctx) => compareStoredDrafts(ctx, request.query)),
  );
};
