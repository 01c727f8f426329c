// A swap is told by what each side gives ("an exchange of 150 for 150", "120 prisoners each",
// "each side will release 60") or by all who cross ("240 in total"). Two sources that give each
// side two counts disagree; a count for each side and a total twice as large agree.
import { DAY_MS } from '../core/calendar.ts';
import type { Passage } from './passages.ts';
import { twoActs } from './recurringActs.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

const NUMBER = '(\\d{1,3}(?:,\\d{3})*|\\d+)';
// "150 for 150", "120 prisoners for 120", "a 75-for-75 swap": equal counts on both sides.
// Not a vote ("120 for, 3 against"): the second count follows at once.
const FOR_FORMULA = new RegExp(`\\b${NUMBER}(?:\\s+[a-z]+)?(?:\\s+for\\s+|-for-)${NUMBER}\\b`, 'g');
// "120 prisoners each", "60 from each side", "60 per side".
const EACH = new RegExp(
  `\\b${NUMBER}(?:\\s+[a-z]+)?\\s+(?:each|apiece|(?:from|on|per|for) (?:each|either) side|per side)\\b|\\b${NUMBER}(?:\\s+[a-z]+){1,3}?\\s+by (?:each|either) side\\b`,
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
      for (const m of allMatches(re, text))
        if (!MEASURE.test(text.slice(m.index))) found.push(value((m[1] ?? m[2])!));
  return [...new Set(found)];
}

// A count of everyone who crossed: "240 in total", "a total of 240", "240 altogether", "240
// detainees from both sides".
const TOTAL = /\b(?:in total|a total of|altogether|in all|(?:from|on|of) both sides)\b/i;

// One side's own people brought home, as its leader or ministry counts them: "180 of our people
// are home", "290 of our citizens will come home", "Torvania says 190 of its citizens came home".
const OWN_HOME = new RegExp(
  `\\b${NUMBER}\\s+of\\s+(?:our|its|their)\\s+(?:own\\s+)?(?:people|citizens|nationals|compatriots|servicemen|soldiers|defenders|service members|sailors|fishermen)\\b(?:\\s+\\w+){0,3}?\\s+(?:(?:are|were|is|was|will|have|has|had)\\s+)?(?:been\\s+)?(?:come\\s+|came\\s+|coming\\s+|returned\\s+|brought\\s+|back\\s+)?(?:home|returned|released|freed)\\b`,
  'i',
);
// Whether a passage writes a figure, in digits: "214", "1,200".
const names = (p: Passage, n: number) =>
  new RegExp(`(?<![\\d,.])(?:${n}|${n.toLocaleString('en-US')})(?![\\d,])`).test(p.text);
const ownHomeRead = new WeakMap<Passage, number | null>();
/** The count of one side's own people a passage says came (or will come) home, if it says. */
export function ownSideHome(p: Passage): number | undefined {
  let n = ownHomeRead.get(p);
  if (n === undefined) {
    const m = OWN_HOME.exec(p.text);
    n = m ? value(m[1]!) : null;
    ownHomeRead.set(p, n);
  }
  return n ?? undefined;
}

/**
 * One side's count of its people home set against another source's count for each side of the
 * same swap ("175 for 175", "175 prisoners from each side", or a total from both sides, halved):
 * the two figures, where a source gives each. Equal swaps give each side the same count.
 */
export function sideCounts(a: Passage, b: Passage): [number, number] | undefined {
  const side = (own: Passage, other: Passage): [number, number] | undefined => {
    const n = ownSideHome(own);
    if (n === undefined || ownSideHome(other) !== undefined) return undefined;
    const s = sidesOf(other);
    const each = s.each.length === 1 ? s.each[0] : undefined;
    const total = s.total ? totalOf(other) : undefined;
    const m = each ?? (total !== undefined && total % 2 === 0 ? total / 2 : undefined);
    // A source that gives both figures itself ("Torvania says 214 on each side; Arvenia says 190 of
    // its citizens came home") reports the two; it agrees with either.
    return m === undefined || names(own, m) ? undefined : [n, m];
  };
  const ab = side(a, b);
  if (ab) return ab;
  const ba = side(b, a);
  return ba ? [ba[1], ba[0]] : undefined;
}
// The count of all who crossed, beside the words that say it is all: "312 detainees from both sides".
const TOTAL_COUNT = new RegExp(
  `\\b${NUMBER}\\s+(?:[a-z]+\\s+){0,2}?(?:in total|altogether|in all|(?:from|on|of) both sides)\\b|\\ba total of\\s+${NUMBER}\\b`,
  'i',
);
const totalOf = (p: Passage): number | undefined => {
  const m = TOTAL_COUNT.exec(p.text);
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? undefined : value(digits);
};

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

// Sources on one swap write within days of it; a count told weeks later is of another.
const SWAP_DAYS = 3;

/**
 * One side's count of its people home and another source's count for each side, of one swap:
 * sources published within days of each other that tell no two acts. The figures, else none.
 */
export function oneSwapSides(a: Passage, b: Passage, roster: Roster): [number, number] | undefined {
  const counts = sideCounts(a, b);
  if (!counts || !a.published || !b.published) return undefined;
  const days = Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS;
  return days <= SWAP_DAYS && !twoActs(a, b, roster) ? counts : undefined;
}
