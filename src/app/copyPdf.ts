// How a circulated copy looks as PDF: its blocks laid out as title, headings and
// paragraphs, with a footer naming the recipient and the date on every page. The words
// are the fingerprinted copy's, exactly; only the typography is added.
import type { PdfBlock, PdfSpec } from '../govern/pdfDocument.ts';
import type { BlockKind, CopyMeta } from './masterText.ts';

const PDF_KIND: Record<BlockKind, PdfBlock['kind']> = {
  title: 'title',
  preamble: 'paragraph',
  heading: 'heading',
  text: 'paragraph',
};

/**
 * The layout of a copy. Blocks are split exactly as the master was joined; if their
 * count does not match `meta.kinds` (a summary, or a text without that structure), they
 * are all paragraphs under `meta.title`. Throws nothing.
 */
export function copyPdfSpec(text: string, meta: CopyMeta): PdfSpec {
  const blocks = text.replace(/\n+$/, '').split('\n\n');
  const kinds: readonly BlockKind[] =
    meta.kinds?.length === blocks.length ? meta.kinds : blocks.map(() => 'text');
  const laid: PdfBlock[] = blocks.map((b, i) => ({ kind: PDF_KIND[kinds[i]!], text: b }));
  if (kinds[0] !== 'title') laid.unshift({ kind: 'title', text: meta.title });
  const date = meta.at ? ` — ${meta.at.slice(0, 10)}` : '';
  return {
    title: meta.title,
    ...(meta.recipient ? { subject: `Copy for ${meta.recipient}` } : {}),
    ...(meta.at ? { createdAt: meta.at } : {}),
    footer: meta.recipient ? `Copy for ${meta.recipient}${date}` : `${meta.title}${date}`,
    blocks: laid,
  };
}
