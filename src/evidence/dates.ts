// Dates of events: a cheap test says whether a sentence may hold a date; the common forms
// are read by quickDate, and only the rest goes to chrono, on a window around the match.
// Without a publication date, relative expressions ("on Tuesday") stay unresolved: a pure
// function may not read the clock.
import * as chrono from 'chrono-node';
import { type QuickDate, quickDate } from './quickDates.ts';

const CANDIDATE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|yesterday|tomorrow|tonight|weekend)\b|\b(?:last|next|this|earlier|later) (?:week|month|year)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b/i;
const CANDIDATES = new RegExp(CANDIDATE.source, 'gi');
const BARE_WEEKDAY = /^(?:on |by |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// "said on Monday": the day something was said, not the day of the event the sentence reports.
const SAID_ON = /\b(?:said|says|told \w+|added|announced|warned|stated|confirmed)\s*$/i;
const FUTURE =
  /\b(?:will|would|shall|is to|are to|set to|due to|plans? to|expected to|next|upcoming|scheduled)\b/i;
// chrono's cost grows with the text it sees: it only gets a window around the candidate.
const WINDOW = 28;

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

function withChrono(sentence: string, at: number, ref: Date): QuickDate[] {
  const from = Math.max(0, at - WINDOW);
  const found: QuickDate[] = [];
  for (const r of chrono.parse(sentence.slice(from, at + WINDOW * 2), ref)) {
    const s = r.start;
    if (!s.isCertain('day') && !s.isCertain('weekday') && !/\b(?:week|month)\b/i.test(r.text)) continue;
    found.push({ date: s.date(), text: r.text, index: r.index + from, absolute: /\d{4}/.test(r.text) });
  }
  return found;
}

/** The first date in `sentence`, resolved against `published` (`YYYY-MM-DD`). */
export function findDate(sentence: string, published: string | undefined): FoundDate | undefined {
  const ref = published ? reference(published) : new Date(2000, 0, 1, 12);
  for (const m of sentence.matchAll(CANDIDATES)) {
    const quick = quickDate(sentence, m.index, ref);
    for (const found of quick ? [quick] : withChrono(sentence, m.index, ref)) {
      if (!published && !found.absolute) continue;
      if (SAID_ON.test(sentence.slice(0, found.index))) continue;
      let date = found.date;
      const text = found.text.replace(/[\s,.;:]+$/, '');
      // The nearest weekday may be on the wrong side of publication: the tense decides.
      if (BARE_WEEKDAY.test(text)) {
        const future = isFutureTense(sentence);
        if (future && date < ref) date = new Date(date.getTime() + 7 * 86400000);
        if (!future && date > ref) date = new Date(date.getTime() - 7 * 86400000);
      }
      const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
      return { iso, text, index: found.index };
    }
  }
  return undefined;
}
