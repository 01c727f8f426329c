// Finds direct quotations in clean text, where every quote mark is a plain ". Marks pair up
// within a paragraph; a quotation left open at a paragraph's end continues only when the
// next paragraph opens with a mark (the newspaper convention for multi-paragraph quotes).
// Quotations in single marks, the British style ('a subsidy for the railways'), are read too
// where no double mark holds them.
import { dashQuoteSpans } from './dashQuotes.ts';
import { splitParagraphSpans } from './sentences.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

export interface QuoteSpan {
  /** The quoted words, without the outer marks. */
  inner: Span;
  /** Paragraph where the quotation opens. */
  paragraph: number;
  /** Paragraph where it closes (later than `paragraph` for multi-paragraph quotes). */
  lastParagraph: number;
  /** Never closed: taken to the end of its paragraph. */
  unclosed?: boolean;
  /** A statement running over paragraphs no mark reopens (`closingParagraph`): a readout's whole body. */
  statement?: boolean;
}

// An opening mark follows a space, a colon, a dash or a bracket, and the words run on after it.
const OPENS_AT = /(?:^|[\s:(—–-])$/;
const MIN_UNCLOSED_WORDS = 3;

/** All quotations of `text`, including those spanning paragraphs and those never closed. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const paragraphs = splitParagraphSpans(text);
  const marked = doubleQuoteSpans(text, paragraphs);
  const dashed = dashQuoteSpans(text, paragraphs);
  const double =
    dashed.length === 0 ? marked : [...marked, ...dashed].sort((a, b) => a.inner[0] - b.inner[0]);
  if (!text.includes("'")) return double;
  // Both lists run in order: one cursor over the double quotations finds any that overlaps.
  let d = 0;
  const single = singleQuoteSpans(text, paragraphs).filter(({ inner: [s, e] }) => {
    while (d < double.length && double[d]!.inner[1] + 1 <= s) d++;
    const next = double[d];
    return next === undefined || e <= next.inner[0] - 1;
  });
  return single.length === 0 ? double : [...double, ...single].sort((a, b) => a.inner[0] - b.inner[0]);
}

// An apostrophe between letters ("Zemara's", "don't") is no mark. An opening mark follows a
// space, a bracket or a dash and touches a letter or digit; a closing one touches the words
// before it and no letter after it. A headline's "'…': families gather" is read elsewhere.
const SINGLE_OPENS = /[\s(—–]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Quotations in single marks, each closed within its paragraph; a mark left open is an apostrophe. */
function singleQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  paragraphs.forEach(([start, end], index) => {
    let open = -1;
    for (let at = text.indexOf("'", start); at !== -1 && at < end; at = text.indexOf("'", at + 1)) {
      const before = at > start ? text[at - 1]! : ' ';
      const after = at + 1 < end ? text[at + 1]! : ' ';
      if (open === -1) {
        if (SINGLE_OPENS.test(before) && WORD_CHAR.test(after)) open = at;
      } else if (!/\s/.test(before) && !WORD_CHAR.test(after)) {
        if (after !== ':' || open !== start)
          quotes.push({ inner: [open + 1, at], paragraph: index, lastParagraph: index });
        open = -1;
      }
    }
  });
  return quotes;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

// Paragraphs a quotation may run over with no mark reopening them (`closingParagraph`).
const MAX_RUN = 15;

/**
 * Where a quotation that opens a paragraph and is left open there closes, when the paragraphs after
 * it reopen no mark: the first later paragraph whose first mark is the one ending it. A government's
 * readout prints its spokesperson's statement so ('A Downing Street spokesperson said:', then
 * '"The Prime Minister spoke to …', paragraphs with no mark, '… to speak again soon."'). A mark
 * anywhere else in between leaves it open.
 */
function closingParagraph(text: string, paragraphs: Span[], from: number): number {
  for (let k = from + 1; k < paragraphs.length && k <= from + MAX_RUN; k++) {
    const [s, e] = paragraphs[k]!;
    const at = text.indexOf('"', s);
    if (at === -1 || at >= e) continue;
    return at === e - 1 && at > s ? k : -1;
  }
  return -1;
}

/** Quotations in double marks. */
function doubleQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  let openParagraph = -1;
  let runsTo = -1;
  // The first mark at or after a place, remembered: a paragraph without a mark read on to the next
  // one, past the end of the text where none follows, once for every paragraph.
  let known = -2;
  let knownFrom = 0;
  const markFrom = (from: number): number => {
    if (known === -2 || from < knownFrom || (known !== -1 && known < from)) known = text.indexOf('"', from);
    knownFrom = from;
    return known;
  };
  paragraphs.forEach(([start, end], index) => {
    // Inside a quotation running on unmarked (`closingParagraph`): its last paragraph closes it.
    if (index < runsTo) return;
    if (index === runsTo) {
      quotes.push({
        inner: [open + 1, end - 1],
        paragraph: openParagraph,
        lastParagraph: index,
        statement: true,
      });
      open = -1;
      runsTo = -1;
      return;
    }
    let at = markFrom(start);
    // The opening mark of a continued quotation is not a closing one.
    if (open !== -1 && at === start) at = markFrom(at + 1);
    for (; at !== -1 && at < end; at = markFrom(at + 1)) {
      if (open === -1) {
        // A mark right after a figure opens nothing: it is the inch or the second ("a 48" pipe").
        if (at > start && isDigit(text.charCodeAt(at - 1))) continue;
        open = at;
        openParagraph = index;
      } else {
        quotes.push({ inner: [open + 1, at], paragraph: openParagraph, lastParagraph: index });
        open = -1;
      }
    }
    const next = paragraphs[index + 1];
    // Opening its paragraph, or after the colon that introduces it ('… spokesperson said: "The …').
    const opensStatement = open !== -1 && (open === start || /:\s*$/.test(text.slice(start, open)));
    if (opensStatement && !(next && text[next[0]] === '"'))
      runsTo = closingParagraph(text, paragraphs, index);
    if (open !== -1 && runsTo === -1 && !(next && text[next[0]] === '"')) {
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

/** A whole span read from a document's layout (a post, a comment) as one quotation of its speaker. */
export function spanQuote(
  text: string,
  span: Span,
  speaker: Speaker,
  speakerSpan: Span | undefined,
  form: 'turn' | 'post',
): SuggestedClaim {
  const said = text.slice(span[0], span[1]);
  const words = said.replace(/\s+/g, ' ').trim();
  return {
    kind: 'quote',
    text: said,
    span,
    speaker,
    data: speakerSpan ? { words, speakerSpan, form } : { words, form },
  };
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
