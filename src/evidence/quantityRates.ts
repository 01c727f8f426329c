// A figure's rate: per what it is given ("a year", "per second", "from each side", "per tonne",
// "for each family", "over five years", "at any one time"), and whether two rates may be of one
// figure. Split out of numbers.ts; moved verbatim.
import type { Quantity } from './numbers.ts';
import { CURRENCIES } from './quantityUnits.ts';

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

export function rateOf(
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
export const sameRate = (x?: string, y?: string): boolean => {
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
