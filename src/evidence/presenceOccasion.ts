// The occasion a sentence on who was there speaks of (presence by role, by party, by video
// link), and whether two such sentences speak of one: the same kind of occasion on a day in
// common, or, where either names none, written within days of each other.
import { DAY_MS } from '../core/calendar.ts';
import { SLIP_DAYS } from './dateSlip.ts';
import { findDates } from './dates.ts';
import type { Passage } from './passages.ts';

// A meeting of any name, a call, the initialling, the signing.
const OCCASIONS: [string, RegExp][] = [
  ['initialling', /\binitiall?(?:ing|ed)\b/i],
  ['signing', /\bsigning\b|\bsignature ceremony\b/i],
  ['call', /\b(?:phone|telephone) (?:call|conversation)\b|\bthe call\b/i],
  // "In the room" is at the table, where a meeting sits.
  ['meeting', /\b(?:meeting|session|talks|round)\b|\bin the room\b/i],
];

export interface Occasion {
  kind: string;
  days: string[];
}

/**
 * The occasion `text` names, with its days. Weekdays too ("Monday's session", "on Wednesday, at
 * the initialling"): two days read alike from two sources are one day, and read apart keep two
 * sessions apart.
 */
export function occasionIn(text: string, published?: string): Occasion | undefined {
  const kind = OCCASIONS.find(([, re]) => re.test(text))?.[0];
  if (!kind) return undefined;
  return { kind, days: findDates(text, published).map((d) => d.iso) };
}

const ONCE = new Set(['initialling', 'signing']);
// Two reports of one occasion that name no day are written within days of each other.
const OCCASION_DAYS = 10;
const withinSlip = (x: string, y: string) => Math.abs(Date.parse(x) - Date.parse(y)) <= SLIP_DAYS * DAY_MS;

/**
 * Whether two passages' occasions are one. `slip`: a day apart is still one occasion, whose day
 * is another flag's; without it, sessions a day apart are two.
 */
export function oneOccasion(a: Passage, x: Occasion, b: Passage, y: Occasion, slip: boolean): boolean {
  if (x.kind !== y.kind) return false;
  if (x.days.length > 0 && y.days.length > 0)
    return x.days.some((d) => y.days.some((e) => (slip ? withinSlip(d, e) : d === e)));
  // A text is initialled once and signed once: a source of unknown date speaks of the same one.
  if (!a.published || !b.published) return ONCE.has(x.kind);
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= OCCASION_DAYS * DAY_MS;
}
