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

/** The content words of a text, in order, for similarity and candidate shingles. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  // Web addresses (reference links, sources) are rare tokens that say nothing about the provision.
  for (const match of foldText(text).replace(URL, ' ').matchAll(WORD)) {
    const word = match[0];
    if (!STOPWORDS.has(word)) out.push(stem(word));
  }
  return out;
}

/**
 * Text with only layout removed (spacing, control characters): equal here means "kept".
 * Brackets, punctuation and case stay, since dropping "[shall]" to "shall" is agreement.
 */
export function canonicalText(text: string): string {
  return text
    .normalize('NFC')
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
