// Dates of events: a cheap test says whether a sentence may hold a date; the common forms
// are read by quickDate, and only the rest goes to chrono, on a window around the match.
// Without a publication date, relative expressions ("on Tuesday") stay unresolved: a pure
// function may not read the clock.
import * as chrono from 'chrono-node';
import { ORDINAL_OF, type QuickDate, quickDate, SPAN_CANDIDATE } from './quickDates.ts';
import { allMatches } from './regex.ts';
import { mayHoldWordDate, rewriteWordDates } from './wordDates.ts';

// A day counted from another day the text gave before: "In Ostrand the following day".
const ANCHORED =
  '\\b(?:the (?:following|next|previous) day|the day (?:before|after)|a day (?:later|earlier))\\b';
const CANDIDATE = new RegExp(
  `${/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|yesterday|tomorrow|tonight|weekend|this (?:morning|afternoon|evening)|last night)\b|\b(?:last|next|this|earlier|later) (?:week|month|year)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b/.source}|\\b${ORDINAL_OF}|${SPAN_CANDIDATE}|${ANCHORED}`,
  'i',
);
const CANDIDATES = new RegExp(CANDIDATE.source, 'gi');
const ANCHORED_AT = new RegExp(`^${ANCHORED}`, 'i');
const BARE_WEEKDAY = /^(?:on |by |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?$/i;
// "said on Monday": the day something was said, not the day of the event the sentence reports.
const SAID_ON = /\b(?:said|says|told \w+|added|announced|warned|stated|confirmed)\s*$/i;
// "We agreed the experts meet in Velmar on Tuesday": what was agreed or asked for lies ahead.
// "Next" speaks of time only before a span or a day: "ahead of the next round" is no tense.
const FUTURE =
  /\b(?:will|would|shall|is to|are to|set to|due to|plans? to|expected to|upcoming|scheduled)\b|\bnext (?:week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:agreed?|decided?|propose[ds]?|ask(?:ed|s)?|invite[ds]?|let us|let's)\b(?: that)?[^.;]{0,60}\b(?:meet|hold|reconvene|resume|visit|travel|sign|open)\b/i;
// "by Friday", "until Monday": a limit lies ahead of the day of writing.
const AHEAD = /^(?:by|until|before) /i;
// chrono's cost grows with the text it sees: it only gets a window around the candidate.
const WINDOW = 28;

export const mayHoldDate = (sentence: string): boolean =>
  CANDIDATE.test(sentence) || mayHoldWordDate(sentence);
export const isFutureTense = (sentence: string): boolean => FUTURE.test(sentence);

export interface FoundDate {
  iso: string;
  text: string;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

// Every sentence of a document asks for the same reference day: parse it once.
let lastReference: { published: string; time: number } | undefined;

function reference(published: string): Date {
  if (lastReference?.published !== published) {
    const [y, m, d] = published.split('-').map(Number);
    lastReference = { published, time: new Date(y!, m! - 1, d!, 12).getTime() };
  }
  return new Date(lastReference.time);
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

// "on 14 and 15 October 2025": the first day is the one a span of days is dated by.
const DAY_RANGE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?)/gi;

/** The first date in `sentence`, resolved against `published` (`YYYY-MM-DD`). */
export function findDate(sentence: string, published: string | undefined): FoundDate | undefined {
  return findDates(sentence, published)[0];
}

const isoOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** "the following day" after `anchor` (`YYYY-MM-DD`). */
function fromAnchor(phrase: string, anchor: string): string {
  const back = /before|previous|earlier/i.test(phrase);
  const [y, m, d] = anchor.split('-').map(Number);
  return isoOf(new Date(y!, m! - 1, d! + (back ? -1 : 1), 12));
}

/**
 * Every date in `sentence`, in order, resolved against `published` (`YYYY-MM-DD`). A day
 * counted from another ("the following day") counts from the date before it in the
 * sentence, else from `anchor`: the last date the text gave before this sentence.
 */
export function findDates(sentence: string, published: string | undefined, anchor?: string): FoundDate[] {
  const ref = published ? reference(published) : new Date(2000, 0, 1, 12);
  const dates: FoundDate[] = [];
  const ranges = allMatches(DAY_RANGE, sentence);
  // Reading the range's first day as "14 October 2025" keeps every offset in place.
  let text = sentence;
  for (const r of ranges) {
    const rest = `${r[1]} ${r[2]}`;
    text = text.slice(0, r.index) + rest.padEnd(r[0].length, ' ') + text.slice(r.index + r[0].length);
  }
  const words = mayHoldWordDate(text) ? rewriteWordDates(text, ref, isFutureTense(sentence)) : undefined;
  if (words) text = words.text;
  for (const m of allMatches(CANDIDATES, text)) {
    if (dates.some((d) => m.index >= d.index && m.index < d.index + d.text.length)) continue;
    const anchored = ANCHORED_AT.exec(text.slice(m.index));
    if (anchored) {
      const from = dates.at(-1)?.iso ?? anchor;
      if (from) dates.push({ iso: fromAnchor(anchored[0], from), text: anchored[0], index: m.index });
      continue;
    }
    const quick = quickDate(text, m.index, ref);
    for (const found of quick ? [quick] : withChrono(text, m.index, ref)) {
      if (!published && !found.absolute) continue;
      if (SAID_ON.test(text.slice(0, found.index))) continue;
      let date = found.date;
      // A day in words is shown as written ("the fourteenth of November"), not as read.
      const inWords = words?.spans.find(([s]) => s === found.index);
      const said = inWords ? sentence.slice(inWords[0], inWords[1]) : found.text.replace(/[\s,.;:]+$/, '');
      // The nearest weekday may be on the wrong side of publication: the tense decides.
      if (BARE_WEEKDAY.test(said)) {
        const future = isFutureTense(sentence);
        if (future && date < ref) date = new Date(date.getTime() + 7 * 86400000);
        if (!future && date > ref && !AHEAD.test(said)) date = new Date(date.getTime() - 7 * 86400000);
        if (AHEAD.test(said) && date < ref) date = new Date(date.getTime() + 7 * 86400000);
      }
      const iso = isoOf(date);
      dates.push({ iso, text: sentence.slice(found.index, found.index + said.length), index: found.index });
      break;
    }
  }
  return dates;
}
