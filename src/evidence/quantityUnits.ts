// What a figure is in: a currency sign, a unit of measure read to one base ("1,200 MW" and "1.2
// gigawatts" are one value), or the noun it counts, folded by the concept lexicon ("detainees" →
// "prisoner"). Split out of numbers.ts; moved verbatim.
import { MONTHS } from '../core/calendar.ts';
import { meaningStem, meaningWords } from './meaning.ts';
import { ONES } from './numberWords.ts';

export const CURRENCY_SIGN: Record<string, string> = {
  $: 'usd',
  us$: 'usd',
  // "US$ 3.5bn" as some houses write it, "$US240 million" as others do.
  $us: 'usd',
  usd: 'usd',
  '€': 'eur',
  eur: 'eur',
  '£': 'gbp',
  gbp: 'gbp',
};
export const CURRENCIES = new Set(Object.values(CURRENCY_SIGN));
// Units of measure written as words or symbols, to one base unit and its factor.
export const MEASURES: [RegExp, string, number][] = [
  // A body's size in people: "a 250-strong mission", "a 15-member delegation", "300 personnel".
  [/^(?:strong|members?|personnel|staff)$/i, 'person', 1],
  [/^(?:cubic (?:metre|meter)s?|m³|m3|cu\.? ?m)$/i, 'm3', 1],
  [/^bcm$/i, 'm3', 1e9],
  [/^(?:square (?:kilometre|kilometer)s?|km²|km2|sq\.? ?km)$/i, 'km2', 1],
  [/^(?:kilometres?|kilometers?|km)$/i, 'km', 1],
  [/^(?:nautical[- ]miles?|nm|nmi)$/i, 'km', 1.852],
  [/^(?:metres?|meters?)$/i, 'm', 1],
  [/^(?:gw|gigawatts?)$/i, 'w', 1e9],
  [/^(?:mw|megawatts?)$/i, 'w', 1e6],
  [/^(?:kw|kilowatts?)$/i, 'w', 1e3],
  [/^(?:twh|terawatt[- ]hours?)$/i, 'wh', 1e12],
  [/^(?:gwh|gigawatt[- ]hours?)$/i, 'wh', 1e9],
  [/^(?:mwh|megawatt[- ]hours?)$/i, 'wh', 1e6],
  [/^(?:tonnes?|tons?|t)$/i, 'tonne', 1],
  [/^(?:%|per ?cent|percent)$/i, 'percent', 1],
  [/^(?:dollars?|us dollars?)$/i, 'usd', 1],
  [/^euros?$/i, 'eur', 1],
  [/^pounds? sterling$/i, 'gbp', 1],
];
const MEASURE_UNITS = new Set(MEASURES.map(([, unit]) => unit));
/** Whether a unit is one of measure (km, m³, percent…), not a counted noun. */
export const isMeasure = (unit: string): boolean => MEASURE_UNITS.has(unit);
export const MEASURE =
  'nautical[- ]miles?|(?:cubic|square) (?:metre|meter|kilometre|kilometer)s?|(?:tera|giga|mega)watt[- ]hours?|m³|km²|m3|km2|km|nmi|nm|gw|mw|kw|twh|gwh|mwh|bcm|%|per ?cent|us dollars?|pounds? sterling|t';

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
  'time',
  'other',
  'more',
  'less',
  'than',
  'per',
  'side',
  'party',
  'each',
  ...MONTHS,
  ...[...MONTHS].map((m) => m.slice(0, 3)),
  'sept',
  // Prepositions and conjunctions: "cut to 17 during the round", "19 points since January" count
  // nothing after the figure.
  ...['during', 'since', 'until', 'till', 'through', 'throughout', 'within', 'without', 'against'],
  ...['among', 'amid', 'across', 'along', 'around', 'toward', 'towards', 'despite', 'because'],
  ...['unless', 'although', 'though', 'whereas', 'while', 'once', 'when', 'where', 'including'],
]);

