// A draft downloaded as a document: Word, Akoma Ntoso, Markdown or HTML, made from the
// draft as the reader may see it (showVisibleDraft), so an export never holds more than
// `drafts.show` would. The Word and XML writers load only when asked for.
import { drafts, type ExportFormat } from '../contract/drafts.ts';
import { ParleyError } from '../core/errors.ts';
import type { ReadContext } from './context.ts';
import { COPY_MEDIA, formatCopy, masterText } from './masterText.ts';
import { implement } from './useCase.ts';
import { listVisibleDrafts, showVisibleDraft } from './visibleDrafts.ts';

const MEDIA: Record<ExportFormat, { mediaType: string; extension: string }> = {
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  akn: { mediaType: 'application/akn+xml', extension: 'akn.xml' },
  md: COPY_MEDIA.md,
  html: COPY_MEDIA.html,
};

/**
 * `drafts.export`. Throws `not_found` (unknown or hidden draft, alike) and `forbidden`
 * (the reader's party holds only a summary of it).
 */
export const exportDraft = implement(drafts.export, async (ctx, { draft: id, format }) => {
  const draft = await showVisibleDraft(ctx, id);
  if (draft.summaryOnly) {
    throw new ParleyError(
      'forbidden',
      `your party holds only a summary of draft '${id}', not its text; ask the secretariat to circulate the full text`,
      { draft: id },
    );
  }
  const { mediaType, extension } = MEDIA[format];
  const fileName = `${draft.id}.${extension}`;
  if (format === 'docx') {
    const { writeDocx } = await import('../formats/docxWrite.ts');
    return { fileName, mediaType, body: await writeDocx(draft) };
  }
  if (format === 'akn') {
    const { writeAkomaNtoso } = await import('../formats/akoma.ts');
    return {
      fileName,
      mediaType,
      body: writeAkomaNtoso(draft, { work: await workOf(ctx, draft), now: ctx.now }),
    };
  }
  const title = draft.title ?? draft.label;
  return { fileName, mediaType, body: (await formatCopy(masterText(draft), format, { title })) as string };
});

/**
 * The Work a draft is an Expression of: the first draft up its line of first parents, as
 * far as the reader can see (a hidden ancestor is not named).
 */
async function workOf(
  ctx: ReadContext,
  draft: { id: string; date: string; parents: string[] },
): Promise<{ id: string; date: string }> {
  const headers = new Map((await listVisibleDrafts(ctx)).map((h) => [h.id, h]));
  let work = { id: draft.id, date: draft.date, parents: draft.parents };
  const seen = new Set([work.id]);
  for (
    let up = headers.get(work.parents[0] ?? '');
    up && !seen.has(up.id);
    up = headers.get(work.parents[0] ?? '')
  ) {
    seen.add(up.id);
    work = up;
  }
  return { id: work.id, date: work.date };
}
