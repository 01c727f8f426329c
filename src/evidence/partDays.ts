// A document made of parts each stamped with its own day: a chat's export ("[12/05/2031, 07:58]
// Ada: …", "12/05/2031, 07:58 - Ada: …"), an e-mail thread's headers ("Sent: Thursday, 15 May 2031
// 21:30", "On Thu, 15 May 2031 at 21:30, Ada wrote:"). A part's "today" and "yesterday" are the
// day of its own stamp, not the day of the newest part the document is dated by. A channel's feed
// or a live page sets its entries under a heading that is a whole day ("Monday 16 March 2043"),
// each entry stamped with a time only: an entry's "tonight" is its heading's day.

import { WEEKDAY } from './lexicon.ts';
import { findIsoDate, slashedDate } from './meta.ts';
import { opensAsChat, opensAsThread } from './ownThread.ts';
import { MONTH_WORD } from './quickDates.ts';

/** Where a part starts in the text and the day its stamp gives it. */
export interface PartDay {
  start: number;
  day: string;
}

// A chat export's line: the stamp in brackets (WhatsApp on iPhone) or before a dash (on Android).
const CHAT_STAMP =
  /^\[?(\d{1,2}\/\d{1,2}\/\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?(?:\s+[-–]\s+|\s+)(?=\S)/gm;
// A mail's header of when it was sent ("Sent:", "Date:", "Gesendet:"), or a reply's attribution line.
const MAIL_STAMP =
  /^(?:(?:Sent|Date|Gesendet|Envoyé|Enviado)\s*:\s*([^\n]{6,60})|On ([^\n]{6,60}?),? [^\n]{1,80}? wrote:)$/gm;

// A paragraph that is a whole day and nothing else, year and all: a heading over the day's entries.
// A day named in a sentence, or a day without its year, heads nothing.
const DAY_HEADING = new RegExp(
  `^\\s*(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}\\s+${MONTH_WORD}|${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\s*$`,
  'i',
);

/** The day a paragraph gives when it is a whole day and nothing else: a heading over that day's entries. */
export function dayHeading(paragraph: string): string | undefined {
  if (paragraph.length > 40) return undefined;
  return DAY_HEADING.test(paragraph) ? findIsoDate(paragraph) : undefined;
}

/** Whether a line opens with a chat export's stamp: a message, never a headline. */
export const opensWithChatStamp = (line: string): boolean => {
  CHAT_STAMP.lastIndex = 0;
  const opens = CHAT_STAMP.test(line);
  CHAT_STAMP.lastIndex = 0;
  return opens;
};

const TWO_FIGURE_YEAR = /\/(\d{2})$/;

/**
 * The parts of `text` that carry a day of their own, in order, when there are at least two of
 * them and they give more than one day; else none (the document's own day dates it all).
 * `monthFirst` says which figure of "05/06/2031" is the month when neither is above 12. Only a
 * document that is itself a chat or a thread has such parts (ownThread.ts): a report quoting two
 * stamped messages or two e-mails keeps its own day. `headed` are the parts under headings that
 * are whole days (the cleaner takes the headings out, `dayHeading`), in any document: a page that
 * sets its days apart so is read day by day.
 */
export function partDays(text: string, monthFirst: () => boolean, headed: PartDay[] = []): PartDay[] {
  const parts: PartDay[] = [...headed];
  const [chat, thread] = [opensAsChat(text), opensAsThread(text)];
  for (const m of chat ? text.matchAll(CHAT_STAMP) : []) {
    const figures = m[1]!.replace(TWO_FIGURE_YEAR, '/20$1');
    const day = slashedDate(figures, monthFirst);
    if (day) parts.push({ start: m.index, day });
  }
  for (const m of thread ? text.matchAll(MAIL_STAMP) : []) {
    const day = findIsoDate(m[1] ?? m[2]!);
    if (day) parts.push({ start: m.index, day });
  }
  if (parts.length < 2 || parts.every((p) => p.day === parts[0]!.day)) return [];
  return parts.sort((a, b) => a.start - b.start);
}

/**
 * The day of the part `at` stands in, if it stands after a stamp: the last part starting at or
 * before it, found by halving the sorted parts (a long chat has a part per message and an event
 * in many of them: a scan per event was quadratic).
 */
export function dayOfPart(parts: PartDay[], at: number): string | undefined {
  let [lo, hi] = [0, parts.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (parts[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? parts[lo - 1]!.day : undefined;
}

/** The newest day the parts give: a chat exported or a thread forwarded is read from its last message. */
export const newestPartDay = (parts: PartDay[]): string | undefined =>
  parts.reduce<string | undefined>((newest, p) => (newest && newest > p.day ? newest : p.day), undefined);

/**
 * A feed's day when its posts stand under day headings: the newest heading's, whether the feed
 * lists its newest post first or last. Only where the date read so far is none or one of the
 * headings (the first one under the page's name), not a date the page gives apart from its posts.
 */
export function feedDay(headings: { day: string }[], date: string | undefined): string | undefined {
  const days = new Set(headings.map((h) => h.day));
  if (days.size < 2 || (date !== undefined && !days.has(date))) return undefined;
  return [...days].sort().at(-1);
}
