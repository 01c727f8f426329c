// The English month names and day ordinals, in order: read in dates by the evidence engine
// and the compare engine, and kept unvaried by the fingerprinting of circulated copies.

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Lower-case month names, for membership tests. */
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** `jan` … `dec`: the abbreviations dates are written with, index 0 for January. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

/** `first` … `twentieth`: index + 1 is the day; later days are written "twenty-first", "thirtieth". */
export const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
] as const;

/** `YYYY-MM-DD` of a year, a month (1–12) and a day of the month. */
export const isoDay = (year: number | string, month: number | string, day: number | string): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A day in milliseconds, for counting days between dates. */
export const DAY_MS = 86_400_000;
