// Quantities in a sentence, with the thing they count: "12 articles", "a 28-point plan",
// "twenty-eight points", "30 percent", "a quarter", "2.5 million tonnes", "1,200
// megawatts", "1.2 GW", "€3 billion", "40 prisoners", "120 m³/s". Two sources that give one
// thing two counts contradict each other; the unit says whether it is one thing, and so
// does the rate: "400 million cubic metres a year" and "120 cubic metres per second" are
// two things, "0.4 billion m³ annually" and "400 million cubic metres a year" one. Units of
// measure are read to one base ("1,200 MW" and "1.2 gigawatts" are one value), and counted
// nouns are folded by the concept lexicon ("detainees" and "prisoners" are one thing).
import { MONTHS } from '../core/calendar.ts';
import { contributedShare } from './contributions.ts';
import { type Hedge, hedgeBefore, hedgeSpan, spansMeet } from './hedges.ts';
import { meaningStem, meaningWords } from './meaning.ts';
import { countsOpen } from './openParts.ts';
import { stageOf } from './stageCounts.ts';
import { provisionsBoth } from './textParts.ts';

export interface Quantity {
  value: number;
  /** The counted noun or unit of measure, folded to one word ("detainees" → "prisoner", "GW" → "w"). */
  unit: string;
  /** Per what, when the text says: "a year", "per second", "annual", "/s" → year, second. */
  rate?: string;
  /**
   * Of a counted noun, the meaning words that say which: the nouns before it ("two gauging
   * points": gauging), or what a compound count is of ("a twenty-point framework": the
   * framework's points).
   */
  which?: string[];
  index: number;
  text: string;
  /**
   * How the figure is given when not exactly (hedges.ts): "about 200" (near), "more than two
   * hundred" (above), "nearly 200" (nearly), "fewer than 200" (below). A limit a rule sets ("no
   * less than twelve miles", "up to 400", "at least 30 km") is exact: it is the figure agreed.
   */
  approx?: Hedge;
  /**
   * A part of a figure said before it, not a whole: "460 km of it on Zemaran track", "Of that,
   * 460 kilometres cross Zemara".
   */
  part?: true;
  /**
   * The stage of a thing done in stages the count is of ("the first stage, of 120 persons", "an
   * advance team of 80 monitors"), or "contribution", one contributor's share of a body ("a
   * contingent of 40 observers to the mission", contributions.ts): a part of the whole, no other
   * figure for it (link.ts).
   */
  stage?: string;
  /**
   * A count of what is still open ("two points still open", "the three outstanding clauses"):
   * a part of a text not yet agreed, no figure for its size (openParts.ts).
   */
  open?: true;
  /** The base-unit step of the figure as written ("22 km": 1; "12 nautical miles": 1.852). */
  step?: number;
  /** The written unit's size in the base unit ("nautical miles": 1.852 km). */
  factor?: number;
}

