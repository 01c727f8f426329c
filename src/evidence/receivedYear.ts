// A document that gives no day of its own (a wire story with no dateline date, a forwarded
// post) still writes days in full but for the year ("signed on June 21", "from 9 to 11
// March"). Those name one day each: the one nearest before the day the document was received,
// or just after it, as a document speaks of what happened lately and of what is due soon.
// Days told relative to the day of writing ("on Monday", "yesterday") stay unread: without
// that day, they could be any.
import { DAY_MS } from '../core/calendar.ts';

// A month named and a day in figures, either way round ("June 21", "21 June", "21st of June").
const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const DAY_FIGURE = /\b\d{1,2}(?:st|nd|rd|th)?\b/;
// Counted days are told from the day of writing, which is unknown here ("next May 3"). A weekday
// beside the month and day adds nothing: "Thursday, October 3" is October 3.
const RELATIVE = /\b(?:ago|last|next|this|coming)\b/i;

/** Whether a date as written names a month and a day of it, and no year nor a word counting from the day of writing. */
export function writesMonthDay(said: string): boolean {
  return MONTH_NAME.test(said) && DAY_FIGURE.test(said) && !/\d{4}/.test(said) && !RELATIVE.test(said);
}

/**
 * `received` if it is a real day written `YYYY-MM-DD`, as ExtractContext asks: anything else
 * ("yesterday", "2034-02-30") gives no year to read days in, rather than days of no year.
 */
export function receivedDay(received: string | undefined): string | undefined {
  if (!received || !/^\d{4}-\d{2}-\d{2}$/.test(received)) return undefined;
  const [y, m, d] = received.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? received : undefined;
}

/** Days after the day of receipt a month and day may still fall: a document announces what is due soon. */
const AHEAD = 60;

/**
 * The month and day of `date` in the year that puts them nearest before `received`
 * (`YYYY-MM-DD`), or at most two months after it.
 */
export function inReceivedYear(date: Date, received: string): Date {
  const [y, m, d] = received.split('-').map(Number) as [number, number, number];
  const limit = new Date(y, m - 1, d, 12).getTime() + AHEAD * DAY_MS;
  const inYear = new Date(y, date.getMonth(), date.getDate(), 12);
  return inYear.getTime() > limit ? new Date(y - 1, date.getMonth(), date.getDate(), 12) : inYear;
}
