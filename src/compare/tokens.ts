// Words for matching: case- and accent-folded, stopwords dropped, a light suffix strip so
// "contribution"/"contributions" or "adopt"/"adopted" meet. Redlines use their own tokens
// (redline.ts) because they must keep every character of the text.

const STOPWORDS = new Set(
  (
    'a an and are as at be been by for from has have in into is it its of on or shall should that the ' +
    'their them these this those to was were which will with may must not any all such other its'
  ).split(' '),
);

// Letters (any script) and digits; brackets, punctuation and markup are separators.
const WORD = /[\p{L}\p{N}]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

const ASCII = /^[\x00-\x7f]*$/;
const URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/g;

/** Folds case and diacritics so re-typed or re-encoded copies compare equal. */
export function foldText(text: string): string {
  // Most drafts are plain ASCII; normalising them is the costliest step of tokenising.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Strips the commonest English inflections; crude on purpose (cheap, and wrong the same way on both sides). */
function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The folded words of a text in order, before stopwords and stemming ("" may appear at either end). */
export function foldedWords(text: string): string[] {
  let folded = foldText(text);
  // Web addresses (reference links, sources) are rare tokens that say nothing about the provision.
  if (folded.includes('://') || folded.includes('www.')) folded = folded.replace(URL, ' ');
  return ASCII.test(folded) ? asciiWords(folded) : folded.split(NON_WORD);
}

/** The runs of [a-z0-9] in lower-case ASCII text: what the Unicode split gives, without the regex engine. */
function asciiWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** A folded word as matching reads it: its stem, or undefined for a stopword. */
export function contentWord(word: string): string | undefined {
  return word === '' || STOPWORDS.has(word) ? undefined : stem(word);
}

/**
 * Text with only layout removed (spacing, control characters): equal here means "kept".
 * Brackets, punctuation and case stay, since dropping "[shall]" to "shall" is agreement.
 */
export function canonicalText(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFC'))
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLACEHOLDER =
  /^[\s[(*_]*(removed|deleted|reserved|omitted|intentionally (left )?blank|no text|placeholder)[\s\]).*_]*$/i;

/** True for a kept number with no content ("3. [removed]", "(Deleted)"). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** A number reduced to its core ("Article 2bis" → "2bis", "(a)" → "a") for number evidence. */
export function numberCore(number: string): string {
  const folded = foldText(number).replace(/\b(article|art|section|paragraph|para|point|chapter)\b/g, '');
  return (folded.match(WORD) ?? []).join('.');
}
