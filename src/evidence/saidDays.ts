// The day a source says words were said: "…," Kostal said on Tuesday; "she told parliament on
// 21 March that …". Two sources that give one line to two people, each on a day of its own, tell
// of two occasions: a line is repeated (a slogan, a phrase borrowed from another's speech), and
// neither source gives it to the wrong person. Read from the sentence that names the speaker,
// the quotation's own words left out ("… the talks resume on 20 March," she said).
import { DATELINE_LEAD } from './datelineDates.ts';
import { findDates } from './dates.ts';
import type { LinkDocument, Passage } from './passages.ts';
import type { Span } from './types.ts';

const days = new WeakMap<Passage, string[]>();
// How far around the speaker's name the sentence naming them is read: a tag is a few words.
const REACH = 200;
const SENTENCE_END = /[.!?]["”’)]*\s/g;
// Dates read the day of "said on Monday" as the day of saying, not of what is told, and leave it:
// here the saying is what is dated. (A wire's dateline is the day it was filed.)
const SAID = /\b(?:said|says|told|added|stated|declared|insisted|stressed)\b/gi;

/**
 * Notes, for each quotation whose speaker its source names, the days the sentence naming the
 * speaker gives besides the quotation's words. Asked once per linking, not once per pair.
 */
export function noteSaidDays(docs: LinkDocument[], passages: Passage[]): void {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  for (const q of passages) {
    const at = q.kind === 'quote' && q.claim?.kind === 'quote' ? q.claim.data.speakerSpan : undefined;
    const text = texts.get(q.source);
    if (!at || text === undefined) continue;
    const tag = tagSentence(text, at, q.span).replace(DATELINE_LEAD, '').replace(SAID, 'spoke');
    const found = findDates(tag, q.published).map((d) => d.iso);
    if (found.length > 0) days.set(q, found);
  }
}

/** The sentence around a speaker's name, within its line, with the quotation's words blanked. */
function tagSentence(text: string, [s, e]: Span, [qs, qe]: Span): string {
  const from = Math.max(text.lastIndexOf('\n', s) + 1, s - REACH);
  const lineEnd = text.indexOf('\n', e);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, e + REACH);
  const [bs, be] = [Math.max(qs, from), Math.min(qe, to)];
  const window =
    bs < be ? text.slice(from, bs) + ' '.repeat(be - bs) + text.slice(be, to) : text.slice(from, to);
  const ends = [...window.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const open = ends.filter((x) => x <= s - from).at(-1) ?? 0;
  const close = ends.find((x) => x > e - from) ?? window.length;
  return window.slice(open, close);
}

/** Whether two quotations are each said, by their sources, on a day and not on the same one. */
export function saidOnOtherDays(a: Passage, b: Passage): boolean {
  const [da, db] = [days.get(a), days.get(b)];
  return da !== undefined && db !== undefined && !da.some((d) => db.includes(d));
}
