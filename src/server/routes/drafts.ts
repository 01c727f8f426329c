// Drafts: list, show, and import from text. The server parses the text with the same
// outline parser the CLI uses, so a draft imported either way is stored identically.
import { importDraft, listDrafts, showDraft } from '../../app/drafts.ts';
import { describeDraft, parseDraft } from '../../core/outline/index.ts';
import { DraftBody, DraftHeader, errorResponses, IdParams, ImportedDraft, StoredDraft } from '../schemas.ts';
import { type Routes, runners } from './context.ts';

export const draftRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/drafts',
    {
      schema: {
        summary: 'Draft headers, in the order recorded',
        response: { 200: DraftHeader.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'draft', listDrafts),
  );
  app.get(
    '/drafts/:id',
    {
      schema: {
        summary: 'One draft with its provisions',
        params: IdParams,
        response: { 200: StoredDraft, ...errorResponses },
      },
    },
    (request) => run.read(request, 'draft', (ctx) => showDraft(ctx, request.params.id)),
  );
  app.post(
    '/drafts',
    {
      schema: {
        summary: 'Import a draft from plain text, Markdown or JSON with numbered points',
        description: 'Parse errors are 400 `parse_error` with `details.line`.',
        body: DraftBody,
        response: { 201: ImportedDraft, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { text, fileName, format, ...header } = request.body;
      const parsed = parseDraft(text, { ...(format ? { format } : {}), ...(fileName ? { fileName } : {}) });
      const draft = await run.write(request, 'draft', (ctx) =>
        importDraft(ctx, { ...parsed, ...header, date: header.date ?? ctx.now.slice(0, 10) }),
      );
      return reply.code(201).send({ draft, summary: describeDraft(parsed) });
    },
  );
};
