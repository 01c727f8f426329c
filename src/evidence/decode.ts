// Bytes to text, refusing what is not a text document: binaries, unknown encodings,
// oversized files. UTF-8 (with or without BOM), UTF-16 with BOM and cp1252 are read;
// HTML goes through Readability. The one place in src/evidence that sees raw bytes.
import { ParleyError } from '../core/errors.ts';
import { htmlToText } from './html.ts';
import { CP1252 } from './mojibake.ts';

/** Larger files are refused: no news article is this long, and 2 MB/s would take minutes. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or DOCX/ODT)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function fail(code: 'invalid_input' | 'unsupported', fileName: string, why: string): never {
  throw new ParleyError(code, `${fileName}: ${why}`, { fileName });
}

/** Share of characters that are control characters no text document contains. */
function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return sample.length === 0 ? 0 : controls / sample.length;
}

function decodeText(bytes: Uint8Array, fileName: string): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const [magic, what] of MAGIC) {
    if (startsWith(bytes, magic)) fail('unsupported', fileName, `is ${what}, not a text or HTML document`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8. Western cp1252 text is mostly ASCII; a legacy Cyrillic or CJK page is not,
    // and guessing its code page would feed garbage to extraction.
    let high = 0;
    for (const b of bytes.subarray(0, 65536)) if (b >= 0x80) high++;
    if (high / Math.min(bytes.length, 65536) > 0.1) {
      fail('unsupported', fileName, 'is in an unknown encoding (not UTF-8 or UTF-16); convert it to UTF-8');
    }
    // Node's small-ICU TextDecoder treats windows-1252 as Latin-1, so map 0x80–0x9F ourselves.
    return Buffer.from(bytes)
      .toString('latin1')
      .replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
  }
}

// A page saved with an .html name but holding no element at all (a post copied into a file so
// named) is text: an HTML parser finds no document in it.
const looksLikeHtml = (fileName: string, text: string) =>
  (/\.x?html?$/i.test(fileName) && /<[a-z]/i.test(text)) ||
  /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));

/**
 * Decodes a document's bytes to text; HTML pages become their article text.
 * Throws ParleyError `invalid_input` (empty, too large, no article in the HTML) or
 * `unsupported` (binary file, unknown encoding), the message naming the file.
 */
export function decodeDocument(bytes: Uint8Array, fileName: string, maxBytes = MAX_DOCUMENT_BYTES): string {
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    fail(
      'invalid_input',
      fileName,
      `is ${mb(bytes.length)}, over the ${mb(maxBytes)} limit; split it into articles`,
    );
  }
  const text = decodeText(bytes, fileName);
  if (controlShare(text) > 0.005)
    fail('unsupported', fileName, 'looks binary (control characters), not a text document');
  if (text.trim() === '') fail('invalid_input', fileName, 'is empty');
  if (!looksLikeHtml(fileName, text)) return text;
  const article = htmlToText(text);
  if (article === undefined) fail('invalid_input', fileName, 'is HTML without readable article text');
  return article;
}
