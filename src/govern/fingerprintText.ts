// Reads text as a stream of wording "items" for fingerprinting: each item has a class
// that is the same whichever variant is used (so copies align with the master) and a
// form saying which variant was used (the fingerprint bit). Offsets point into the text.
import { MONTHS, SPELLING_PAIRS, VARIANT_GROUPS, type VariantGroup } from './fingerprintTable.ts';

export interface Token {
  word: string;
  /** As written (for the capital of a month name). */
  raw: string;
  start: number;
  end: number;
}

export interface Item {
  /** Variant-independent class: a word, a group id, `#25` for a number, `and`/`or`. */
  cls: string;
  /**
   * Which variant appears: a group form, `word`/`digit`, `uk`/`us`, `comma`/`plain`,
   * `dmy`/`mdy` for a date; '' for plain words.
   */
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
    raw: m[0],
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

// Words after a year (or a day) that show "November 23, 2000" is a date, not "November 23, 2000 troops".
const AFTER_YEAR = new Set([
  'and',
  'or',
  'the',
  'to',
  'at',
  'in',
  'on',
  'by',
  'until',
  'when',
  'shall',
  'will',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'which',
  'that',
  'they',
  'we',
  'it',
  'each',
  'both',
  'all',
]);
const isDay = (t: Token | undefined) =>
  t !== undefined &&
  /^\d{1,2}$/.test(t.word) &&
  Number(t.word) >= 1 &&
  Number(t.word) <= 31 &&
  !t.word.startsWith('0');
const isMonth = (t: Token | undefined) =>
  t !== undefined && MONTHS.has(t.word) && /^\p{Lu}\p{Ll}+$/u.test(t.raw);
const isYear = (t: Token | undefined, after: Token | undefined) =>
  t !== undefined &&
  /^(19|20)\d\d$/.test(t.word) &&
  (after === undefined || /^[.,;:!?)]$/.test(after.word) || AFTER_YEAR.has(after.word));

/** "23 November [2025]" (dmy) or "November 23[, 2025]" (mdy) at token i. */
function readDate(tokens: readonly Token[], i: number): { item: Item; used: number } | undefined {
  const [a, b, c, d, e] = tokens.slice(i, i + 5);
  let day: Token;
  let month: Token;
  let used: number;
  let year: Token | undefined;
  let form: 'dmy' | 'mdy';
  if (isDay(a) && isMonth(b)) {
    [day, month, form] = [a!, b!, 'dmy'];
    year = isYear(c, d) ? c : undefined;
    used = year ? 3 : 2;
  } else if (isMonth(a) && isDay(b) && !(c && /^\d/.test(c.word))) {
    [day, month, form] = [b!, a!, 'mdy'];
    year = c?.word === ',' && isYear(d, e) ? d : undefined;
    // "May 5 delegates" is no date: without a year, only punctuation or a small word may follow.
    if (!year && c !== undefined && !/^[.,;:!?)]$/.test(c.word) && !AFTER_YEAR.has(c.word)) return undefined;
    used = year ? 4 : 2;
  } else return undefined;
  const last = tokens[i + used - 1]!;
  const cls = `date:${Number(day.word)}-${month.word}${year ? `-${year.word}` : ''}`;
  return { item: { cls, form, start: tokens[i]!.start, end: last.end }, used };
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
  const date = readDate(tokens, i);
  if (date) return date;
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
