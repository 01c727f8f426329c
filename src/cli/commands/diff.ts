// `parley diff FROM TO`: compare two draft files without a store. The adapter between the
// file system and the pure compare engine: read (refusing what is not text), parse, render.

import { compareDrafts, renderHtml, renderMarkdown, renderText, toJson } from '../../compare/index.ts';
import { ParleyError } from '../../core/errors.ts';
import { parseDraft } from '../../core/outline/index.ts';
import { readTextFile } from '../readText.ts';

export type DiffFormat = 'text' | 'md' | 'html' | 'json';
const FORMATS: readonly DiffFormat[] = ['text', 'md', 'html', 'json'];

/**
 * Compares two draft files and returns the rendered comparison.
 * Throws `invalid_input` (binary, not UTF-8, over 20 MB, unknown format), `not_found`
 * (missing file) and `parse_error` (a file without numbered points).
 */
export async function diffFiles(
  fromPath: string,
  toPath: string,
  format: DiffFormat,
  color: boolean,
  cwd = process.cwd(),
): Promise<string> {
  if (!FORMATS.includes(format)) {
    throw new ParleyError('invalid_input', `unknown format '${format}'; use one of ${FORMATS.join(', ')}`, {
      format,
    });
  }
  const from = parseFile(fromPath, cwd);
  const to = parseFile(toPath, cwd);
  const result = compareDrafts(from, to);
  switch (format) {
    case 'json':
      return `${toJson(result)}\n`;
    case 'md':
      return renderMarkdown(result);
    case 'html':
      return renderHtml(result, `${fromPath} → ${toPath}`);
    default:
      return renderText(result, { color });
  }
}

/** A draft file's provisions. Throws what `readTextFile` and the parser throw, naming the file. */
export function parseFile(path: string, cwd: string) {
  const text = readTextFile(path, cwd);
  try {
    return parseDraft(text, { fileName: path }).provisions;
  } catch (error) {
    // The parser names the line; the user also needs to know which of the two files.
    if (error instanceof ParleyError)
      throw new ParleyError(error.code, `${path}: ${error.message}`, error.details);
    throw error;
  }
}
