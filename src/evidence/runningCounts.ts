// A running count: how many have returned, been registered or released so far. It grows as the
// weeks pass, so two sources that count it weeks apart ("1,200 had already returned" in April,
// "as of 17 May, 2,340 have returned") read it at two times; the same week, two figures for it
// disagree.
import { DAY_MS } from '../core/calendar.ts';
import { WEEKDAY } from './lexicon.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

// Words that tell a count is a total so far.
const SO_FAR =
  /\b(?:so far|to date|thus far|until now|by now|already|as of|as at|now|registered|in total|altogether|since the (?:beginning|start)|since (?:january|february|march|april|may|june|july|august|september|october|november|december)|this (?:year|spring|summer|autumn|fall|winter|season)|since the (?:war|conflict|invasion|fighting|hostilities) (?:began|started|broke out)|(?:through|in|over) (?:\d+ |\w+ )?(?:exchanges|swaps|releases|rounds of exchanges))\b/i;
// How far around the count those words may stand, within its sentence.
const REACH = 60;
/** Further apart than this, two readings of a running count are of two times. */
export const ONE_READING_DAYS = 7;

// Asked of each count once per other count it is set against: read once.
const told = new WeakMap<Quantity, boolean>();

/** Whether the words around a count tell it as a running total. */
export function runningCount(p: Passage, q: Quantity): boolean {
  let running = told.get(q);
  if (running === undefined) {
    running = readRunning(p, q);
    told.set(q, running);
  }
  return running;
}

function readRunning(p: Passage, q: Quantity): boolean {
  return SO_FAR.test(clauseOf(p, q));
}

/** Whether two counts, one at least a running total, were read at two times: sources a week apart or more. */
export function readAtTwoTimes(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  if (!a.published || !b.published) return false;
  if (Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS <= ONE_READING_DAYS) return false;
  return runningCount(a, x) || runningCount(b, y);
}

// One act's count: told of a day ("today", "yesterday", "on Tuesday") or as one more ("another 62",
// "a further 40", "the latest exchange"). A count before "bringing the total" is the act's, not the total.
const ONE_ACT = new RegExp(
  String.raw`\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening)|on ${WEEKDAY}|another|a further|the latest)\b`,
  'i',
);
// One act told by its day of the month or as the one exchange ("on April 20", "on 20 April", "in
// the exchange on", "most recently"): the act's count even where the sentence goes on to tell the
// series it belongs to ("the latest in a series of swaps this year").
const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATED_ACT = new RegExp(
  `\\b(?:on (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTHS}|${MONTHS} \\d{1,2}(?:st|nd|rd|th)?)\\b|in the (?:latest |last |most recent )?(?:exchange|swap|release)\\b(?! of)|most recently\\b)`,
  'i',
);
const BRINGING_TOTAL = /^[^.;]{0,40}?,?\s+bringing the total\b/i;

/** The words of a count's own clause, as far as REACH on each side. */
function clauseOf(p: Passage, q: Quantity): string {
  const from = Math.max(0, q.index - REACH);
  const around = p.text.slice(from, q.index + q.text.length + REACH);
  const at = q.index - from;
  const start = around.slice(0, at).search(/[.!?;]\s[^.!?;]*$/);
  const end = around.slice(at).search(/[.!?;](?:\s|$)/);
  return around.slice(start === -1 ? 0 : start + 1, end === -1 ? undefined : at + end);
}

const actCount = (p: Passage, q: Quantity): boolean =>
  BRINGING_TOTAL.test(p.text.slice(q.index + q.text.length)) ||
  (!runningCount(p, q) && ONE_ACT.test(clauseOf(p, q))) ||
  (!/\bsince\b/i.test(clauseOf(p, q)) && DATED_ACT.test(clauseOf(p, q)));

/**
 * Whether one count is a running total ("Since January, 310 have been released") and the other one
 * act's ("62 were released today"): a part of the total, not another figure for it.
 */
export function totalAndOneAct(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  const total = (p: Passage, q: Quantity) =>
    runningCount(p, q) && !BRINGING_TOTAL.test(p.text.slice(q.index + q.text.length));
  return (total(a, x) && actCount(b, y)) || (total(b, y) && actCount(a, x));
}
