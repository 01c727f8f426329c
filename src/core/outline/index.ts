// The draft text parser: turns the text of a negotiating draft (plain text, Markdown or
// JSON) into numbered provisions with stable paths. Pure: no I/O, no clock.
import { failAtLine } from './parseError.ts';
import { parseJsonDraft } from './parseJson.ts';
import { parseTextDraft } from './parseText.ts';
import { detectFormat } from './sniff.ts';
import type { ParseDraftOptions, ParsedDraft } from './types.ts';

export { describeDraft } from './describe.ts';
export { detectFormat } from './sniff.ts';
export type { DraftFormat, ParseDraftOptions, ParsedDraft, ParsedProvision } from './types.ts';

/**
 * Parses a draft into its title, preamble and provisions (flat, in document order).
 * The format comes from `options.format`, else the file name, else the content.
 * Throws `parse_error` (details `{ line }`) for empty input, input without numbered
 * points, a duplicated number, or JSON that is malformed or does not fit the schema.
 */
export function parseDraft(text: string, options: ParseDraftOptions = {}): ParsedDraft {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    failAtLine(
      1,
      'the draft is empty; give the text of a draft with numbered points like "1." or "Article 1"',
    );
  }
  const format = options.format ?? detectFormat(body, options.fileName);
  if (format === 'json') return parseJsonDraft(body);
  return parseTextDraft(body, format === 'markdown');
}
