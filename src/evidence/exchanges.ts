// A swap is told by what each side gives ("an exchange of 150 for 150", "120 prisoners each",
// "each side will release 60") or by all who cross ("240 in total"). Two sources that give each
// side two counts disagree; a count for each side and a total twice as large agree.
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';

const NUMBER = '(\\d{1,3}(?:,\\d{3})*|\\d+)';
// "150 for 150", "120 prisoners for 120", "a 75-for-75 swap": equal counts on both sides.
// Not a vote ("120 for, 3 against"): the second count follows at once.
const FOR_FORMULA = new RegExp(`\\b${NUMBER}(?:\\s+[a-z]+)?(?:\\s+for\\s+|-for-)${NUMBER}\\b`, 'g');
// "120 prisoners each", "60 from each side", "60 per side".
const EACH = new RegExp(
  `\\b${NUMBER}(?:\\s+[a-z]+)?\\s+(?:each|apiece|(?:from|on|per|for) (?:each|either) side|per side)\\b`,
  'g',
);
// "Each side will release 60 detainees", "each party hands over 60".
const EACH_SIDE = new RegExp(
  `\\b[Ee]ach (?:side|party)\\s+(?:\\w+\\s+){1,3}?${NUMBER}\\b(?!\\s*(?:%|per cent|percent))`,
  'g',
);

const value = (digits: string) => Number(digits.replace(/,/g, ''));

// A swap of people: "each side" elsewhere may measure a zone ("10 kilometres on either side").
const SWAP =
  /\b(?:exchang\w*|swap\w*|releas\w*|freed|handed over|returned|prisoners?|detainees?|captives?|hostages?|POWs?)\b/i;
const MEASURE = /^\d[\d,]*\s+(?:km|kilomet\w*|miles?|met(?:re|er)s?|nautical|per ?cent|percent|%)/i;

/**
 * The counts a text gives as what each side of a swap gives (equal sides only): by the swap's
 * own formula ("150 for 150"), or with `each` also "120 prisoners each", "each side will
 * release 60", which writers use for plans and estimates as much as for the agreed swap.
 */
export function perSideCounts(text: string, each = true): number[] {
  if (!SWAP.test(text)) return [];
  const found: number[] = [];
  for (const m of allMatches(FOR_FORMULA, text)) if (value(m[1]!) === value(m[2]!)) found.push(value(m[1]!));
  if (each)
    for (const re of [EACH, EACH_SIDE])
      for (const m of allMatches(re, text)) if (!MEASURE.test(text.slice(m.index))) found.push(value(m[1]!));
  return [...new Set(found)];
}

// A count of everyone who crossed: "240 in total", "a total of 240", "240 altogether".
const TOTAL = /\b(?:in total|a total of|altogether|in all)\b/i;

interface Sides {
  /** Counts for each side, in any form. */
  each: number[];
  /** Counts for each side in the swap's formula ("150 for 150"). */
  formula: number[];
  total: boolean;
}
// Asked once per pair of figures of every linked pair: read once per passage.
const sidesRead = new WeakMap<Passage, Sides>();
function sidesOf(p: Passage): Sides {
  let sides = sidesRead.get(p);
  if (!sides) {
    sides = { each: perSideCounts(p.text), formula: perSideCounts(p.text, false), total: TOTAL.test(p.text) };
    sidesRead.set(p, sides);
  }
  return sides;
}

/**
 * Two counts of one swap that agree: one source's count for each side and another's total,
 * twice as large ("120 prisoners each" / "240 prisoners in total").
 */
export function sideAndTotal(a: Passage, x: number, b: Passage, y: number): boolean {
  const [sa, sb] = [sidesOf(a), sidesOf(b)];
  return (sa.each.includes(x) && y === 2 * x && sb.total) || (sb.each.includes(y) && x === 2 * y && sa.total);
}

/**
 * Two counts for each side of a swap, when two sources each give it in the swap's formula
 * ("150 for 150" / "120 for 120"): the formula tells the swap agreed or done, not a plan.
 */
export function swapsApart(a: Passage, b: Passage): [number, number] | undefined {
  const [sa, sb] = [sidesOf(a).formula, sidesOf(b).formula];
  if (sa.length !== 1 || sb.length !== 1 || sa[0] === sb[0]) return undefined;
  return [sa[0]!, sb[0]!];
}
