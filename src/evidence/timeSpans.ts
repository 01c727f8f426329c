// Spans of time something runs for or must be done within: "within thirty (30) days", "for twelve
// months". Split out of numbers.ts; moved verbatim.
import { NUMBER, numberOf } from './numberWords.ts';

// A span of time: "within thirty (30) days", "for twelve months", "Mandate: 12 months". Not a count (a
// time word counts nothing, NOT_UNITS), but what a deadline or a mandate runs for.
// Only a span something runs for or must be done within: "three days of talks" tells how long
// a meeting lasted, which no other source need restate.
const SPAN = new RegExp(
  `(?:\\b(?:within|for|over|up to)\\s+|:\\s*)${NUMBER}(?:\\s*\\(\\d+\\))?[\\s-]+(hours?|days?|weeks?|months?)\\b`,
  'giu',
);
const SPAN_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30 };

/**
 * The spans of time a sentence states, in days ("a" and "one" are no figure: "one day"). Hours
 * only when asked: a limit to act in ("within 48 hours"), which no span in days need restate.
 */
export function spans(written: string, hours = false): { days: number; text: string; index: number }[] {
  const found: { days: number; text: string; index: number }[] = [];
  for (const m of written.matchAll(SPAN)) {
    const value = /^(?:a|one)$/i.test(m[1]!) ? undefined : numberOf(m[1]!);
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    if (value !== undefined && (hours || unit !== 'hour'))
      found.push({ days: value * SPAN_DAYS[unit]!, text: m[0], index: m.index });
  }
  return found;
}
