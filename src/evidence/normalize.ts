// Whitespace and quote normalisation for one paragraph. Curly quotes become straight ones
// so extraction has one quote character to pair; the stray spaces scrapers leave inside
// them ("“ bandied ... . ”") are removed first, while the direction is still known.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t ]+/g;

/** Normalises whitespace and quotes in one paragraph (no newlines in the result). */
const NEEDS_WORK = /[\u00A0\u1680\u2000-\u206F\u202F\u3000\uFEFF\u00AD«»″′\t]| {2}/;

export function normalizeParagraph(line: string): string {
  if (!NEEDS_WORK.test(line)) return line.trim();
  return line
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/([“«„])\s+/g, '$1')
    .replace(/\s+([”»])/g, '$1')
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
    if (!previousBlank && last >= 0 && OPEN_END.test(out[last]!) && /^[a-z]/.test(line)) {
      out[last] = `${out[last]} ${line}`;
    } else {
      out.push(line);
    }
    previousBlank = false;
  }
  return out;
}
