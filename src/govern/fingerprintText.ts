// Reads text as a stream of wording "items" for fingerprinting: each item has a class
// that is the same whichever variant is used (so copies align with the master) and a
// form saying which variant was used (the fingerprint bit). Offsets point into the text.
import { SPELLING_PAIRS, VARIANT_GROUPS, type VariantGroup } from './fingerprintTable.ts';

export interface Token {
  word: string;
  start: number;
  end: number;
}

export interface Item {
  /** Variant-independent class: a word, a group id, `#25` for a number, `and`/`or`. */
  cls: string;
  /** Which variant appears: a group form, `word`/`digit`, `uk`/`us`, `comma`/`plain`; '' for plain words. */
  form: string;
  start: number;
  end: number;
  group?: VariantGroup;
}

const TOKEN = /[\p{L}\p{N}]+|[.,;:!?()]/gu;

/** Words and punctuation, lowercased, with offsets; whitespace and line breaks vanish. Throws nothing. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const phraseKey = (surface: string) => tokenize(surface).map((t) => t.word);

// First token → candidate phrases, longest first, so "in accordance with" beats "in".
const PHRASES = new Map<string, { words: string[]; group: VariantGroup; form: string }[]>();
for (const group of VARIANT_GROUPS) {
  for (const form of group.forms) {
    const words = phraseKey(form);
    const list = PHRASES.get(words[0]!) ?? [];
    list.push({ words, group, form });
    list.sort((a, b) => b.words.length - a.words.length);
    PHRASES.set(words[0]!, list);
  }
}

const SPELLING = new Map<string, { cls: string; form: 'uk' | 'us'; other: string }>();
for (const [uk, us] of SPELLING_PAIRS) {
  SPELLING.set(uk, { cls: uk, form: 'uk', other: us });
  SPELLING.set(us, { cls: uk, form: 'us', other: uk });
}

/** The other spelling of a British/American pair (lowercase), if the word has one. Throws nothing. */
export function spellingPartner(word: string): string | undefined {
  return SPELLING.get(word)?.other;
}

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 in words, hyphenated like "twenty-five". Throws nothing. */
export function numberInWords(n: number): string {
  if (n < 20) return UNITS[n]!;
  const unit = n % 10;
  return unit === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${UNITS[unit]}`;
}

/** Reads the number starting at token i: value, tokens used, form. */
function readNumber(
  tokens: readonly Token[],
  i: number,
): { value: number; used: number; form: 'word' | 'digit' } | undefined {
  const word = tokens[i]!.word;
  if (/^\d{1,2}$/.test(word)) return { value: Number(word), used: 1, form: 'digit' };
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return { value: unit, used: 1, form: 'word' };
  const tens = TENS.indexOf(word);
  if (tens < 2) return undefined;
  const next = UNITS.indexOf(tokens[i + 1]?.word ?? '');
  return next >= 1 && next <= 9
    ? { value: tens * 10 + next, used: 2, form: 'word' }
    : { value: tens * 10, used: 1, form: 'word' };
}

/** The item stream of a text. Throws nothing. */
export function readItems(text: string): Item[] {
  const tokens = tokenize(text);
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const item = readItem(tokens, i);
    items.push(item.item);
    i += item.used;
  }
  return items;
}

function readItem(tokens: readonly Token[], i: number): { item: Item; used: number } {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // A comma before "and"/"or" belongs to the conjunction: that is the serial-comma bit.
  if (token.word === ',' && (next?.word === 'and' || next?.word === 'or')) {
    return { item: { cls: next.word, form: 'comma', start: token.start, end: next.end }, used: 2 };
  }
  if (token.word === 'and' || token.word === 'or')
    return { item: { cls: token.word, form: 'plain', start: token.start, end: token.end }, used: 1 };
  for (const phrase of PHRASES.get(token.word) ?? []) {
    if (phrase.words.every((w, k) => tokens[i + k]?.word === w)) {
      const last = tokens[i + phrase.words.length - 1]!;
      return {
        item: {
          cls: phrase.group.id,
          form: phrase.form,
          start: token.start,
          end: last.end,
          group: phrase.group,
        },
        used: phrase.words.length,
      };
    }
  }
  const number = readNumber(tokens, i);
  if (number) {
    const last = tokens[i + number.used - 1]!;
    return {
      item: { cls: `#${number.value}`, form: number.form, start: token.start, end: last.end },
      used: number.used,
    };
  }
  const spelling = SPELLING.get(token.word);
  if (spelling)
    return { item: { cls: spelling.cls, form: spelling.form, start: token.start, end: token.end }, used: 1 };
  return { item: { cls: token.word, form: '', start: token.start, end: token.end }, used: 1 };
}