/** Numbers written as words, "one" to "ninety" and "dozen" (scales apart). */
export const ONES: Record<string, number> = {
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
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};
// Longest first: "seventeen" is not "seven" and a unit "teen".
const WORD = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "1,200", "12 000", "2.5", "twenty-eight", "two hundred and fifty", "half a", "a dozen".
const NUMBER = `(\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:(?:${WORD})\\b|a\\b|half a\\b)(?:[\\s-]+(?:and[\\s-]+)?(?:(?:${WORD})\\b|hundred\\b|a half\\b)|\\s+point\\s+(?:${WORD})\\b)*)`;
const CURRENCY_SIGN: Record<string, string> = {
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
const CURRENCIES = new Set(Object.values(CURRENCY_SIGN));
// Units of measure written as words or symbols, to one base unit and its factor.
const MEASURES: [RegExp, string, number][] = [
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
const MEASURE =
  'nautical[- ]miles?|(?:cubic|square) (?:metre|meter|kilometre|kilometer)s?|(?:tera|giga|mega)watt[- ]hours?|m³|km²|m3|km2|km|nmi|nm|gw|mw|kw|twh|gwh|mwh|bcm|%|per ?cent|us dollars?|pounds? sterling|t';
// A numeral after a slash is the second of a pair, not a count: a thread's "2/4 Our coast
// guards …" is its second post of four. Nor is one after a clock's colon: the minutes of "at
// 14:30" or of a video caption's "0:20 points are agreed" count nothing.
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,/]|\\d:)(us\\$ ?|\\$ ?us ?|\\$|€|£|usd ?|eur ?|gbp ?)?${NUMBER}(?:[\\s-]*(hundred|thousand|million|mln|mn|billion|bn|trillion)\\b|([mb])(?![\\p{L}\\p{N}]))?(?:(-|\\s*)(${MEASURE}|detained persons?|[a-z]{3,}(?:\\s+(?!(?:and|the|for|from|with|that|which|were|was|are|will|would|hundred|thousand|million|billion|${WORD})\\b)[a-z]{3,}){0,2})(?![\\p{L}\\d]))?`,
  'giu',
);
// A rate after the quantity, in its clause ("400 million m³ of water from the Tarn per
// year", "120 m³/s"), or an adjective shortly before it ("an annual share of 0.4 billion").
const PERIOD = '(year|annum|month|week|day|hour|second)';
// "A week later", "a day before" say when, not how often.
const RATE_AFTER = new RegExp(
  `^(?:[^,;.]{0,40}?\\s(?:a|an|per|each|every)\\s${PERIOD}\\b(?!\\s+(?:later|earlier|ago|before|after)\\b)|\\s*/\\s*(s|sec|h|d|yr|y)\\b|[^,;.]{0,40}?\\b(annually|daily|monthly|weekly|hourly)\\b)`,
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

// A count or measure given per side ("140 persons from each side", "five kilometres on either
// side", "each side released 140") is a share of a total, not the total: its rate is "side".
const PER_SIDE_AFTER =
  /^[^,;.]{0,20}?\b(?:from|on|of|for|by|to) (?:each|either) sides?\b|^\s*(?:a|per) side\b/i;
// "Both sides" is per side for a measure only ("five kilometres on both sides" of a line is a
// band's width each way); a count "from both sides" adds the two ("330 prisoners from both sides").
const BOTH_SIDES_AFTER = /^[^,;.]{0,20}?\b(?:from|on|of|for|by|to) both sides\b/i;
const PER_SIDE_BEFORE = /\b(?:each|either) (?:side|party)\b[^,;.]{0,30}$/i;

// A price or a share per unit of something ("6.80 crowns per tonne", "eight euros a barrel",
// "40 dollars per head"): a figure of another dimension than a sum, which no source may leave out.
const MEASURED_UNIT =
  'tonnes?|tons?|kilo(?:gram)?s?|kg|litres?|liters?|barrels?|kilometres?|kilometers?|km|miles?|heads?';
const PER_UNIT_AFTER = new RegExp(
  `^\\s*(?:per\\s+(\\p{L}+)|(?:(?:a|an|each)\\s+|/\\s*)(${MEASURED_UNIT})\\b)`,
  'iu',
);
// A sum given to each of many ("1.6 million for each family", "to each bereaved household") is a
// share per recipient, not the total paid to all of them: its rate is "each" and the recipient.
// The rate of a share per recipient: "each family".
const EACH = 'each ';
// Read from the figure itself: the counted word may have taken "for each family" as its own.
const PER_RECIPIENT_AFTER =
  /^(?:[^,;.]|\.(?=\d)){0,40}?\b(?:for|to)\s+(?:each|every)\s+(?:[\p{L}-]+\s+(?!(?:of|in|on|at|who|that|which|from|and|or|to|for|by|with)\b)([\p{L}-]+)|([\p{L}-]+))/iu;
// A stock held at one time ("store 300,000 tonnes at any one time", "silo capacity of 300,000
// tonnes") is of another dimension than a flow ("4.5 million tonnes a year"), or than a figure
// that says neither.
const STOCK_AFTER =
  /^[^,;.]{0,40}?\b(?:at (?:any )?(?:one )?time|at once|in (?:storage|store|stock)|of (?:\p{L}+ )?(?:storage|silo|warehouse) capacity)\b/iu;
const STOCK_BEFORE =
  /\b(?:store|stores|stored|storing|storage|stockpiles?|silos?) (?:of |up to |some |about )?$/i;
// The base form of a unit a rate is per: "tonnes" → tonne, "t" → tonne.
const PER_UNIT: Record<string, string> = {
  t: 'tonne',
  ton: 'tonne',
  tons: 'tonne',
  kg: 'kilogram',
  km: 'kilometre',
};

// A sum spread over several years or months ("1.2 billion over five years", "across the next
// three years") is a total for that span, no yearly figure: its rate is "span".
const OVER_SPAN_AFTER =
  /^[^,;.]{0,30}?\b(?:over|across|spread over)\s+(?:the\s+(?:next|coming|first)\s+)?(?:a period of\s+)?[\p{L}\d-]+\s+(?:years|months)\b/iu;

function rateOf(
  sentence: string,
  start: number,
  end: number,
  unitEnd = end,
  measure = false,
): string | undefined {
  if (
    PER_SIDE_AFTER.test(sentence.slice(end)) ||
    (measure && BOTH_SIDES_AFTER.test(sentence.slice(end))) ||
    PER_SIDE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))
  )
    return 'side';
  if (OVER_SPAN_AFTER.test(sentence.slice(unitEnd))) return 'span';
  const after = RATE_AFTER.exec(sentence.slice(end));
  const before = RATE_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  const word = (after?.[1] ?? after?.[2] ?? after?.[3] ?? before?.[1])?.toLowerCase();
  if (word !== undefined) return PERIOD_OF[word] ?? word;
  const per = PER_UNIT_AFTER.exec(sentence.slice(unitEnd));
  const unit = (per?.[1] ?? per?.[2])?.toLowerCase();
  if (unit !== undefined) return PER_UNIT[unit] ?? unit.replace(/(?<=[^s])s$/, '');
  const each = PER_RECIPIENT_AFTER.exec(sentence.slice(start));
  const recipient = (each?.[1] ?? each?.[2])?.toLowerCase();
  // "to each of the two": each one, whatever the noun.
  if (recipient !== undefined) return `${EACH}${recipient === 'of' ? 'one' : recipient}`;
  if (
    STOCK_AFTER.test(sentence.slice(end)) ||
    STOCK_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))
  )
    return 'stock';
  return undefined;
}

const PERIODS = new Set(Object.values(PERIOD_OF).concat(['year', 'month', 'week', 'day', 'hour', 'second']));
/**
 * Whether two rates may be of one figure. A period may go unsaid ("4.5 million tonnes" is the
 * yearly volume another source gives "a year"); a price per unit or a stock may not: "6.80
 * crowns per tonne" is no sum of crowns, "300,000 tonnes at any one time" no yearly volume.
 */
const sameRate = (x?: string, y?: string): boolean => {
  if (x === y) return true;
  // A total over a span may be what another source gives with no period.
  // So may a sum per recipient, when the other gives no total (totalOfRate tells the total apart).
  const loose = (r?: string) =>
    r === undefined || PERIODS.has(r) || r === 'side' || r === 'span' || r.startsWith(EACH);
  return x !== undefined && y !== undefined ? false : loose(x) && loose(y);
};

/**
 * Whether a figure of no stated period may be a total over several periods of the other, a
 * rate: "240 million a year" and "1.5 billion" pledged in all. Twice the rate or more is no
 * slip of the one figure; under that, an unstated period is the same period ("4.5 million
 * tonnes" against "4.2 million tonnes a year").
 */
export const totalOfRate = (x: Quantity, y: Quantity): boolean => {
  const [rate, total] = x.rate === undefined ? [y, x] : [x, y];
  return (
    // Money is pledged in packages over years; water released, troops sent or tonnes shipped with
    // no period named are the same flow told without it, and a clash is one.
    CURRENCIES.has(total.unit) &&
    total.rate === undefined &&
    rate.rate !== undefined &&
    (PERIODS.has(rate.rate) || rate.rate.startsWith(EACH)) &&
    total.value >= 1.9 * rate.value
  );
};

const MAGNITUDE = 10;
// A scale word's factor; "m" is a million as wire copy writes it ("$45m"), read only where money or
// a counted plural goes with it (quantities).
const scaleOf = (word: string): number =>
  word.toLowerCase() === 'm' ? 1e6 : word.toLowerCase() === 'b' ? 1e9 : SCALE[word.toLowerCase()]!;

/**
 * Whether two quantities count one thing: one unit, no two different rates, and nothing that
 * says they are of two kinds ("two gauging points" and "a twenty-point framework" count points
 * of two things; "three joint measurement stations" and "four measurement stations" one).
 */
export const sameUnit = (x: Quantity, y: Quantity): boolean =>
  x.unit !== '' &&
  // A text's points and articles are its provisions, however a source names them.
  (x.unit === y.unit || provisionsBoth(x, y)) &&
  // One figure is one thing whatever rate it is given with ("6.80 crowns", "6.80 crowns a tonne").
  (sameRate(x.rate, y.rate) ||
    (sameValue(x.value, y.value) && (x.rate === undefined || y.rate === undefined))) &&
  // Sources that misreport one figure slip on a digit or a revision; a figure ten times another
  // is of another thing (a fee per tonne and a fund, a section and a route).
  Math.max(x.value, y.value) < MAGNITUDE * Math.min(x.value, y.value) &&
  // A part of a whole ("460 km of it") is not another figure for the whole (640 km).
  x.part === y.part &&
  // A count per side and a count of no side: 140 from each side and 280 in all. A measure
  // per side is of one zone: "five kilometres on either side" is its width as "ten-kilometre".
  (isMeasure(x.unit) || (x.rate === 'side') === (y.rate === 'side')) &&
  kindsMeet(x, y);

/** Whether two counts' words of which kind allow one kind: either says none, or they share one. */
export const kindsMeet = (x: Quantity, y: Quantity): boolean =>
  !x.which || !y.which || x.which.some((w) => y.which!.includes(w));

/** Whether two values are one number, written two ways ("0.4 billion" and "400 million"). */
export const sameValue = (x: number, y: number): boolean =>
  Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
/** The step of a number as written: "1.25" 0.01, "22" and "twenty-two" 1. */
const stepOf = (raw: string): number => 10 ** -(/\.(\d+)$/.exec(raw)?.[1]?.length ?? 0);

/** The values a figure allows as given: one value, or the span its hedge allows (hedges.ts). */
const valuesOf = (q: Quantity): [number, number] => hedgeSpan(q.value, q.approx);

/**
 * Whether two figures of one unit can both be true: one value, or hedges that let them meet
 * ("about 200" and 212), or two written in two units that agree within the
 * rounding of the coarser ("22 km" and "12 nautical miles", 22.2 km).
 */
export function sameFigure(x: Quantity, y: Quantity): boolean {
  if (sameValue(x.value, y.value) || spansMeet(valuesOf(x), valuesOf(y))) return true;
  // Only a figure converted from another unit is rounded: "3 million" and "2.5 million" differ.
  if (x.step === undefined || y.step === undefined || x.factor === y.factor) return false;
  return Math.abs(x.value - y.value) <= Math.max(x.step, y.step) / 2;
}

// "Four and a half" is a number, not a share: a half after "and" ends a figure.
const QUARTER =
  /\b(?<!\band\s)(?:a|one) (quarter|third|half)\b(?! (?:a |an )?(?:million|billion|thousand|hour|day|week|month|year))/gi;
// A share stands as a noun ("a third of the volume", "cut by a third", "a third are held"); before
// a noun it is an ordinal or a size ("a third round", "a third party", "a half share"), no share.
const SHARE_AFTER =
  /^(?:\s+(?:of|in|on|by|and|or|to|from|since|than|is|are|was|were|will|would|has|have|had|more|less|fewer|again|now)\b|\s*(?:[^\s\p{L}]|$))/iu;
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

// A figure said to be of a whole named before it, by a pronoun: a part of that whole.
const PART_AFTER = /^\s+of (?:it|that|this|them|these|those|which)\b/i;
// Only at a clause's start: "because of that, 40 prisoners" is no part of anything.
const PART_BEFORE = /(?:^|[.;:,(—–-]\s*)(?:of (?:it|that|this|them|these|those)|of which),?\s*$/i;
// Money named in words, whose minor unit may be said after it ("six crowns eighty").
const MONEY =
  /^(?:crowns?|euros?|dollars?|pounds?|francs?|marks?|kron(?:a|or|e|er)|roubles?|rubles?|rupees?|pesos?|dinars?|lir[ae]|rand|yuan|yen|shillings?|ducats?|florins?)$/i;
const MINOR = new RegExp(
  `^\\s+(\\d{2}|(?:${WORD})(?:[\\s-]+(?:${WORD}))?)(?=\\s+(?:per|a|an|each)\\b|\\s*[.,;:!?)]|\\s*$)`,
  'i',
);

/** The value a number is written as: digits with separators, or words ("two hundred and fifty"). */
export function numberOf(raw: string): number | undefined {
  const s = raw.toLowerCase();
  if (/^\d/.test(s)) return Number(s.replace(/[,\u00a0\u202f ]/g, ''));
  if (s === 'a') return undefined;
  let total = 0;
  let decimal = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'and' || w === 'a') continue;
    if (w === 'point') decimal = true;
    else if (w === 'hundred') total = (total || 1) * 100;
    else if (w === 'half') total += 0.5;
    // "one point two": the digit after "point" is tenths.
    else if (decimal) total += (ONES[w] ?? Number.NaN) / 10;
    else total += ONES[w] ?? Number.NaN;
  }
  return Number.isFinite(total) && total > 0 ? total : undefined;
}

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
function headNoun(words: string): string {
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

/** A unit as compared: a measure's base unit and factor, else the counted noun folded. */
function unitOf(word: string): { unit: string; factor: number } | undefined {
  const measure = MEASURES.find(([re]) => re.test(word));
  if (measure) return { unit: measure[1], factor: measure[2] };
  // People counted by a word that says no kind ("29 individuals", "43 of its nationals") are
  // persons, as "people" is: the count of a group another source names by its kind.
  if (ANY_PEOPLE.test(word)) return { unit: 'person', factor: 1 };
  // "sides", "parties", "times": every singular the plural may be of ("sides" is not "sid").
  const lower = word.toLowerCase();
  const singulars = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')];
  if (singulars.some((n) => NOT_UNITS.has(n))) return undefined;
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
const isName = (unitWord: string, words: string) =>
  /^\p{Lu}/u.test(unitWord) &&
  !/\p{Ll}s$/u.test(unitWord) &&
  !MEASURES.some(([re]) => re.test(words)) &&
  // A line in capitals ("214 PRISONERS ARE HOME") shouts its plural; it names nothing.
  !/^\p{Lu}{2,}S$/u.test(unitWord);

// "The number of our citizens returned stands at 190", "the total of detainees freed is 312":
// the figure a "number of" clause comes to counts the plural it names.
const NUMBER_OF =
  /\b(?:number|total|tally|count) of (?:(?:our|their|its|the|all|these|those) )?(?:[\p{L}-]+ ){0,2}?(\p{L}{2,}[^s\W]s|\p{L}*men|people)\b[^.;:]{0,60}?\s(?:stands? at|stood at|is|was|are|were|has reached|reached|totals?|totalled|rose to|fell to|came to)\s+(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?$/iu;
const NOT_PLURAL = new Set(['this', 'thus', 'perhaps', 'always', 'its', 'was', 'has', 'does', 'says']);
/** "stations — three of them": the plural noun a number's "of them" points back to. */
function backReference(sentence: string, m: RegExpMatchArray): string | undefined {
  const rest = sentence.slice(m.index! + m[0].length - (m[5]?.length ?? 0));
  // "one hundred and forty of our citizens": a part of the plural after it, counted in it.
  // "214 of our people", "214 of its own servicemen": irregular plurals and "own" too.
  const part =
    /^\s*of (?:our|their|its|his|her|the|your) (?:own )?(\p{L}{2,}[^s\W]s|\p{L}*men|people|children)\b/iu.exec(
      rest,
    )?.[1];
  if (part && !NOT_PLURAL.has(part.toLowerCase())) return part;
  const named = NUMBER_OF.exec(sentence.slice(Math.max(0, m.index! - 120), m.index))?.[1];
  if (named && m[5] === undefined && !NOT_PLURAL.has(named.toLowerCase())) return named;
  if (!/^\s*of (?:them|these|those)\b/i.test(rest)) return undefined;
  // The last plural of the clause before it: "the gauging stations on the Osk — three of them";
  // a verb after "it" is none ("it runs to 17, and two of them are open").
  const clause = /[^.;:]{0,50}$/.exec(sentence.slice(0, m.index))?.[0] ?? '';
  return [
    ...clause.matchAll(
      /(?<!\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]his|[Tt]hat|[Ww]hich|[Ww]ho)\s)\b\p{L}{2,}[^s\W]s\b/gu,
    ),
  ]
    .map((w) => w[0])
    .findLast((w) => !NOT_PLURAL.has(w.toLowerCase()));
}

/**
 * The words that say which kind of the counted noun a count is: in "a twenty-point framework"
 * the word after the compound (and the one after a name there), in "three joint measurement
 * stations" those before the head.
 * None for a measure: a cubic metre is a cubic metre.
 */
const PEACE_TEXT =
  /^(?:peace|ceasefire|settlement|road|working|draft|mediation)\s+(?:plan|text|draft|framework|document|paper)[.,;:]?$/i;
function kindOf(words: string, unitWord: string, compound: boolean, next = ''): string[] | undefined {
  if (MEASURES.some(([re]) => re.test(unitWord))) return undefined;
  // The compound's noun may stand past the words read with it: "an 18-point Karsan peace plan".
  const list = [
    ...words.split(/\s+/),
    ...(compound
      ? next
          .split(/[^\p{L}'-]+/u)
          .filter(Boolean)
          .slice(0, 2)
      : []),
  ];
  // A name between the compound and its noun says whose, not what: "the eight-point Union
  // counter-proposal", "the 28-point US plan" are a counter-proposal's and a plan's points.
  const whose = compound && /^\p{Lu}/u.test(list[1] ?? '') ? 1 : 0;
  // "an 18-point peace plan": a word that qualifies the text noun after it; the noun says it is a text.
  const more = compound && PEACE_TEXT.test(`${list[1 + whose] ?? ''} ${list[2 + whose] ?? ''}`) ? 1 : 0;
  const said = compound
    ? list.slice(1, 2 + whose + more)
    : list.slice(0, Math.max(0, list.indexOf(unitWord)));
  const which = [...meaningWords(said.join(' '))];
  return which.length > 0 ? which : undefined;
}

// "180 military and civilian monitors", "40 Arvenian or Torvanian observers": two words joined
// by "and" or "or" before a plural say which of it; the plural is what the number counts.
const JOINED_PLURAL = new RegExp(
  `^\\s+(?:and|or)\\s+(?!(?:${WORD}|the|a|an|its|their|our)\\b)([a-z]{3,}\\s+)?([a-z]{2,}[^s\\W]s)\\b`,
  'i',
);

/**
 * A quantity's match read on over "and" to the plural its joined words qualify: the match with
 * that plural in its text and the joined words (without "and") as what it counts.
 */
function withJoinedPlural(sentence: string, m: RegExpExecArray): RegExpExecArray {
  const [all, , , , , hyphen, words] = m;
  if (words === undefined || hyphen === '-' || words.includes(' ') || /[^s]s$/i.test(words)) return m;
  const joined = JOINED_PLURAL.exec(sentence.slice(m.index + all.length));
  if (!joined) return m;
  const counted = `${words} ${joined[1] ?? ''}${joined[2]}`;
  const read = [`${all}${joined[0]}`, m[1], m[2], m[3], m[4], hyphen, counted] as unknown as RegExpExecArray;
  read.index = m.index;
  return read;
}

// "212 people detained in the conflict", "300 persons displaced", "340 people who had been
// held": a participle after the generic word says which people, as a noun would ("212
// detainees"): not the monitors of a mission. So does the act they underwent, said just before:
// "released 340 people", "freed 230 persons".
const FATES =
  'detained|held|imprisoned|captured|jailed|released|freed|exchanged|displaced|killed|wounded|injured|missing|evacuated|deported|repatriated';
const PEOPLE_PARTICIPLE = new RegExp(
  `^\\s+(?:(?:who|that)\\s+(?:(?:had|have|has|were|was|are|is)\\s+)?(?:been\\s+)?)?(${FATES})\\b`,
  'i',
);
const PEOPLE_ACTED_BEFORE = new RegExp(
  `\\b(${FATES})\\s+(?:(?:some|about|around|nearly|almost|over|more than|at least|another|a further)\\s+)?$`,
  'i',
);
function peopleByParticiple(
  sentence: string,
  unitWord: string,
  unitEnd: number,
  start: number,
): string[] | undefined {
  if (!/^(?:people|persons)$/i.test(unitWord)) return undefined;
  const said =
    PEOPLE_PARTICIPLE.exec(sentence.slice(unitEnd, unitEnd + 40)) ??
    PEOPLE_ACTED_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  const which = said ? [...meaningWords(said[1]!)] : [];
  return which.length > 0 ? which : undefined;
}

// The people a report rests on, counted: "according to two people in the room", "three officials
// familiar with the talks said", "four diplomats briefed on the draft told Reuters". Wires and
// longreads name their sources so; a count of them is no claim about the talks.
const SOURCE_UNITS = new Set(['person', 'offici', 'diplomat', 'sourc']);
const SOURCED_BEFORE = /\baccording to\s+(?:at least\s+)?$/i;
const SOURCED_AFTER =
  /^(?:\s+[\p{L}-]+){0,4}?\s+(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|(?:who|that) (?:spoke|asked|requested|declined|were not|are not)|speaking on (?:the )?condition)\b|^\s+(?:said|told|say|says)\b/iu;
const countsSources = (sentence: string, unit: string, start: number, unitEnd: number): boolean =>
  SOURCE_UNITS.has(unit) &&
  (SOURCED_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) ||
    SOURCED_AFTER.test(sentence.slice(unitEnd, unitEnd + 80)));

// A figure restated in words in brackets after its digits, as treaties write it.
const NUMBER_WORD = `(?:${WORD}|hundred|thousand|million|billion|trillion|and|a|half|point)`;
// At most a dozen words: a figure in words is no longer, and a bound keeps the scan linear.
const NUMBER_WORDS = `\\b${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,12}`;
const WORDS_IN_BRACKETS = new RegExp(`(?<=\\d)\\s\\(${NUMBER_WORDS}\\)(?=\\s)`, 'gi');
const INNER_SCALE = /\b(?:thousand|million|billion|trillion)[\s-]+\p{L}/iu;
const WORDS_BEFORE_DIGITS = new RegExp(`${NUMBER_WORDS}\\s\\((\\d[\\d,.]*)\\)(?=\\s)`, 'gi');

/** The quantities a sentence states, with what they count. */
export function quantities(written: string): Quantity[] {
  const found: Quantity[] = [];
  // A treaty's "twelve (12) nautical miles" gives one figure twice: one is read as blank,
  // so the other counts the miles (offsets kept).
  // Words with a scale inside ("two billion five hundred million (2,500,000,000)") are read by
  // their digits; so is "4,500,000 (four million five hundred thousand) tonnes".
  const sentence = written
    .replace(WORDS_BEFORE_DIGITS, (x, digits: string) =>
      INNER_SCALE.test(x) ? `${' '.repeat(x.length - digits.length - 2)}${digits}  ` : x,
    )
    .replace(/(?<=\p{L})\s\(\d[\d,.]*\)(?=\s)/gu, (x) => ' '.repeat(x.length))
    .replace(WORDS_IN_BRACKETS, (x) => ' '.repeat(x.length));
  for (const read of sentence.matchAll(QUANTITY)) {
    const m = withJoinedPlural(sentence, read);
    const [, sign, raw, scaleWord, mega, hyphen, words] = m;
    const scale = scaleWord ?? mega;
    // "a 20-point plan" counts points; "three joint measurement stations on the Halse" stations.
    const unitWord =
      words === undefined ? undefined : hyphen === '-' ? words.split(/\s+/)[0]! : headNoun(words);
    // "a" alone ("a year") and a year ("in 2025") count nothing; nor does "one" in words
    // ("on one point", "one side"), which says which, not how many.
    const base = numberOf(raw!);
    if (base === undefined || (/^\d{4}$/.test(raw!) && !sign) || /^one$/i.test(raw!)) continue;
    const currency = sign ? CURRENCY_SIGN[sign.replace(/\s+/g, '').toLowerCase()] : undefined;
    // A lone "m" after a figure is a million where money or a plural of counted things goes with
    // it, right after the figure ("$45m", "4.5m tonnes", "2m people"); else it is metres ("a 45m
    // wall"), no count, and so with a word between ("6m concrete walls" are walls 6 metres high).
    if (mega && !currency && !/^(?:people|\p{L}{3,}s)$/iu.test(words?.split(/\s+/)[0] ?? '')) continue;
    // A lone "B" is a billion only after a currency ("$1.5B"): "Article 5b" is a paragraph.
    if (/^b$/i.test(mega ?? '') && !currency) continue;
    // "the measuring stations — three of them": the number counts the plural before it.
    const before =
      words === undefined || /^of$/i.test(unitWord ?? '') ? backReference(sentence, m) : undefined;
    const unit = currency
      ? { unit: currency, factor: 1 }
      : before
        ? unitOf(before)
        : unitWord && !isName(unitWord, words!)
          ? unitOf(unitWord)
          : // "the 1.2 billion Ketheny has promised": an amount whose unit the text left out.
            scale
            ? { unit: '', factor: 1 }
            : undefined;
    if (!unit) continue;
    // Where the counted word ends: "6.80 crowns per tonne" is priced per tonne after it.
    const unitAt = unitWord === undefined || before ? -1 : m[0].lastIndexOf(unitWord);
    let unitEnd = unitAt === -1 ? m.index + m[0].length : m.index + unitAt + unitWord!.length;
    // Money said aloud gives its minor unit after the major: "six crowns eighty" is 6.80.
    const minor = unitWord && MONEY.test(unitWord) ? MINOR.exec(sentence.slice(unitEnd)) : null;
    const cents = minor ? numberOf(minor[1]!) : undefined;
    if (minor) unitEnd += minor[0].length;
    const value =
      (base + (cents !== undefined && cents < 100 && !scale ? cents / 100 : 0)) *
      (scale ? scaleOf(scale) : 1) *
      unit.factor;
    const rate = rateOf(sentence, m.index, m.index + m[0].length, unitEnd, isMeasure(unit.unit));
    // "€1.5 billion for the line": the currency is the unit, the word after it is not.
    // The text ends at what is counted: "40 prisoners", not "40 prisoners from each".
    const cut = currency
      ? m[0].lastIndexOf(words ?? '')
      : m[0].lastIndexOf(unitWord ?? '') + (unitWord?.length ?? 0);
    const text = (
      unit.unit === '' || before
        ? m[0].slice(0, m[0].length - (words?.length ?? 0))
        : words && cut > 0
          ? m[0].slice(0, cut)
          : m[0]
    )
      .trim()
      .replace(/\s{2,}/g, ' ');
    // "the measuring stations — three of them" counts them all: only a figure with its own unit
    // is a part.
    const part =
      !before &&
      (PART_AFTER.test(sentence.slice(unitEnd)) ||
        PART_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index)));
    const stage =
      stageOf(sentence, m.index, unitEnd) ??
      (!isMeasure(unit.unit) && !currency && contributedShare(sentence, m.index, unitEnd)
        ? 'contribution'
        : undefined);
    const open =
      !isMeasure(unit.unit) && unitAt > 0 && countsOpen(sentence, m.index, m.index + unitAt, unitEnd);
    const which =
      currency || before || !words || !unitWord
        ? undefined
        : (kindOf(
            words,
            unitWord,
            hyphen === '-',
            sentence.slice(m.index + m[0].length, m.index + m[0].length + 40),
          ) ?? peopleByParticiple(sentence, unitWord, unitEnd, m.index));
    if (countsSources(sentence, unit.unit, m.index, unitEnd)) continue;
    // "At least" before a count sets a limit the text agreed, as "up to" does: no hedge.
    const hedge = hedgeBefore(sentence.slice(Math.max(0, m.index - 30), m.index));
    const loose = hedge === 'atLeast' ? undefined : hedge;
    found.push({
      value,
      unit: unit.unit,
      ...(loose ? { approx: loose } : {}),
      step: stepOf(raw!) * (scale ? scaleOf(scale) : 1) * unit.factor,
      factor: unit.factor,
      ...(rate ? { rate } : {}),
      ...(part ? { part } : {}),
      ...(stage ? { stage } : {}),
      ...(open ? { open } : {}),
      ...(which ? { which } : {}),
      index: m.index,
      text,
    });
  }
  for (const m of sentence.matchAll(QUARTER)) {
    if (!SHARE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    // "fall by a quarter": a share, in percent.
    found.push({ value: FRACTION[m[1]!.toLowerCase()]!, unit: 'percent', index: m.index, text: m[0] });
  }
  return found;
}

// A figure written without its unit, as a date's day is not: "five on either side", "one hundred
// and twenty at full strength", but not "15 January" or "the 3rd".
const BARE_FIGURE = new RegExp(
  `(?<![\\p{L}\\d.,/])${NUMBER}(?![\\p{L}\\d]|\\s*(?:%|st\\b|nd\\b|rd\\b|th\\b|(?:${[...MONTHS].map((m) => m.slice(0, 3)).join('|')})))`,
  'giu',
);
const ELIDED_REACH = 80;
// "Ten kilometres, not fifteen": a figure with "not" right before it is denied, not given.
const deniedAt = (text: string, at: number): boolean =>
  /\bnot\s+$/i.test(text.slice(Math.max(0, at - 8), at));

/**
 * The figures a sentence gives after `of` in `of`'s unit without writing it again: "ten
 * kilometres in total, five on either side" gives 5 km; "sixty observers at first and one
 * hundred and twenty at full strength" gives 120 observers. A source that says both figures
 * says which is which, and contradicts neither. `stated`: the sentence's quantities.
 */
export function elidedFigures(written: string, of: Quantity, stated: Quantity[]): Quantity[] {
  const from = of.index + of.text.length;
  const found: Quantity[] = [];
  for (const m of written.slice(from, from + ELIDED_REACH).matchAll(BARE_FIGURE)) {
    const raw = m[1]!;
    // A figure with a unit of its own ("and 40 observers") is that unit's; an amount with its
    // unit left out ("40 million dollars, … became 45 million") is in the unit before it.
    const own = stated.find((q) => q.index === from + m.index);
    if (own?.unit === '')
      found.push({ ...of, value: own.value * (of.factor ?? 1), index: own.index, text: own.text });
    if (own) continue;
    const base = /^one$/i.test(raw) ? undefined : numberOf(raw);
    // "Ten kilometres, not fifteen": a figure denied is not given.
    if (base === undefined || /^\d{4}$/.test(raw) || deniedAt(written, from + m.index)) continue;
    found.push({ ...of, value: base * (of.factor ?? 1), index: from + m.index, text: m[0] });
  }
  return found;
}

// A span of time: "within thirty (30) days", "for twelve months", "Mandate: 12 months". Not a count (a
// time word counts nothing, NOT_UNITS), but what a deadline or a mandate runs for.
// Only a span something runs for or must be done within: "three days of talks" tells how long
// a meeting lasted, which no other source need restate.
const SPAN = new RegExp(
  `(?:\\b(?:within|for|over|up to)\\s+|:\\s*)${NUMBER}(?:\\s*\\(\\d+\\))?[\\s-]+(days?|weeks?|months?)\\b`,
  'giu',
);
const SPAN_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };

/** The spans of time a sentence states, in days ("a" and "one" are no figure: "one day"). */
export function spans(written: string): { days: number; text: string }[] {
  const found: { days: number; text: string }[] = [];
  for (const m of written.matchAll(SPAN)) {
    const value = /^(?:a|one)$/i.test(m[1]!) ? undefined : numberOf(m[1]!);
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    if (value !== undefined) found.push({ days: value * SPAN_DAYS[unit]!, text: m[0] });
  }
  return found;
}
