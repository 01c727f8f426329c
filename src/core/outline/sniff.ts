// Decides whether a draft is JSON, Markdown or plain text: the file name's extension
// first, then the content itself.
import type { DraftFormat } from './types.ts';

const BY_EXTENSION: Record<string, DraftFormat> = {
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/** The format of a draft from its file name, or failing that its first characters. */
export function detectFormat(text: string, fileName?: string): DraftFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const known = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (known) return known;
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('---') || /^#{1,6} /m.test(text)) return 'markdown';
  return 'text';
}
