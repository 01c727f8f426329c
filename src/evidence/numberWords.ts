// How a number is written and what it is worth: digits with separators ("1,200", "12 000", "2.5")
// or words ("twenty-eight", "two hundred and fifty", "a dozen"), a scale word after it ("million",
// "bn", "m"), and the step its digits give. Split out of numbers.ts; moved verbatim.
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
export const WORD = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "1,200", "12 000", "2.5", "twenty-eight", "two hundred and fifty", "half a", "a dozen".
export const NUMBER = `(\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:(?:${WORD})\\b|a\\b|half a\\b)(?:[\\s-]+(?:and[\\s-]+)?(?:(?:${WORD})\\b|hundred\\b|a half\\b)|\\s+point\\s+(?:${WORD})\\b)*)`;

// A scale word's factor; "m" is a million as wire copy writes it ("$45m"), read only where money or
// a counted plural goes with it (quantities).
export const scaleOf = (word: string): number =>
  word.toLowerCase() === 'm' ? 1e6 : word.toLowerCase() === 'b' ? 1e9 : SCALE[word.toLowerCase()]!;

/** The step of a number as written: "1.25" 0.01, "22" and "twenty-two" 1. */
export const stepOf = (raw: string): number => 10 ** -(/\.(\d+)$/.exec(raw)?.[1]?.length ?? 0);

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
