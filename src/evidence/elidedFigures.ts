// Figures given after a quantity in its unit without writing it again: "ten kilometres in total,
// five on either side". Split out of numbers.ts; moved verbatim.
import { MONTHS } from '../core/calendar.ts';
import type { Quantity } from './numbers.ts';
import { NUMBER, numberOf } from './numberWords.ts';

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
