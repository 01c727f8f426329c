// A text PDF's paragraphs, for the same outline reader as Word's (documentOutline.ts).
// PDF.js (Mozilla's engine) gives positioned pieces of text: pieces on one baseline make a
// line; a line starts a new paragraph after a wider gap than the page's usual line
// spacing, or when it opens with a number. PDF.js is loaded only when a PDF is read: it
// is large, and the CLI's start-up should not pay for it.
import { ParleyError } from '../core/errors.ts';
import { readMarkers } from '../core/outline/readMarkers.ts';
import type { Block } from './documentOutline.ts';

interface Piece {
  text: string;
  x: number;
  y: number;
  size: number;
}

/**
 * The paragraphs of a text PDF, in reading order. Throws `invalid_input` for a damaged or
 * encrypted PDF and for one without text (a scan: it needs OCR first).
 */
export async function readPdf(bytes: Uint8Array, name = 'the file'): Promise<Block[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // PDF.js detaches the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const lines: { text: string; y: number; size: number; page: number }[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const pieces: Piece[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ text: item.str, x: x ?? 0, y: y ?? 0, size: Math.hypot(a ?? 0, b ?? 0) || 10 });
      }
      for (const line of linesOf(pieces)) lines.push({ ...line, page: n });
    }
  } catch (error) {
    const password = error instanceof Error && error.name === 'PasswordException';
    throw new ParleyError(
      'invalid_input',
      password
        ? `${name} is password-protected; remove the password and import it again`
        : `${name} is not a readable PDF (${error instanceof Error ? error.message : String(error)}); export it again as PDF`,
      { file: name, reason: password ? 'encrypted' : 'corrupt' },
    );
  } finally {
    await task.destroy();
  }
  if (lines.length === 0) {
    throw new ParleyError(
      'invalid_input',
      `${name} has no text (a scanned image?); run it through OCR, or import the text itself`,
      { file: name, reason: 'no_text' },
    );
  }
  return paragraphsOf(lines);
}

function linesOf(pieces: Piece[]): { text: string; y: number; size: number }[] {
  const lines: Piece[][] = [];
  for (const piece of [...pieces].sort((p, q) => q.y - p.y || p.x - q.x)) {
    const line = lines.at(-1);
    // Pieces whose baselines are within a fraction of the type size share a line.
    if (line && Math.abs(line[0]!.y - piece.y) < piece.size * 0.3) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => {
    line.sort((p, q) => p.x - q.x);
    return {
      text: line
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      y: line[0]!.y,
      size: Math.max(...line.map((p) => p.size)),
    };
  });
}

function paragraphsOf(lines: { text: string; y: number; size: number; page: number }[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: current.join(' ') });
    current = [];
  };
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const gap = before && before.page === line.page ? before.y - line.y : Number.POSITIVE_INFINITY;
    const numbered = readMarkers({ line: 1, indent: 0, content: line.text }).length > 0;
    // A line spacing is about 1.2 type sizes; a blank line between paragraphs doubles it.
    if (gap > line.size * 1.7 || numbered || line.size !== before?.size) flush();
    current.push(line.text);
  });
  flush();
  return blocks;
}
