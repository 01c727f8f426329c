// A small page layout on pdf-lib for the documents Parley hands out as PDF (circulated
// copies, certificates of completion): a title, headings, wrapped paragraphs, monospace
// lines for hashes, page breaks that keep a heading with its text, and a footer with a
// line of its own and "Page n of N" on every page. Standard fonts only (nothing to embed
// or download); text goes in line by line as real words, so `pdftotext` or a copy from a
// viewer gives the words back. The same spec always gives the same bytes.
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { toFontText, wrapText } from './pdfText.ts';

export type PdfBlockKind = 'title' | 'heading' | 'paragraph' | 'label' | 'code' | 'note';

export interface PdfBlock {
  kind: PdfBlockKind;
  /** May contain '\n' for forced line breaks (sub-items, lists). */
  text: string;
}

export interface PdfSpec {
  /** The document's metadata title. */
  title: string;
  subject?: string;
  /** ISO time used as creation and modification date; none when absent (never "now"). */
  createdAt?: string;
  /** Left side of every page's footer; the right side says "Page n of N". */
  footer: string;
  blocks: readonly PdfBlock[];
}

type FontName = 'sans' | 'sansBold' | 'serif' | 'mono';

interface Style {
  font: FontName;
  size: number;
  leading: number;
  before: number;
  /** Lines of the next block that must share the page (headings, labels). */
  keepWithNext: number;
}

const STYLES: Record<PdfBlockKind, Style> = {
  title: { font: 'sansBold', size: 17, leading: 21, before: 0, keepWithNext: 2 },
  heading: { font: 'sansBold', size: 11.5, leading: 15, before: 13, keepWithNext: 2 },
  paragraph: { font: 'serif', size: 11, leading: 14.5, before: 6, keepWithNext: 0 },
  label: { font: 'sansBold', size: 8.5, leading: 11, before: 7, keepWithNext: 1 },
  code: { font: 'mono', size: 8.5, leading: 11, before: 1, keepWithNext: 0 },
  note: { font: 'sans', size: 8.5, leading: 11, before: 10, keepWithNext: 0 },
};

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { left: 72, right: 72, top: 68, bottom: 72 };
const FOOTER = { size: 8, y: 40 };
const TEXT_COLOR = rgb(0.1, 0.1, 0.1);
const FOOTER_COLOR = rgb(0.4, 0.4, 0.4);

interface PlacedLine {
  text: string;
  font: FontName;
  size: number;
  y: number;
}

/** Renders the spec as PDF bytes. Throws nothing for any text (see pdfText.ts). */
export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts: Record<FontName, PDFFont> = {
    sans: await doc.embedFont(StandardFonts.Helvetica),
    sansBold: await doc.embedFont(StandardFonts.HelveticaBold),
    serif: await doc.embedFont(StandardFonts.TimesRoman),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  // All four standard fonts share the WinAnsi character set.
  const charset = new Set(fonts.serif.getCharacterSet());
  const pages = layOut(spec.blocks, fonts, charset);
  const footer = toFontText(spec.footer, charset).replace(/\n/g, ' ');
  pages.forEach((lines, i) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (const line of lines) {
      page.drawText(line.text, {
        x: MARGIN.left,
        y: line.y,
        size: line.size,
        font: fonts[line.font],
        color: TEXT_COLOR,
      });
    }
    drawFooter(page, fonts.sans, footer, `Page ${i + 1} of ${pages.length}`);
  });
  setMetadata(doc, spec);
  return doc.save();
}

function drawFooter(page: PDFPage, font: PDFFont, left: string, right: string): void {
  const width = font.widthOfTextAtSize(right, FOOTER.size);
  const x = PAGE.width - MARGIN.right - width;
  const room = x - MARGIN.left - 12;
  const [first = ''] = wrapText(left, room, (s) => font.widthOfTextAtSize(s, FOOTER.size));
  const style = { y: FOOTER.y, size: FOOTER.size, font, color: FOOTER_COLOR };
  page.drawText(first, { ...style, x: MARGIN.left });
  page.drawText(right, { ...style, x });
}

function setMetadata(doc: PDFDocument, spec: PdfSpec): void {
  doc.setTitle(spec.title);
  if (spec.subject) doc.setSubject(spec.subject);
  doc.setCreator('Parley');
  doc.setProducer('Parley (pdf-lib)');
  doc.setLanguage('en');
  if (spec.createdAt) {
    const at = new Date(spec.createdAt);
    if (!Number.isNaN(at.getTime())) {
      doc.setCreationDate(at);
      doc.setModificationDate(at);
    }
  }
}

/** Places every line of every block on pages, top to bottom. */
function layOut(
  blocks: readonly PdfBlock[],
  fonts: Record<FontName, PDFFont>,
  charset: ReadonlySet<number>,
): PlacedLine[][] {
  const width = PAGE.width - MARGIN.left - MARGIN.right;
  const top = PAGE.height - MARGIN.top;
  const measurers = new Map<string, (s: string) => number>();
  const measure = (style: Style) => {
    const key = `${style.font}/${style.size}`;
    let m = measurers.get(key);
    if (!m) {
      const cache = new Map<string, number>();
      const font = fonts[style.font];
      m = (s: string) => {
        let w = cache.get(s);
        if (w === undefined) {
          w = font.widthOfTextAtSize(s, style.size);
          if (cache.size < 50_000) cache.set(s, w);
        }
        return w;
      };
      measurers.set(key, m);
    }
    return m;
  };
  const wrapped = blocks.map((b) => {
    const style = STYLES[b.kind];
    return { style, lines: wrapText(toFontText(b.text, charset), width, measure(style)) };
  });

  const pages: PlacedLine[][] = [[]];
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  wrapped.forEach(({ style, lines }, i) => {
    if (y < top) y -= style.before;
    const next = wrapped[i + 1];
    if (style.keepWithNext > 0 && next && y < top) {
      const kept = Math.min(style.keepWithNext, next.lines.length);
      const need = lines.length * style.leading + next.style.before + kept * next.style.leading;
      if (y - need < MARGIN.bottom) newPage();
    }
    for (const text of lines) {
      if (y - style.leading < MARGIN.bottom) newPage();
      y -= style.leading;
      if (text)
        pages
          .at(-1)!
          .push({ text, font: style.font, size: style.size, y: y + (style.leading - style.size) / 2 });
    }
  });
  return pages;
}
