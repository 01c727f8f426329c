// Reading a user's text file: refuse what is not text rather than import garbage.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ParleyError } from '../core/errors.ts';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a UTF-8 text file named on the command line (relative to `cwd`, the command's
 * working directory). Throws `not_found`, `invalid_input` (binary, not UTF-8, too large).
 */
export function readTextFile(file: string, cwd: string): string {
  return decodeText(file, readFileBytes(file, cwd));
}

/**
 * Reads a file named on the command line as bytes (a Word or PDF document). Throws
 * `not_found`, `invalid_input` (over 20 MB).
 */
export function readFileBytes(file: string, cwd: string): Buffer {
  const where = path.resolve(cwd, file);
  let size: number;
  try {
    size = statSync(where).size;
  } catch {
    throw new ParleyError('not_found', `cannot read ${file}: no such file; check the path`, { file });
  }
  if (size > MAX_BYTES) {
    throw new ParleyError(
      'invalid_input',
      `${file} is ${(size / 1048576).toFixed(1)} MB; the limit is 20 MB`,
      { file },
    );
  }
  return readFileSync(where);
}

/** The file's bytes as UTF-8 text. Throws `invalid_input` (binary, not UTF-8). */
export function decodeText(file: string, bytes: Buffer): string {
  if (bytes.includes(0)) {
    throw new ParleyError(
      'invalid_input',
      `${file} looks binary (it contains NUL bytes); give a text, Markdown, JSON, Word (.docx) or PDF file`,
      {
        file,
      },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ParleyError('invalid_input', `${file} is not valid UTF-8; re-save it as UTF-8 and try again`, {
      file,
    });
  }
}
