// One document through the whole engine: bytes → text → clean text → claims, with the
// content hash the store uses to recognise a document it has already ingested.
import { createHash } from 'node:crypto';
import { cleanDocument } from './clean.ts';
import { decodeDocument } from './decode.ts';
import { extractClaims } from './extract.ts';
import { detectGenre } from './genre.ts';
import { shapedLabels } from './shapedLabels.ts';
import type { ExtractContext, ProcessedDocument } from './types.ts';

/** sha256 (hex) of a clean text. */
export const contentHash = (cleanText: string): string =>
  createHash('sha256').update(cleanText, 'utf8').digest('hex');

/**
 * Decodes, cleans and extracts one document. Relative dates resolve against
 * `context.published`, else the document's own date. Throws ParleyError `invalid_input`
 * or `unsupported` (see decodeDocument); nothing is returned for a refused file.
 */
export function processDocument(
  bytes: Uint8Array,
  fileName: string,
  context: ExtractContext,
): ProcessedDocument {
  const decoded = decodeDocument(bytes, fileName);
  // The shaped labels are read once, on the decoded text whose repeated label lines the cleaner may thin.
  const shaped = shapedLabels(decoded);
  const genre = detectGenre(decoded, shaped);
  const cleaned = cleanDocument(decoded, fileName, {
    keepTitle: genre.genre !== 'news',
    social: genre.genre === 'social',
    ...(context.received ? { received: context.received } : {}),
  });
  const published = context.published ?? cleaned.meta.date;
  const claims = extractClaims(cleaned.cleanText, {
    ...context,
    genre: genre.genre,
    ...(published ? { published } : {}),
    ...(cleaned.meta.title ? { title: cleaned.meta.title } : {}),
    ...(cleaned.meta.outlet ? { site: cleaned.meta.outlet } : {}),
    shapedLabels: shaped ?? null,
    ...(cleaned.dayHeadings ? { dayHeadings: cleaned.dayHeadings } : {}),
  });
  return { ...cleaned, fileName, genre, contentHash: contentHash(cleaned.cleanText), claims };
}
