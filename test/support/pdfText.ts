// Reads text back out of a PDF the way a leaker's viewer does: Mozilla's PDF.js (the
// engine of Firefox's viewer and of most web viewers) on the real bytes, so the round
// trip needs no system package. Two extractions, like the two a leaker is likely to make:
// reading order (one line per baseline, what select-all and copy gives) and a layout
// that keeps each line's indentation and the gaps between pieces of text.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type Loaded = Awaited<ReturnType<typeof getDocument>['promise']>;

interface Piece {
  text: string;
  x: number;
  y: number;
  size: number;
}

async function open<T>(pdf: Uint8Array, use: (doc: Loaded) => Promise<T>): Promise<T> {
  // PDF.js takes over (and detaches) the buffer it is given and refuses Node Buffers: hand it a plain copy.
  const task = getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    return await use(doc);
  } finally {
    await task.destroy();
  }
}

/** The text pieces of one page, grouped into lines from the top of the page down. */
async function linesOf(doc: Loaded, pageNumber: number): Promise<Piece[][]> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  const pieces: Piece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, , , x, y] = item.transform as number[];
    pieces.push({ text: item.str, x: x!, y: y!, size: Math.hypot(a!, b!) });
  }
  const lines: Piece[][] = [];
  for (const piece of [...pieces].sort((p, q) => q.y - p.y || p.x - q.x)) {
    const line = lines.at(-1);
    // Pieces whose baselines are within a fraction of the type size share a line.
    if (line && Math.abs(line[0]!.y - piece.y) < piece.size * 0.3) line.push(piece);
    else lines.push([piece]);
  }
  for (const line of lines) line.sort((p, q) => p.x - q.x);
  return lines;
}

/**
 * The text of `pdf`: one line per baseline, pieces of a line joined by a space, every page
 * ended by a form feed (as `pdftotext` does). With `layout`, each line is indented and its
 * pieces placed by their horizontal position, one column per half of the type size.
 */
export async function pdfToText(pdf: Uint8Array, options: { layout?: boolean } = {}): Promise<string> {
  return open(pdf, async (doc) => {
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      for (const line of await linesOf(doc, n)) {
        if (!options.layout) {
          text += `${line.map((p) => p.text).join(' ')}\n`;
          continue;
        }
        let row = '';
        for (const p of line) {
          const column = Math.round(p.x / (p.size * 0.5));
          row += `${' '.repeat(Math.max(row ? 1 : 0, column - row.length))}${p.text}`;
        }
        text += `${row}\n`;
      }
      text += '\f';
    }
    return text;
  });
}

/**
 * The document information a viewer's "Properties" shows: Title, Subject, Creator,
 * Producer, Pages, and CreationDate/ModDate as ISO times.
 */
export async function pdfInfo(pdf: Uint8Array): Promise<Map<string, string>> {
  return open(pdf, async (doc) => {
    // PDF.js types the information dictionary as a bare Object.
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const fields = new Map<string, string>([['Pages', String(doc.numPages)]]);
    for (const key of ['Title', 'Subject', 'Creator', 'Producer']) {
      if (typeof info[key] === 'string') fields.set(key, info[key]);
    }
    for (const key of ['CreationDate', 'ModDate']) {
      const at = typeof info[key] === 'string' ? pdfDate(info[key]) : undefined;
      if (at) fields.set(key, at);
    }
    return fields;
  });
}

/** A PDF date (`D:20251120093000Z`, `D:20251120103000+01'00'`) as an ISO time. */
function pdfDate(value: string): string | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`).toISOString();
}
