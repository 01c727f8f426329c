// A fast sentence splitter with offsets, tuned for news prose: it knows the titles and
// initials that end in a period ("U.S.", "Lt. Col.", "J.D. Vance") and never splits inside
// a quotation. wink-nlp would do this at 1.6 MB/s; the evidence budget is 2 MB/s overall.
import { allMatches } from './regex.ts';
import { isSpaceCode } from './spaceCodes.ts';
import type { Span } from './types.ts';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st jr sr no vs etc inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m approx est ' +
    // Lower-case only in running text ("the exchange incl. 20 civilians"), never a sentence's end.
    'incl esp cf ' +
    // Parliament's courtesies ("my right hon. Friend", "the hon. Member for Bristol North",
    // "the Rt. Hon. Lady"): Hansard writes them before a capital on every page.
    'hon rt'
  ).split(' '),
);

// Titles that US-style readouts and posts abbreviate before a name ("Amb. Dahl", "Sec. Solberg",
// "w/ Pres. Varin", "the Dep. FM"). Matched with their capital only: "30 min." and "10 sec."
// still end a sentence.
const CAPITALISED_TITLES = new Set('Pres Amb Sec Dep Adm Brig Cmdr Supt Insp Min Dir Cdr'.split(' '));

// Tried only where a run of stops begins: from inside a run ("......") it fails as it does from
// the run's start, and trying every start of a 100,000-character run took a minute.
// A video's captions (captionTurns.ts) set each line apart under its time stamp, lower case and
// unpunctuated: the line a stamp opens goes on with the sentence before it.
const BOUNDARY =
  /(?<![.!?…])[.!?…]+["')\]]*(?=\s+["'(]?[\p{Lu}\d])|\n\n(?![ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+\p{Ll})/gu;

// Patterns with \p{…} written inline are rebuilt with `new RegExp` on every call in the built
// engine (esbuild lowers them): the ones on hot paths are made once, here.
const LETTER_OR_DOT = /[\p{L}.]/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** Whether the code unit at `at` is a letter or a period: ASCII by its code, the rest by \p{L}. */
function letterOrDotAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_DOT.test(text[at]!);
}

/** Whether the period at `dot` ends a title, an initial or an initialism ("Ms.", "J.", "U.S."), not a sentence. */
export function endsWithAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  // Walked back a character at a time before every period: a regex test per character cost
  // more than the rest of the sentence split.
  while (start > 0 && letterOrDotAt(text, start - 1)) start--;
  const cased = text.slice(start, dot);
  const word = cased.toLowerCase();
  // A single initial ("J.") or a dotted initialism ("U.S") keeps the sentence going.
  return (
    word.length === 1 ||
    ABBREVIATIONS.has(word) ||
    CAPITALISED_TITLES.has(cased) ||
    // An initialism holds a period: the test runs only on words that do.
    (word.includes('.') && INITIALISM.test(word))
  );
}

/** Sentence spans of `text` within `[from, to)`; quote marks (") are paired to avoid splitting quotes. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(from, to);
  // The quote marks' places, read once: a count from each sentence's start read on to the next
  // mark, past the end of the text where no mark follows, at every boundary.
  const marks: number[] = [];
  for (let i = slice.indexOf('"'); i !== -1; i = slice.indexOf('"', i + 1)) marks.push(i);
  // The first mark at or after the sentence's start, and at or after the boundary's end.
  let first = 0;
  let past = 0;
  let start = 0;
  for (const match of allMatches(BOUNDARY, slice)) {
    const at = match.index;
    const end = at + match[0].length;
    if (match[0] !== '\n\n') {
      if (match[0].startsWith('.') && endsWithAbbreviation(slice, at)) continue;
      // Inside an open quotation the sentence is the speaker's, not ours.
      while (first < marks.length && marks[first]! < start) first++;
      while (past < marks.length && marks[past]! < end) past++;
      if ((past - first) % 2 === 1) continue;
    }
    pushTrimmed(slice, spans, start, match[0] === '\n\n' ? at : end, from);
    start = end;
  }
  pushTrimmed(slice, spans, start, slice.length, from);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number, offset: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push([s + offset, e + offset]);
}

/** Paragraph spans of clean text (paragraphs are separated by a blank line). */
export function splitParagraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', start)) {
    if (at > start) spans.push([start, at]);
    start = at + 2;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
