// Quantities in a sentence, with the thing they count: "12 articles", "nine ports",
// "30 percent", "a quarter", "2.5 million tonnes", "40 prisoners", "120 m³/s". Two sources
// that give one thing two counts contradict each other; the unit says whether it is one
// thing, and so does the rate: "400 million cubic metres a year" and "120 cubic metres per
// second" are two things, "0.4 billion m³ annually" and "400 million cubic metres a year" one.
import { MONTHS } from '../core/calendar.ts';

export interface Quantity {
  value: number;
  /** The counted noun, singular and folded to one word for synonyms ("detainee" → "prisoner"). */
  unit: string;
  /** Per what, when the text says: "a year", "per second", "annual", "/s" → year, second. */
  rate?: string;
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
// Units of measure written as words or symbols, one name each: "cubic metres" and "m³" are one unit.
const MEASURES: [RegExp, string][] = [
  [/^(?:cubic (?:metre|meter)s?|m³|m3|cu\.? ?m)$/i, 'm3'],
  [/^(?:square (?:kilometre|kilometer)s?|km²|km2|sq\.? ?km)$/i, 'km2'],
  [/^(?:kilometres?|kilometers?|km)$/i, 'km'],
  [/^(?:metres?|meters?)$/i, 'm'],
];
const MEASURE = '(?:cubic|square) (?:metre|meter|kilometre|kilometer)s?|m³|km²|m3|km2|km';
const QUANTITY = new RegExp(
  `\\b${NUMBER}(?:\\s+(thousand|million|billion))?\\s*(%|per cent|percent|detained persons?|${MEASURE}|[a-z]{3,}?)(?:es|s)?(?![\\p{L}\\d])`,
  'giu',
);
// A rate after the quantity, in its clause ("400 million m³ of water from the Tarn per
// year", "120 m³/s"), or an adjective shortly before it ("an annual share of 0.4 billion").
const PERIOD = '(year|annum|month|week|day|hour|second)';
const RATE_AFTER = new RegExp(
  `^(?:[^,;.]{0,40}?\\s(?:a|an|per|each|every)\\s${PERIOD}\\b|\\s*/\\s*(s|sec|h|d|yr|y)\\b|[^,;.]{0,40}?\\b(annually|daily|monthly|weekly|hourly)\\b)`,
  'i',
);
const RATE_BEFORE = /\b(annual|yearly|daily|monthly|weekly|hourly)\b[^,;.]{0,30}$/i;
const PERIOD_OF: Record<string, string> = {
  annum: 'year',
  annually: 'year',
  annual: 'year',
  yearly: 'year',
  yr: 'year',
  y: 'year',
  daily: 'day',
  d: 'day',
  monthly: 'month',
  weekly: 'week',
  hourly: 'hour',
  h: 'hour',
  s: 'second',
  sec: 'second',
};

function rateOf(sentence: string, start: number, end: number): string | undefined {
  const after = RATE_AFTER.exec(sentence.slice(end));
  const before = RATE_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  const word = (after?.[1] ?? after?.[2] ?? after?.[3] ?? before?.[1])?.toLowerCase();
  return word === undefined ? undefined : (PERIOD_OF[word] ?? word);
}

/** Whether two quantities count one thing: one unit, and no two different rates. */
export const sameUnit = (x: Quantity, y: Quantity): boolean =>
  x.unit === y.unit && (x.rate === undefined || y.rate === undefined || x.rate === y.rate);

/** Whether two values are one number, written two ways ("0.4 billion" and "400 million"). */
export const sameValue = (x: number, y: number): boolean =>
  Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
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
    const measure = MEASURES.find(([re]) => re.test(m[3]!))?.[1];
    const unitWord = measure ?? singular(m[3]!.toLowerCase());
    if (NOT_UNITS.has(unitWord) || /^\d{4}$/.test(raw)) continue;
    const value = base * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    const unit = SAME[unitWord] ?? SAME[m[3]!.toLowerCase()] ?? unitWord;
    const rate = rateOf(sentence, m.index, m.index + m[0].length);
    found.push({ value, unit, ...(rate ? { rate } : {}), index: m.index, text: m[0] });
  }
  for (const m of sentence.matchAll(QUARTER)) {
    // "fall by a quarter": a share, in percent.
    found.push({ value: FRACTION[m[1]!.toLowerCase()]!, unit: 'percent', index: m.index, text: m[0] });
  }
  return found;
}
