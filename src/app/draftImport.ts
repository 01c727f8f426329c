// Importing a draft from its text — one shape for the HTTP API, the CLI and the scenario
// loader: the text is parsed before the write's transaction opens (in the draft worker
// when long, draftWork.ts), then recorded as a draft dated today unless the input dates it.
import {
  type DocumentImport,
  type DraftImport,
  drafts,
  type ImportedDraft,
  type ParsedDraftInput,
} from '../contract/drafts.ts';
import type { ParsedDraft } from '../core/outline/index.ts';
import type { WriteContext } from './context.ts';
import { importDraft } from './drafts.ts';
import { parseDraftText } from './draftWork.ts';
import { implementPrepared } from './useCase.ts';

/** An import whose text is parsed: the input's other fields, the outline and the parser's summary. */
export type ParsedImport = {
  header: Omit<DraftImport, 'text' | 'fileName' | 'format'>;
  parsed: ParsedDraft;
  summary: string;
};

/** What a scenario says of its drafts beyond their text. */
export type DraftAnnotations = Pick<ParsedDraftInput, 'annotations' | 'derivedFrom' | 'title'>;

/** Parses the input's text, in the draft worker when long. Throws `parse_error` (details `{ line }`). */
export async function parseImport(input: DraftImport): Promise<ParsedImport> {
  const { text, fileName, format, ...header } = input;
  const { parsed, summary } = await parseDraftText(text, {
    ...(format ? { format } : {}),
    ...(fileName ? { fileName } : {}),
  });
  return { header, parsed, summary };
}

/**
 * Records a parsed import, dated today unless dated; a title the text gives wins over
 * `extra.title`. Throws what `importDraft` throws.
 */
export async function recordImport(
  ctx: WriteContext,
  { header, parsed, summary }: ParsedImport,
  extra: DraftAnnotations = {},
): Promise<ImportedDraft> {
  const draft = await importDraft(ctx, {
    ...extra,
    ...parsed,
    ...header,
    ...((parsed.title ?? extra.title) ? { title: parsed.title ?? extra.title } : {}),
    date: header.date ?? ctx.now.slice(0, 10),
  });
  return { draft, summary };
}

/**
 * Parses and records a draft's text inside a write already open (the scenario loader's).
 * Throws `parse_error`, and what `importDraft` throws.
 */
export async function importDraftText(
  ctx: WriteContext,
  input: DraftImport,
  extra: DraftAnnotations = {},
): Promise<ImportedDraft> {
  return recordImport(ctx, await parseImport(input), extra);
}

/** `drafts.import`: the text parsed before the transaction, the draft recorded in it. */
export const importDraftFromText = implementPrepared(drafts.import, parseImport, (ctx, parsed) =>
  recordImport(ctx, parsed),
);

/**
 * Reads a Word or PDF document into the JSON draft shape and parses that, so a document
 * ends in the same provisions and checks as a text. Throws `invalid_input` (damaged,
 * encrypted, not the format said), `parse_error` (no numbered paragraph, a number twice).
 */
export async function parseDocumentImport(input: DocumentImport): Promise<ParsedImport> {
  const { document, format, fileName, ...header } = input;
  // The document reader (and PDF.js behind it) loads only when a document is imported.
  const { readDocument } = await import('../formats/readDocument.ts');
  const name = fileName ?? `the ${format === 'pdf' ? 'PDF' : 'Word'} document`;
  const outline = await readDocument(Buffer.from(document, 'base64'), format, name);
  return parseImport({
    ...header,
    text: JSON.stringify(outline),
    format: 'json',
    ...(fileName ? { fileName } : {}),
  });
}

/** `drafts.importDocument`: the document read and parsed before the transaction, the draft recorded in it. */
export const importDraftFromDocument = implementPrepared(
  drafts.importDocument,
  parseDocumentImport,
  (ctx, parsed) => recordImport(ctx, parsed),
);
