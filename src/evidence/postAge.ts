// A post copied with the platform's age instead of its day ("3d ·", "2w", "5 hrs ago", "Yesterday at
// 19:02") under a note of when it was captured ("[Captured 31 March 2031]", "Retrieved 31 March 2031",
// "Screenshot taken 31/03/2031"): the post's day is the capture's less its age. The capture's own day
// is the day of reading, never the post's.
import { DAY_MS } from '../core/calendar.ts';
import { findIsoDate, slashedDate } from './meta.ts';

const CAPTURE =
  /^\[?\s*(?:captured|retrieved|accessed|archived|screenshot(?: taken)?|saved|printed|downloaded|copied)\b(?:\s+(?:on|at))?\s*:?\s*(.{6,40}?)\s*\]?$/i;
// The note's word, tried first: most lines are no note, and folding a long paragraph's spaces
// cost more than the test (the fold keeps what precedes the word a match of `^\[?\s*`).
const CAPTURE_WORD =
  /^\[?\s*(?:captured|retrieved|accessed|archived|screenshot|saved|printed|downloaded|copied)/i;
// The note read with each run of whitespace as one space: the pattern's runs of whitespace around
// its day split a long run every way they can (a header line of "Captured", 1,000 spaces and a
// word took over a minute; a run of U+2028 survives normalisation).
/** The day a capture note gives ("[Captured 31 March 2031]" → "31 March 2031"); undefined for any other line. */
export const captureOf = (line: string): string | undefined =>
  CAPTURE_WORD.test(line) ? CAPTURE.exec(line.replace(/\s+/g, ' '))?.[1] : undefined;
/** Whether a line is a note of when a page was captured. */
export const isCapture = (line: string): boolean => captureOf(line) !== undefined;
// LinkedIn's "3d •" and "1w • Edited", X's "5h", Facebook's "2 d ·", "3 days ago", "Yesterday at 19:02".
const AGE =
  /^(?:(\d{1,2})\s?(h|hrs?|hours?|d|days?|w|wks?|weeks?)\b(?:\s+ago)?|(yesterday)(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp][Mm])?)?)\s*(?:[·•]|$)/i;
const UNIT_DAYS: Record<string, number> = { h: 0, d: 1, w: 7 };

/** The day of a post from its age and the day it was captured, both among its first lines. */
export function postAgeDate(lines: string[]): string | undefined {
  let captured: string | undefined;
  let ageDays: number | undefined;
  for (const line of lines) {
    const capture = captureOf(line.trim());
    if (capture) captured ??= findIsoDate(capture) ?? slashedDate(capture, () => false);
    const age = AGE.exec(line.trim());
    if (age && ageDays === undefined)
      ageDays = age[3]
        ? 1
        : Number(age[1]) *
          UNIT_DAYS[age[2]!.toLowerCase().startsWith('w') ? 'w' : age[2]![0]!.toLowerCase()]!;
  }
  if (captured === undefined || ageDays === undefined) return undefined;
  return new Date(Date.parse(captured) - ageDays * DAY_MS).toISOString().slice(0, 10);
}