// Words that end the noun phrase after a number: what follows is no longer what it counts.
const PHRASE_END = new Set([
  // Adverbs: "the 2.4 billion Torvania now promises" counts no promises.
  ...['now', 'also', 'still', 'already', 'just', 'only', 'then', 'again'],
  'the',
  'and',
  'for',
  'from',
  'with',
  'that',
  'which',
  'who',
  'are',
  'were',
  'was',
  'will',
  'would',
  'have',
  'has',
  'had',
  'each',
  'per',
  'over',
  'into',
  'under',
  'than',
  'more',
  'less',
  'its',
  'their',
  'this',
  'these',
  'all',
  'both',
  'any',
  'but',
  'not',
  'said',
  'says',
  'can',
  'could',
  'should',
  'may',
  'must',
  'between',
]);

/** The noun a number counts, among the words after it up to one that ends the phrase. */
export function headNoun(words: string): string {
  const list = words.split(/\s+/);
  // A function word or another number ends it: "the twenty points one by one" counts points.
  const ends = (w: string) => PHRASE_END.has(w) || ONES[w] !== undefined;
  const end = list.findIndex((w, i) => i > 0 && ends(w.toLowerCase()));
  const phrase = end === -1 ? list : list.slice(0, end);
  // A measure or "detained persons" is read whole. Else the first plural heads it: what
  // is counted is plural, the words before it say which ("three joint measurement
  // stations", "nine Belmoran border guards") and those after it what is said of them
  // ("26 points remain open"); with no plural, the first word ("1 station"). A plural in "-men"
  // ("nine Ultan fishermen", "250 servicemen") is one too.
  const whole = phrase.join(' ');
  if (MEASURES.some(([re]) => re.test(whole)) || /^detained persons?$/i.test(whole)) return whole;
  return phrase.find((w) => /[^s]s$|\p{L}men$/iu.test(w)) ?? phrase[0]!;
}

const ANY_PEOPLE = /^(?:individuals|nationals)$/i;
const TRADE_MEN = /^(\p{L}{3,}er)m[ae]n$/iu;

/** A unit as compared: a measure's base unit and factor, else the counted noun folded. */
export function unitOf(word: string): { unit: string; factor: number } | undefined {
  const measure = MEASURES.find(([re]) => re.test(word));
  if (measure) return { unit: measure[1], factor: measure[2] };
  // People counted by a word that says no kind ("29 individuals", "43 of its nationals") are
  // persons, as "people" is: the count of a group another source names by its kind.
  if (ANY_PEOPLE.test(word)) return { unit: 'person', factor: 1 };
  // A trade's people in "-men" are its "-ers": "47 fishermen" and "43 fishers" count one crew.
  const trade = TRADE_MEN.exec(word);
  if (trade) return { unit: trade[1]!.toLowerCase(), factor: 1 };
  // "sides", "parties", "times": every singular the plural may be of ("sides" is not "sid").
  const lower = word.toLowerCase();
  const singulars = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')];
  if (singulars.some((n) => NOT_UNITS.has(n))) return undefined;
  // "states" counted are states ("observers from 12 states"), not statements, with which meaning
  // folds "state", the verb's sense; nor countries, which "21 member states" of a bloc may not be.
  if (/^states?$/.test(lower)) return { unit: 'state', factor: 1 };
  // "posts" is also a reporting verb, a stop word for meaning: as a counted noun it stays.
  const folded =
    [...meaningWords(word)][0] ??
    (lower.length >= 4 && !PHRASE_END.has(lower) ? meaningStem(lower) : undefined);
  return folded ? { unit: folded, factor: 1 } : undefined;
}

/**
 * A capitalised word after a number, mid-sentence and with no plural after it, is a name
 * ("1.2 billion Ketheny has promised"), not what the number counts.
 */
export const isName = (unitWord: string, words: string) =>
  /^\p{Lu}/u.test(unitWord) &&
  !/\p{Ll}s$/u.test(unitWord) &&
  !MEASURES.some(([re]) => re.test(words)) &&
  // A line in capitals ("214 PRISONERS ARE HOME") shouts its plural; it names nothing.
  !/^\p{Lu}{2,}S$/u.test(unitWord);
