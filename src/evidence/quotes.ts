// Finds direct quotations in clean text, where every quote mark is a plain ". Marks pair up
// within a paragraph; a quotation left open at a paragraph's end continues only when the
// next paragraph opens with a mark (the newspaper convention for multi-paragraph quotes).
import { splitParagraphSpans } from './sentences.ts';
import type { Span } from './types.ts';

export interface QuoteSpan {
  /** The quoted words, without the outer marks. */
  inner: Span;
  /** Paragraph where the quotation opens. */
  paragraph: number;
  /** Paragraph where it closes (later than `paragraph` for multi-paragraph quotes). */
  lastParagraph: number;
  /** Never closed: taken to the end of its paragraph. */
  unclosed?: boolean;
}

// An opening mark follows a space, a colon, a dash or a bracket, and the words run on after it.
const OPENS_AT = /(?:^|[\s:(—–-])$/;
const MIN_UNCLOSED_WORDS = 3;

/** All quotations of `text`, including those spanning paragraphs and those never closed. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const paragraphs = splitParagraphSpans(text);
  const quotes: QuoteSpan[] = [];
  let open = -1;
  let openParagraph = -1;
  paragraphs.forEach(([start, end], index) => {
    let at = text.indexOf('"', start);
    // The opening mark of a continued quotation is not a closing one.
    if (open !== -1 && at === start) at = text.indexOf('"', at + 1);
    for (; at !== -1 && at < end; at = text.indexOf('"', at + 1)) {
      if (open === -1) {
        open = at;
        openParagraph = index;
      } else {
        quotes.push({ inner: [open + 1, at], paragraph: openParagraph, lastParagraph: index });
        open = -1;
      }
    }
    const next = paragraphs[index + 1];
    if (open !== -1 && !(next && text[next[0]] === '"')) {
      // A quotation left open runs to its paragraph's end, flagged so a reviewer checks it.
      const words = text
        .slice(open + 1, end)
        .trim()
        .split(/\s+/).length;
      if (OPENS_AT.test(text.slice(Math.max(start, open - 1), open)) && words >= MIN_UNCLOSED_WORDS)
        quotes.push({
          inner: [open + 1, end],
          paragraph: openParagraph,
          lastParagraph: index,
          unclosed: true,
        });
      open = -1;
    }
  });
  return quotes;
}

/** The quoted words with the marks that reopen continued paragraphs removed. */
export function quoteWords(text: string, inner: Span): string {
  // Only runs that are not already one plain space are rewritten (the same result, cheaper).
  return text
    .slice(inner[0], inner[1])
    .replace(/\n\n"/g, ' ')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/** A mask-friendly copy of `text` where every quotation's words are replaced by underscores. */
export function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  let out = '';
  let last = 0;
  for (const { inner } of quotes) {
    // Line by line rather than a regex per character: this runs for every quotation.
    const masked = text
      .slice(inner[0], inner[1])
      .split('\n')
      .map((line) => '_'.repeat(line.length))
      .join('\n');
    out += text.slice(last, inner[0]) + masked;
    last = inner[1];
  }
  return out + text.slice(last);
}
