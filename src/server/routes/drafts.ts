// Drafts: list, show, and import from text. The server parses the text with the same
// outline parser the CLI uses, so a draft imported either way is stored identically; a
// long text is parsed in the draft worker (app/draftWork.ts) so the server keeps answering.
import { importDraft } from '../../app/drafts.ts';
import { parseDraftText } from '../../app/draftWork.ts';
import { listVisibleDrafts, showVisibleDraft } from '../../app/visibleDrafts.ts';
import { DraftBody, DraftHeader, IdParams, ImportedDraft, StoredDraft } from '../../contract/drafts.ts';
import { importedDraftJson, SLICED_RESPONSE_PROVISIONS } from '../draftJson.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const draftRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/drafts',
    {
      schema: {
        summary: 'Draft headers, in the order recorded (a delegation: those circulated to its party)',
        response: { 200: DraftHeader.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'draft', listVisibleDrafts),
  );
  app.get(
    '/drafts/:id',
    {
      schema: {
        summary: 'One draft with the provisions the actor may read',
        description:
          'A party that received only a summary gets `summaryOnly` and `summary`, no provisions and no preamble; ' +
          'provisions of tracks its party is not on are left out and counted in `withheld`, and parents it may not see are not named. ' +
          'A draft never circulated to the party is 404, like one that does not exist.',
        params: IdParams,
        response: { 200: StoredDraft, ...errorResponses },
      },
    },
    (request) => run.read(request, 'draft', (ctx) => showVisibleDraft(ctx, request.params.id)),
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
      // Before the write's transaction, and off the event loop for a long text.
      const { parsed, summary } = await parseDraftText(text, {
        ...(format ? { format } : {}),
        ...(fileName ? { fileName } : {}),
      });
      const draft = await run.write(request, 'draft', (ctx) =>
        importDraft(ctx, { ...parsed, ...header, date: header.date ?? ctx.now.slice(0, 10) }),
      );
      if (draft.provisions.length <= SLICED_RESPONSE_PROVISIONS)
        return reply.code(201).send({ draft, summary });
      // A stream of the same JSON; the type provider only knows the object form.
      const stream = importedDraftJson(draft, summary) as never;
      return reply.code(201).type('application/json; charset=utf-8').send(stream);
    },
  );
};
