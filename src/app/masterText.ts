// The one plain-text rendering of a draft that fingerprinted copies are made from and
// that leak tracing compares against; every output format wraps this same text, so a
// paste from a Markdown, HTML or PDF copy traces just as well.
import type { CopyFormat } from '../contract/circulation.ts';
import type { Draft } from '../core/model.ts';
import { copyPdfSpec } from './copyPdf.ts';

/** What a copy is served as: media type and file extension per format. */
export const COPY_MEDIA: Record<CopyFormat, { mediaType: string; extension: string }> = {
  text: { mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  md: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { mediaType: 'text/html; charset=utf-8', extension: 'html' },
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
};

/** What each blank-line separated block of a master text is, for layouts that care. */
export type BlockKind = 'title' | 'preamble' | 'heading' | 'text';

/** The master's blocks in order: title, preamble, then each provision's "number heading" and text. */
export function masterBlocks(
  draft: Pick<Draft, 'title' | 'label' | 'preamble' | 'provisions'>,
): { kind: BlockKind; text: string }[] {
  const blocks: { kind: BlockKind; text: string }[] = [{ kind: 'title', text: draft.title ?? draft.label }];
  if (draft.preamble) blocks.push({ kind: 'preamble', text: draft.preamble });
  for (const p of draft.provisions) {
    blocks.push({ kind: 'heading', text: p.heading ? `${p.number} ${p.heading}` : p.number });
    blocks.push({ kind: 'text', text: p.text });
  }
  return blocks;
}

/** Title, preamble and each provision as "number heading" then its text, blank-line separated. */
export function masterText(draft: Pick<Draft, 'title' | 'label' | 'preamble' | 'provisions'>): string {
  return `${masterBlocks(draft)
    .map((b) => b.text)
    .join('\n\n')}\n`;
}

export interface CopyMeta {
  /** The document title (HTML title, PDF metadata). */
  title: string;
  /** The recipient's display name, for the PDF footer "Copy for …". */
  recipient?: string;
  /** When it was circulated (ISO): the PDF footer date and its creation date. */
  at?: string;
  /** The kind of each block of the text (see `masterBlocks`); headings are set as headings in PDF. */
  kinds?: readonly BlockKind[];
}

/** What a recipient's copy is made from: the summary when only that was circulated, else the draft. */
export function circulatedMaster(
  draft: Pick<Draft, 'title' | 'label' | 'preamble' | 'provisions'>,
  summary?: string,
): string {
  return summary ? `${summary}\n` : masterText(draft);
}

/** How a circulation's copy is labelled: its title, recipient, date and (for a full text) block kinds. */
export function copyMeta(
  draft: Pick<Draft, 'title' | 'label' | 'preamble' | 'provisions'>,
  recipient: string,
  circulation: { summaryOnly: boolean; at: string },
): CopyMeta {
  const title = draft.title ?? draft.label;
  return circulation.summaryOnly
    ? { title: `${title} (summary)`, recipient, at: circulation.at }
    : { title, recipient, at: circulation.at, kinds: masterBlocks(draft).map((b) => b.kind) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Wraps a (fingerprinted) master text in the requested format without changing its
 * words: a string for text, md and html, PDF bytes for pdf. Throws nothing.
 */
export async function formatCopy(
  text: string,
  format: CopyFormat,
  meta: CopyMeta,
): Promise<string | Uint8Array> {
  if (format === 'text') return text;
  if (format === 'pdf') {
    // pdf-lib takes long to load and only PDF copies need it.
    const { renderPdf } = await import('../govern/pdfDocument.ts');
    return renderPdf(copyPdfSpec(text, meta));
  }
  const blocks = text.trim().split(/\n{2,}/);
  if (format === 'md') return `${blocks.map((b, i) => (i === 0 ? `# ${b}` : b)).join('\n\n')}\n`;
  const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
  const body = blocks
    .map((b, i) => (i === 0 ? `<h1>${escapeHtml(b)}</h1>` : `<p>${escapeHtml(b)}</p>`))
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(meta.title)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}
