// Opening a .docx: a ZIP of XML parts. Refuses, with what to do, what Word itself would
// refuse or cannot give us: a damaged archive, an encrypted (password-protected) file —
// Word stores those as an OLE compound file, not a ZIP — and a ZIP that is not a Word document.
import { strFromU8, unzipSync } from 'fflate';
import { ParleyError } from '../core/errors.ts';
import { looksLikeOle } from './documentKind.ts';

/** A document's XML parts together; far past any real draft, short of a ZIP bomb. */
const MAX_UNZIPPED = 200 * 1024 * 1024;

/** The text parts of a .docx that the reader uses, by path. Throws `invalid_input`. */
export function openDocx(bytes: Uint8Array, name = 'the file'): Map<string, string> {
  if (looksLikeOle(bytes)) {
    throw new ParleyError(
      'invalid_input',
      `${name} is password-protected or in the old binary Word format (.doc); remove the password (or save it as .docx) in Word and import it again`,
      { file: name, reason: 'encrypted' },
    );
  }
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNZIPPED) throw new Error('too large once unpacked');
        return file.name.startsWith('word/') && file.name.endsWith('.xml');
      },
    });
  } catch (error) {
    throw new ParleyError(
      'invalid_input',
      `${name} is not a readable Word document (${error instanceof Error ? error.message : String(error)}); open it in Word, save it as .docx and import it again`,
      { file: name, reason: 'corrupt' },
    );
  }
  if (!files['word/document.xml']) {
    throw new ParleyError(
      'invalid_input',
      `${name} is a ZIP archive but not a Word document (no word/document.xml); give a .docx file`,
      { file: name, reason: 'not_docx' },
    );
  }
  const parts = new Map<string, string>();
  for (const [path, data] of Object.entries(files)) parts.set(path, strFromU8(data));
  return parts;
}
