// Quantities in a sentence, with the thing they count: "12 articles", "nine ports",
// "30 percent", "a quarter", "2.5 million tonnes", "40 prisoners". Two sources that give
// one thing two counts contradict each other; the unit says whether it is one thing.
import { MONTHS } from '../core/calendar.ts';

export interface Quantity {
  value: number;
  /** The counted noun, singular and folded to one word for synonyms ("detainee" → "prisoner"). */
  unit: string;
  index: number;
  text: string;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
// Nouns that name the same thing counted.
const SAME: Record<string, string> = {
  detainee: 'prisoner',
  'detained person': 'prisoner',
  captive: 'prisoner',
  '%': 'percent',
  'per cent': 'percent',
  ton: 'tonne',
  vessel: 'ship',
  harbour: 'port',
  clause: 'article',
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})`;
const QUANTITY = new RegExp(
  `\\b${NUMBER}(?:\\s+(thousand|million|billion))?\\s*(%|per cent|percent|detained persons?|[a-z]{3,}?)(?:es|s)?\\b`,
  'gi',
);
const QUARTER = /\b(?:a|one) (quarter|third|half)\b/gi;
const FRACTION: Record<string, number> = { quarter: 25, third: 33, half: 50 };
// Words after a number that are not what it counts.
const NOT_UNITS = new Set([
  'and',
  'to',
  'or',
  'of',
  'the',
  'a',
  'an',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  ...MONTHS,
]);

const singular = (w: string) => w.replace(/(?:es|s)$/, '');

/** The quantities a sentence states, with what they count. */
export function quantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const raw = m[1]!.toLowerCase();
    const base = WORDS[raw] ?? Number(raw);
    if (!Number.isFinite(base)) continue;
    const unitWord = singular(m[3]!.toLowerCase());
    if (NOT_UNITS.has(unitWord) || /^\d{4}$/.test(raw)) continue;
    const value = base * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    const unit = SAME[unitWord] ?? SAME[m[3]!.toLowerCase()] ?? unitWord;
    found.push({ value, unit, index: m.index, text: m[0] });
  }
  for (const m of sentence.matchAll(QUARTER)) {
    // "fall by a quarter": a share, in percent.
    found.push({ value: FRACTION[m[1]!.toLowerCase()]!, unit: 'percent', index: m.index, text: m[0] });
  }
  return found;
}
