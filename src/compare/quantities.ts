// Numbers as a reader takes them: "forty-eight hours" is "two days", "15 per cent" is
// "fifteen percent", "ninety days" is "three months", "half a year" is "six months",
// "USD 5 million" is "five million US dollars", "5,000" is "5000". A quantity with a unit
// of time, share or distance reads as one term with the unit normalised; a number without
// one reads as its digits. Reads folded words (tokens.ts `foldedWords`).
import { MONTHS, ORDINAL_WORDS } from '../core/calendar.ts';

const UNITS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['trillion', 1e12],
]);
/** Ordinals, read as a number only in a date ("the first of March"). */
const ORDINALS = new Map<string, number>(ORDINAL_WORDS.map((w, i) => [w, i + 1]));

/** A unit word: the normalised unit and how many of it one counts. */
const UNIT_WORDS = new Map<string, [unit: string, factor: number]>([
  ['hour', ['h', 1]],
  ['hours', ['h', 1]],
  ['day', ['d', 1]],
  ['days', ['d', 1]],
  ['week', ['d', 7]],
  ['weeks', ['d', 7]],
  ['fortnight', ['d', 14]],
  ['fortnights', ['d', 14]],
  ['month', ['mo', 1]],
  ['months', ['mo', 1]],
  ['year', ['mo', 12]],
  ['years', ['mo', 12]],
  ['percent', ['%', 1]],
  ['pc', ['%', 1]],
  ['km', ['km', 1]],
  ['kilometre', ['km', 1]],
  ['kilometres', ['km', 1]],
  ['kilometer', ['km', 1]],
  ['kilometers', ['km', 1]],
  ['metre', ['km', 0.001]],
  ['metres', ['km', 0.001]],
  ['meter', ['km', 0.001]],
  ['meters', ['km', 0.001]],
]);

/** True when a quantity may start at this word (it is then read with the words after it). */
export function startsQuantity(word: string): boolean {
  return (
    isDigits(word) ||
    UNITS.has(word) ||
    TENS.has(word) ||
    ORDINALS.has(word) ||
    word === 'a' ||
    word === 'an' ||
    word === 'half'
  );
}

/** The quantity at word i as a term ("2d", "15%", "5000", "1") and how many words it took; undefined: none. */
export function readQuantity(
  words: readonly string[],
  i: number,
): { term: string; used: number } | undefined {
  const word = words[i]!;
  const ordinal = ORDINALS.get(word);
  if (ordinal !== undefined) {
    // "the first of March" is "1 March"; "the first year" is no number a reader would compare.
    if (words[i + 1] === 'of' && MONTHS.has(words[i + 2] ?? '')) return { term: String(ordinal), used: 2 };
    return undefined;
  }
  let j = i;
  let value: number;
  // An article or "half" counts only before a unit or a scale: "a year", "half a year", "a million".
  let needsUnit = false;
  if (isDigits(word)) {
    value = Number(word);
    j++;
    // "5,000" and "5 000" fold to "5" "000": one number.
    while (word.length <= 3 && isDigits(words[j] ?? '') && words[j]!.length === 3) {
      value = value * 1000 + Number(words[j]);
      j++;
    }
  } else if (word === 'half' && (words[i + 1] === 'a' || words[i + 1] === 'an')) {
    value = 0.5;
    j += 2;
    needsUnit = true;
  } else if (word === 'a' || word === 'an') {
    value = 1;
    j++;
    needsUnit = true;
  } else if (UNITS.has(word) || TENS.has(word)) {
    [value, j] = spelt(words, i);
  } else return undefined;
  // "5 million", "one hundred billion".
  let scaled = false;
  for (let scale = SCALES.get(words[j] ?? ''); scale !== undefined; scale = SCALES.get(words[j] ?? '')) {
    value *= scale;
    scaled = true;
    j++;
  }
  j += andAHalf(words, j, () => {
    value += 0.5;
  });
  let unit = UNIT_WORDS.get(words[j] ?? '');
  let unitWords = 1;
  if (!unit && words[j] === 'per' && words[j + 1] === 'cent') {
    unit = ['%', 1];
    unitWords = 2;
  }
  if (!unit) {
    if (needsUnit && !scaled) return undefined;
    return { term: format(value), used: j - i };
  }
  j += unitWords;
  // "a year and a half".
  j += andAHalf(words, j, () => {
    value += 0.5;
  });
  return { term: normalise(value * unit[1], unit[0]), used: j - i };
}

/** "and a half" at j: calls `add` and returns 3, else 0. */
function andAHalf(words: readonly string[], j: number, add: () => void): number {
  if (words[j] === 'and' && words[j + 1] === 'a' && words[j + 2] === 'half') {
    add();
    return 3;
  }
  return 0;
}

/** Hours to days and days to months where they divide evenly: "48 hours" = "2 days", "90 days" = "3 months". */
function normalise(value: number, unit: string): string {
  let v = value;
  let u = unit;
  if (u === 'h' && v % 24 === 0) {
    v /= 24;
    u = 'd';
  }
  if (u === 'd' && v % 30 === 0) {
    v /= 30;
    u = 'mo';
  }
  return `${format(v)}${u}`;
}

const format = (n: number) => String(Math.round(n * 1000) / 1000);

function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "forty eight" → [48, i + 2]; "three thousand" → [3000, i + 2] (scales above thousand are the caller's). */
function spelt(words: readonly string[], i: number): [number, number] {
  let value = 0;
  let current = 0;
  let j = i;
  while (j < words.length) {
    const w = words[j]!;
    const tens = TENS.get(w);
    const unit = UNITS.get(w);
    if (tens !== undefined && current % 100 === 0) current += tens;
    else if (unit !== undefined && current % 10 === 0) current += unit;
    else if (w === 'hundred' && current > 0 && current < 100) current *= 100;
    else if (w === 'thousand' && current > 0) {
      value += current * 1000;
      current = 0;
    } else break;
    j++;
  }
  return [value + current, j];
}
