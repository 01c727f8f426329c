// A Word or PDF document as a draft outline: the one entry point the import use case and
// `parley diff` call. Which reader runs is decided by the bytes, not the file name.
import { ParleyError } from '../core/errors.ts';
import { type DocumentFormat, documentFormat } from './documentKind.ts';
import { type DocumentDraft, outlineOf } from './documentOutline.ts';
import { type ChangeView, readDocx } from './docxRead.ts';
import { readPdf } from './pdfText.ts';

/**
 * Reads a document's provisions. Throws `invalid_input` (damaged, encrypted, not the
 * format said) and `parse_error` (no numbered paragraph).
 */
export async function readDocument(
  bytes: Uint8Array,
  format: DocumentFormat,
  name: string,
  view: ChangeView = 'accepted',
): Promise<DocumentDraft> {
  const found = documentFormat(bytes);
  if (found !== format) {
    throw new ParleyError(
      'invalid_input',
      `${name} is not a ${format === 'docx' ? 'Word (.docx)' : 'PDF'} file${found ? ` (it looks like ${found})` : ''}; check the file`,
      { file: name, format },
    );
  }
  const blocks = format === 'pdf' ? await readPdf(bytes, name) : readDocx(bytes, view, name);
  return outlineOf(blocks, name);
}
