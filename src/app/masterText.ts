// The one plain-text rendering of a draft that fingerprinted copies are made from and
// that leak tracing compares against; every output format wraps this same text, so a
// paste from a Markdown or HTML copy traces just as well.
import type { Draft } from '../core/model.ts';

export type CopyFormat = 'text' | 'md' | 'html';

/** Title, preamble and each provision as "number heading" then its text, blank-line separated. */
export function masterText(draft: Pick<Draft, 'title' | 'label' | 'preamble' | 'provisions'>): string {
  const blocks = [draft.title ?? draft.label];
  if (draft.preamble) blocks.push(draft.preamble);
  for (const p of draft.provisions) {
    blocks.push(p.heading ? `${p.number} ${p.heading}` : p.number);
    blocks.push(p.text);
  }
  return `${blocks.join('\n\n')}\n`;
}

/** What a recipient's copy is made from: the summary when only that was circulated, else the draft. */
export function circulatedMaster(
  draft: Pick<Draft, 'title' | 'label' | 'preamble' | 'provisions'>,
  summary?: string,
): string {
  return summary ? `${summary}\n` : masterText(draft);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Wraps a (fingerprinted) master text in the requested format without changing its words. */
export function formatCopy(text: string, format: CopyFormat, title: string): string {
  if (format === 'text') return text;
  const blocks = text.trim().split(/\n{2,}/);
  if (format === 'md') return `${blocks.map((b, i) => (i === 0 ? `# ${b}` : b)).join('\n\n')}\n`;
  const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
  const body = blocks
    .map((b, i) => (i === 0 ? `<h1>${escapeHtml(b)}</h1>` : `<p>${escapeHtml(b)}</p>`))
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}
