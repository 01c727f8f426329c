// Dates of events: a cheap test says whether a sentence may hold a date, and only then
// chrono parses it against the publication date. Without a publication date, relative
// expressions ("on Tuesday") are left unresolved: a pure function may not read the clock.
import * as chrono from 'chrono-node';

const CANDIDATE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|yesterday|tomorrow|tonight|weekend)\b|\b(?:last|next|this|earlier|later) (?:week|month|year)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b/i;
const BARE_WEEKDAY = /^(?:on |by |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// "said on Monday": the day something was said, not the day of the event the sentence reports.
const SAID_ON = /\b(?:said|says|told \w+|added|announced|warned|stated|confirmed)\s*$/i;
const FUTURE =
  /\b(?:will|would|shall|is to|are to|set to|due to|plans? to|expected to|next|upcoming|scheduled)\b/i;

export const mayHoldDate = (sentence: string): boolean => CANDIDATE.test(sentence);
export const isFutureTense = (sentence: string): boolean => FUTURE.test(sentence);

export interface FoundDate {
  iso: string;
  text: string;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function reference(published: string): Date {
  const [y, m, d] = published.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
}

/** The first date in `sentence`, resolved against `published` (`YYYY-MM-DD`). */
export function findDate(sentence: string, published: string | undefined): FoundDate | undefined {
  const ref = published ? reference(published) : new Date(2000, 0, 1, 12);
  for (const result of chrono.parse(sentence, ref)) {
    const start = result.start;
    if (SAID_ON.test(sentence.slice(0, result.index))) continue;
    // Without a publication date only a written-out year can be trusted.
    if (!published && !/\d{4}/.test(result.text)) continue;
    if (!start.isCertain('day') && !start.isCertain('weekday') && !/\b(?:week|month)\b/i.test(result.text))
      continue;
    let date = start.date();
    // chrono picks the nearest weekday; news tense says which side of publication it is.
    if (BARE_WEEKDAY.test(result.text.trim())) {
      const future = isFutureTense(sentence);
      if (future && date < ref) date = new Date(date.getTime() + 7 * 86400000);
      if (!future && date > ref) date = new Date(date.getTime() - 7 * 86400000);
    }
    const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    return { iso, text: result.text.replace(/[\s,.;:]+$/, ''), index: result.index };
  }
  return undefined;
}
