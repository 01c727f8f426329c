// Where things stand: the status table of a draft (as of any date), progress over time
// for the dashboard's chart (the export bundle is a use case: contract/roster.ts).
import { progressOverTime } from '../../app/progress.ts';
import { getStatus } from '../../app/status.ts';
import { ProgressPoint, ProgressQuery, Status, StatusQuery } from '../../contract/status.ts';
import { notFound } from '../../core/errors.ts';
import { sendEncoded } from '../encodeOnce.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

const ProgressPoints = ProgressPoint.array();

export const statusRoutes: Routes = async (app, { services, reads }) => {
  const run = runners(services, reads);
  app.get(
    '/status',
    {
      schema: {
        summary: "Each provision, each party's latest stance, consensus and progress",
        description: 'Defaults to the latest draft; 404 when there is no draft yet.',
        querystring: StatusQuery,
        response: { 200: Status, ...errorResponses },
      },
    },
    async (request, reply) => {
      const status = await run.cached(
        request,
        'status',
        'status',
        { draft: request.query.draft, asOf: request.query.asOf },
        (ctx) => getStatus(ctx, request.query),
      );
      if (!status) {
        return notFound(
          'draft',
          'latest',
          'there is no draft you may read yet; import one with POST /api/drafts',
        );
      }
      return sendEncoded(reply, Status, status);
    },
  );
  app.get(
    '/progress',
    {
      schema: {
        summary: 'Consensus counts of a draft on every date a stance changed',
        querystring: ProgressQuery,
        response: { 200: ProgressPoints, ...errorResponses },
      },
    },
    async (request, reply) => {
      const points = await run.cached(request, 'status', 'progress', { draft: request.query.draft }, (ctx) =>
        progressOverTime(ctx, request.query),
      );
      return sendEncoded(reply, ProgressPoints, points);
    },
  );
};
