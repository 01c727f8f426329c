// Reads the text back out of a PDF the way a leaker would: Debian's `pdftotext`
// (poppler-utils, installed by .ci/run), on the real bytes.
import { execFileSync } from 'node:child_process';

/** The text of `pdf` as `pdftotext` extracts it (UTF-8, reading order, pages split by form feeds). */
export function pdfToText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
}

/** The document metadata that `pdfinfo` reports, as a map ("Title" → "Accord"). */
export function pdfInfo(pdf: Uint8Array): Map<string, string> {
  const out = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return new Map(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}
