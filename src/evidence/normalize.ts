// Whitespace and quote normalisation for one paragraph. Curly quotes become straight ones
// so extraction has one quote character to pair; the stray spaces scrapers leave inside
// them ("“ bandied ... . ”") are removed first, while the direction is still known.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Runs of spaces that are not already one plain space: replacing every single space with
// itself cost more than the rest of the paragraph's normalisation.
const SPACES =
  /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t ]{2,}|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;

const NEEDS_WORK = /[\u00A0\u1680\u2000-\u206F\u202F\u3000\uFEFF\u00AD«»″′\t]| {2}/;

// `Estmark"s`, `don"t`: a scraper's apostrophe turned into a double quote would break pairing.
const QUOTE_AS_APOSTROPHE = /(\p{L})"(s|t|d|ll|re|ve|m)(?![\p{L}])/gu;
// What every such apostrophe holds, without the letter before it: this pattern opens with the
// quote mark, which V8 searches for directly, where the full one tries a letter at every offset.
const MAY_BE_APOSTROPHE = /"(?:s|t|d|ll|re|ve|m)(?![\p{L}])/u;

/** Normalises whitespace, quotes and apostrophes in one paragraph (no newlines in the result). */
export function normalizeParagraph(line: string): string {
  if (!NEEDS_WORK.test(line)) return fixApostrophes(line.trim());
  return fixApostrophes(normalizeSpacesAndQuotes(line));
}

function fixApostrophes(line: string): string {
  return MAY_BE_APOSTROPHE.test(line) ? line.replace(QUOTE_AS_APOSTROPHE, "$1'$2") : line;
}

// The spaces inside quotation marks are sought only where such a mark stands: both patterns try
// every space of the paragraph, and most paragraphs that need work have only apostrophes or dashes.
const hasOpening = (line: string) => line.includes('“') || line.includes('«') || line.includes('„');
const hasClosing = (line: string) => line.includes('”') || line.includes('»');

function normalizeSpacesAndQuotes(line: string): string {
  let out = line.replace(INVISIBLE, '').replace(SPACES, ' ');
  if (hasOpening(out)) out = out.replace(/([“«„])\s+/g, '$1');
  if (hasClosing(out)) out = out.replace(/\s+([”»])/g, '$1');
  return out
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .trim();
}

const OPEN_END = /[^.!?:;"')\]…]$/;

/**
 * Splits text into paragraphs. Scraped pages put one paragraph per line; hard-wrapped
 * text continues a sentence on a line starting in lower case, which is joined back.
 */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = out.length - 1;
    // A URL or a "date ..." line is a header of its own, never the start of a wrapped sentence.
    const joins =
      !previousBlank &&
      last >= 0 &&
      OPEN_END.test(out[last]!) &&
      /^[a-z]/.test(line) &&
      !/^https?:\/\/\S+$/.test(out[last]!) &&
      !/^date\s+\d/i.test(line);
    if (joins) {
      out[last] = `${out[last]} ${line}`;
    } else {
      out.push(line);
    }
    previousBlank = false;
  }
  return out;
}
