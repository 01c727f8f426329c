// Evidence review over HTTP: ingest a document (as text or base64 bytes), list claims,
// accept (optionally edited) or reject them, and see the contradictions between sources.
// One source in full, so a client can show a claim's span within its clean text.
import { acceptClaim, listClaims, listContradictions, rejectClaim } from '../../app/claims.ts';
import { ingestDocument, linkCopies } from '../../app/ingest.ts';
import { showSource } from '../../app/sources.ts';
import { IdParams } from '../../contract/drafts.ts';
import {
  AcceptBody,
  Claim,
  ClaimParams,
  ClaimsQuery,
  Contradiction,
  IngestBody,
  Ingested,
  ListedClaim,
  RejectBody,
} from '../../contract/evidence.ts';
import { Source } from '../../contract/roster.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const evidenceRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.post(
    '/sources/ingest',
    {
      schema: {
        summary: 'Ingest a news article, readout or statement as a source with suggested claims',
        description:
          'Answers 201 when added, 200 when the same clean text was already ingested. Refused documents ' +
          '(binary, empty, undecodable) are 400 `invalid_input` or 415 `unsupported`; nothing is written.',
        body: IngestBody,
        response: { 200: Ingested, 201: Ingested, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fileName, content, encoding } = request.body;
      const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
      // One transaction: a refused document leaves no source and no links behind.
      const result = await run.write(request, 'source', async (ctx) => {
        const outcome = await ingestDocument(ctx, { fileName, bytes });
        return { outcome, copies: await linkCopies(ctx) };
      });
      return reply.code(result.outcome.status === 'added' ? 201 : 200).send(result);
    },
  );
  app.get(
    '/sources/:id',
    {
      schema: {
        summary: 'One source, with its raw and clean text when it was ingested',
        params: IdParams,
        response: { 200: Source, ...errorResponses },
      },
    },
    (request) => run.read(request, 'source', (ctx) => showSource(ctx, request.params.id)),
  );
  app.get(
    '/claims',
    {
      schema: {
        summary: 'Claims extracted from sources, for review',
        querystring: ClaimsQuery,
        response: { 200: ListedClaim.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'claim', (ctx) => listClaims(ctx, request.query)),
  );
  app.post(
    '/claims/:id/accept',
    {
      schema: {
        summary: 'Accept a suggested claim, optionally corrected first',
        description:
          'An event claim becomes an event and a position claim a stance, both citing the source. ' +
          '409 `conflict` once reviewed; 400 when an event has no date or a stance no provision.',
        params: ClaimParams,
        body: AcceptBody,
        response: { 200: Claim, ...errorResponses },
      },
    },
    (request) =>
      run.write(request, 'claim', (ctx) => acceptClaim(ctx, { id: request.params.id, ...request.body })),
  );
  app.post(
    '/claims/:id/reject',
    {
      schema: {
        summary: 'Reject a suggested claim',
        params: ClaimParams,
        body: RejectBody,
        response: { 200: Claim, ...errorResponses },
      },
    },
    (request) =>
      run.write(request, 'claim', (ctx) => rejectClaim(ctx, { id: request.params.id, ...request.body })),
  );
  app.get(
    '/contradictions',
    {
      schema: {
        summary: 'Passages of different sources that cannot both be true, side by side',
        response: { 200: Contradiction.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'claim', listContradictions),
  );
};
