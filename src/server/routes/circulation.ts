// Circulation over HTTP: give a party a draft (or only a summary), see who has seen which
// version, download a recipient's fingerprinted copy again, and trace a leaked text.
import { circulateDraft, listCirculations, traceLeak } from '../../app/circulation.ts';
import { circulationCopy } from '../../app/circulationCopy.ts';
import { COPY_MEDIA } from '../../app/masterText.ts';
import {
  CirculateBody,
  Circulated,
  CirculationParams,
  CirculationRow,
  CirculationsQuery,
  CopyQuery,
  DocumentFile,
  TraceBody,
  TraceReport,
} from '../../contract/circulation.ts';
import { IdParams } from '../../contract/drafts.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const circulationRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  const secret = services.fingerprintSecret;
  app.post(
    '/drafts/:id/circulations',
    {
      schema: {
        summary: "Circulate a draft (or only a summary) to a party, making the party's fingerprinted copy",
        description: 'Staff only. 404 for an unknown draft or party.',
        params: IdParams,
        body: CirculateBody,
        response: { 201: Circulated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { circulation } = await run.write(request, 'circulation', (ctx) =>
        circulateDraft(ctx, { ...request.body, draft: request.params.id, secret }),
      );
      return reply.code(201).send({ circulation, copyUrl: `/api/circulations/${circulation.id}/copy` });
    },
  );
  app.get(
    '/circulations',
    {
      schema: {
        summary: 'Who has seen which version, oldest first (a delegate: only what its party received)',
        querystring: CirculationsQuery,
        response: { 200: CirculationRow.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'circulation', (ctx) => listCirculations(ctx, request.query)),
  );
  app.get(
    '/circulations/:id/copy',
    {
      schema: {
        summary: "Download the recipient's fingerprinted copy, exactly as it was sent",
        description:
          "A delegate gets only its own party's copies; any other id is 404, like one that does not exist. " +
          '409 `conflict` when the copy can no longer be reproduced (the draft text or secret changed).',
        params: CirculationParams,
        querystring: CopyQuery,
        produces: Object.values(COPY_MEDIA).map((m) => m.mediaType),
        response: { 200: DocumentFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const { copy, mediaType, fileName } = await run.read(request, 'circulation', (ctx) =>
        circulationCopy(ctx, { id: request.params.id, format, secret }),
      );
      return reply
        .type(mediaType)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(typeof copy === 'string' ? copy : Buffer.from(copy));
    },
  );
  app.post(
    '/trace',
    {
      schema: {
        summary: 'Name the most likely source of a leaked text, or say it cannot tell',
        description: 'Staff only. `inconclusive` rather than a guess when the evidence is too thin.',
        body: TraceBody,
        response: { 200: TraceReport, ...errorResponses },
      },
    },
    (request) => run.read(request, 'circulation', (ctx) => traceLeak(ctx, { ...request.body, secret })),
  );
};
