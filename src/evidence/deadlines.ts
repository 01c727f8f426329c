// What a deadline is for. One round of talks sets several ("first data within ten days",
// "heavy equipment withdrawn by 31 March"); two reports of deadlines on different days
// contradict each other only when they are deadlines of one thing. What is due sits around
// the date in its clause: before it ("the pullback of heavy weapons from the Olvany
// district, completed before the March 31 deadline") or just after it ("the March 31
// deadline for the withdrawal of heavy equipment").
import { nameMeaning } from './claimFrames.ts';
import { CONCEPTS } from './concepts.ts';
import { findDates } from './dates.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import { replacedLater } from './newDayAfter.ts';
import type { Passage } from './passages.ts';
import { spans } from './timeSpans.ts';
import type { Roster } from './types.ts';

const WINDOW_WORDS = 12;
// Before the date, what is due runs back to a semicolon, a colon or a dash (a dateline's
// "DROSSA, 11 March 2026 —"); after it, to the clause's end.
const BEFORE_BREAK = /[;:—–]|\s-\s/g;
// A condition after the date ("by 31 January if the Commission finishes its interviews") says
// when it holds, not what is due.
const AFTER_BREAK = /[,;:.!?—–]|\s(?:if|unless|once|provided|because|so that|as long as)\b/;
// A day given as a span ("within ten days") and what it is counted from ("of signature").
const SPAN_START = /^(?:within|in)\s/i;
const COUNTED_FROM = /^\s*(?:of|after|from|following)\b/i;
// Words of the deadline itself, not of what is due.
const DEADLINE_WORDS = new Set(['deadline', 'date', 'day', 'week', 'month', 'year', 'later', 'end']);

// Held people said to be home by a day are released by it: "all remaining detainees home by 15
// February", "the fishermen go home by 18 April".
const HOME =
  /\b(?:home (?:by|before)|(?:go|goes|going|went|come|comes|came|return|returns|returned|be|are|is|sent|brought) home)\b/i;
/**
 * The words of the clause a date stands in, before and after it: back to a semicolon, a colon or a
 * dash, on to the clause's end or a condition ("by 31 January if the Commission finishes").
 */
export function clauseOfDate(
  text: string,
  date: { index: number; text: string },
): { before: string; after: string } {
  let before = text.slice(0, date.index);
  const cut = [...before.matchAll(BEFORE_BREAK)].at(-1);
  if (cut) before = before.slice(cut.index + cut[0].length);
  let after = text.slice(date.index + date.text.length);
  const end = after.search(AFTER_BREAK);
  if (end !== -1) after = after.slice(0, end);
  return { before, after };
}

/** The meaning words of what a deadline passage says is due by its date, names left out. */
export const dueItem = perPassage((p: Passage, roster: Roster): Set<string> => {
  const date = p.claim?.kind === 'event' ? p.claim.data.date : undefined;
  const found = findDates(p.text, p.published).find((d) => d.iso === date);
  let text = p.text;
  if (found) {
    let { before, after } = clauseOfDate(p.text, found);
    // A span's "of signature", "after ratification" is the act it is counted from, not what is
    // due: "the first trains run within ten days of signature" is due of the trains.
    if (SPAN_START.test(found.text) && COUNTED_FROM.test(after)) after = '';
    text = `${before.split(/\s+/).slice(-WINDOW_WORDS).join(' ')} ${after.split(/\s+/).slice(0, WINDOW_WORDS).join(' ')}`;
  }
  const names = nameMeaning(p, roster);
  const due = [...meaningWords(text)].filter((w) => !names.has(w) && !DEADLINE_WORDS.has(w));
  return new Set(HOME.test(text) ? [...due, 'release'] : due);
});

/**
 * Whether two deadlines are of different things: each says what is due, and they share no
 * word of it, or each names a thing it is due for and none in common. One that says too
 * little to tell may be of anything.
 */
export function dueApart(a: Passage, b: Passage, roster: Roster): boolean {
  if (aheadOfDeadline(a) || aheadOfDeadline(b)) return true;
  const [x, y] = [dueItem(a, roster), dueItem(b, roster)];
  return (x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w))) || otherThings(x, y);
}

/**
 * Whether two deadlines already taken as one limit's are still of different things, to refuse
 * their flag: as dueApart, but what is due is read without the words that tell the limit's
 * history or its telling, so a clause that says only that the limit moved sets it apart from none.
 */
export function dueSaidApart(a: Passage, b: Passage, roster: Roster): boolean {
  if (aheadOfDeadline(a) || aheadOfDeadline(b)) return true;
  const [x, y] = [dueItem(a, roster), dueItem(b, roster)];
  const [sx, sy] = [dueSaid(x), dueSaid(y)];
  return (sx.length > 0 && sy.length > 0 && !sx.some((w) => sy.includes(w))) || otherThings(x, y);
}

// Words around a limit's day that tell its history or who told of it, not what is due by it:
// "has been extended from 22 March to 29 March", "moved again, this time to 25 May", "the new
// deadline is 1 April, diplomats briefed on the change say". A clause of nothing else says too
// little to tell what the limit is for.
const TOLD_OF_LIMIT = meaningWords(
  'moved extended adjusted changed pushed postponed shifted reset revised originally earlier instead last now time until set stands diplomats briefed speaking reporters officials sources',
);
const dueSaid = (due: Set<string>): string[] => [...due].filter((w) => !TOLD_OF_LIMIT.has(w));

/**
 * Whether two deadlines are for different things by what each names: a thing apart ("the lists
 * of prisoners" / "the catch data"), or one a step ahead of the other. Weaker than dueApart, for
 * pairs something else ties, whose other words ("so we had the time") say nothing of what is due.
 */
export function thingsApart(a: Passage, b: Passage, roster: Roster): boolean {
  return aheadOfDeadline(a) || aheadOfDeadline(b) || otherThings(dueItem(a, roster), dueItem(b, roster));
}

// "handed over within 72 hours, ahead of the 30 April deadline": a step planned before a deadline
// the sentence names apart, not that deadline. "Completed before the 31 March deadline" dates the
// deadline itself: only a day the deadline is not on is ahead of it.
const AHEAD =
  /\b(?:ahead of|well before|well within|in advance of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?deadline\b/i;
const aheadOfDeadline = (p: Passage): boolean => {
  const m = AHEAD.exec(p.text);
  if (!m) return false;
  const date = p.claim?.kind === 'event' ? p.claim.data.date : undefined;
  const named = findDates(p.text.slice(m.index, m.index + m[0].length + 20), p.published)[0]?.iso;
  return named === undefined || named !== date;
};

// What a deadline asks done, as meaning words: the act a limit is set for. Two sources rarely
// word the rest alike ("the remaining men will be released by the deadline agreed in
// Sorrance" / "all detained fishermen shall be released no later than 18 April").
const ACTS = new Set([
  'release',
  'withdraw',
  'ratify',
  'sign',
  'exchange',
  'open',
  'deliver',
  'pay',
  'return',
  'publish',
  'establish',
  'implement',
  'evacuate',
  'final',
]);
// The things negotiations name in one word whatever the wording (concepts.ts): what an act is
// done to. Not the acts, nor the words that come with any deadline ("agreed", "the accord",
// "proposed", "the talks", "a year").
const NOT_THINGS = new Set(['agreement', 'agree', 'deadline', 'propose', 'draft', 'talk', 'meet', 'year']);
const THINGS = new Set(
  CONCEPTS.map((line) => line.split('|')[0]!).filter((w) => !ACTS.has(w) && !NOT_THINGS.has(w)),
);

// Words any deadline may come with: that it was agreed or proposed, by the parties, within how
// many days.
const ANY_DEADLINE = new Set(['agreement', 'agree', 'propose', 'party', 'talk', 'within']);
const NUMBER_WORD =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundr\w*|thousand)$/;
// A name as written (a place: "agreed in Sorrance"), not at the start of a sentence.
const NAME = /(?<![.!?:]\s|^)\b\p{Lu}\p{Ll}+/gu;

/**
 * Whether two deadlines are of one act on one thing, however else they are worded: what is
 * due shares an act besides completing ("released", "ratify"), neither names a thing the
 * other does not share ("exchange their catch data" / "exchange lists of prisoners" are two),
 * and besides the act they share a word, or one says nothing more ("the remaining men will be
 * released by the deadline agreed in Sorrance": a name says where it was agreed).
 */
export function oneAct(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [dueItem(a, roster), dueItem(b, roster)];
  if (![...x].some((w) => ACTS.has(w) && w !== 'final' && y.has(w)) || otherThings(x, y)) return false;
  const [rx, ry] = [dueRest(a, roster), dueRest(b, roster)];
  if (rx.length === 0 || ry.length === 0) return true;
  if (rx.some((w) => ry.includes(w))) return true;
  // A place both name is where a withdrawal is from ("pullback from the Olvany line" /
  // "withdrawal of heavy equipment from the Olvany district"), though alone it says no more; a
  // signing's place is only where the ceremony is.
  if (![...x].some((w) => PLACED_ACTS.has(w) && y.has(w))) return false;
  const [px, py] = [dueRest(a, roster, true), dueRest(b, roster, true)];
  return px.some((w) => py.includes(w));
}
// Acts a place defines: what is withdrawn or evacuated is withdrawn from somewhere.
const PLACED_ACTS = new Set(['withdraw', 'evacuate']);

/**
 * What is due besides the act and the words of any deadline: what it is done to, and how —
 * with the places named (`withPlaces`) or without them.
 */
const dueRest = (p: Passage, roster: Roster, withPlaces = false): string[] =>
  (withPlaces ? dueWithPlaces : dueWithoutPlaces)(p, roster);
const dueWithPlaces = perPassage((p: Passage, roster: Roster): string[] =>
  [...dueItem(p, roster)].filter((w) => !ACTS.has(w) && !ANY_DEADLINE.has(w) && !NUMBER_WORD.test(w)),
);
const dueWithoutPlaces = perPassage((p: Passage, roster: Roster): string[] => {
  const names = meaningWords((p.text.match(NAME) ?? []).join(' '));
  return dueWithPlaces(p, roster).filter((w) => !names.has(w));
});

// Verbs of attaining what is negotiated, as meaning words: a ceasefire is agreed, reached,
// achieved, secured or concluded ('final'), one act however the source words it.
const ATTAIN = new Set([
  'agree',
  'reach',
  'achiev',
  'attain',
  'secur',
  'security',
  'final',
  'strike',
  'seal',
]);
// Words around a limit that say who wants it, not what is due: "Arvenia remains committed to
// reaching", "the sides aim to".
const STANCE = new Set([
  'remain',
  'commit',
  'aim',
  'seek',
  'hope',
  'want',
  'intend',
  'goal',
  'need',
  'sid',
  'party',
]);

/**
 * Whether two deadlines are for attaining one thing: both name it ("a ceasefire"), and say
 * nothing else of what is due but a verb of attaining it ("agree a ceasefire by 15 April" /
 * "committed to reaching a ceasefire by 31 March" / "the deadline for a ceasefire"). Doing
 * something with it ("implement the ceasefire") is another act.
 */
export function oneAttainment(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [dueItem(a, roster), dueItem(b, roster)];
  const shared = [...x].filter((w) => THINGS.has(w) && y.has(w));
  if (shared.length === 0) return false;
  const onlyAttains = (due: Set<string>) =>
    [...due].every((w) => shared.includes(w) || ATTAIN.has(w) || STANCE.has(w) || ANY_DEADLINE.has(w));
  return onlyAttains(x) && onlyAttains(y);
}

/** Whether each of two deadlines' due words names a thing, and none the other names. */
function otherThings(x: Set<string>, y: Set<string>): boolean {
  const [tx, ty] = [[...x].filter((w) => THINGS.has(w)), [...y].filter((w) => THINGS.has(w))];
  return tx.length > 0 && ty.length > 0 && !tx.some((w) => ty.includes(w));
}

/**
 * Whether both give the deadline as one span from a starting point ("within ten days of this
 * statement", "within 10 days of the end of this round"): they state one deadline, and
 * resolving it from two sources' dates may give two days that neither source said.
 */
export function oneRelativeDeadline(a: Passage, b: Passage): boolean {
  const [x, y] = [withinDays(a), withinDays(b)];
  return x.some((s) => y.includes(s));
}

/**
 * The spans a passage gives something to be done within, in days. Read once a passage: the pair
 * loop asks it of each passage against every other, and a list of hundreds of numbered points
 * read it afresh for each pair.
 */
const withinDaysRead = new WeakMap<Passage, number[]>();
function withinDays(p: Passage): number[] {
  let days = withinDaysRead.get(p);
  if (days === undefined) {
    days = [
      ...spans(p.text)
        .filter((s) => /^within\b/i.test(s.text))
        .map((s) => s.days),
      ...withinOne(p.text),
    ];
    withinDaysRead.set(p, days);
  }
  return days;
}

// What a span runs from: "within 30 days of (the) entry into force", "within 45 days after the signing".
const SPAN_FROM =
  /\bwithin\b[^.;]{1,30}?\b(?:days?|weeks?|months?)\s+(?:of|from|after|following)\s+(?:the\s+)?([\p{L} -]{3,40})/iu;
const fromWords = (text: string) => {
  const m = SPAN_FROM.exec(text);
  return m ? m[1]!.toLowerCase().split(/\s+/).slice(0, 3).join(' ') : undefined;
};

/**
 * Two lengths of one period in passages alike in words: "Heavy weapons shall be withdrawn within 30
 * days of entry into force" against "… within 21 days of entry into force". The lengths are what
 * differ; a period run from two different starting points is two periods.
 */
export function periodsApart(a: Passage, b: Passage): [number, number] | undefined {
  const [x, y] = [withinDays(a), withinDays(b)];
  if (x.length !== 1 || y.length !== 1 || x[0] === y[0]) return undefined;
  const [fa, fb] = [fromWords(a.text), fromWords(b.text)];
  if (fa && fb && fa !== fb) return undefined;
  return [x[0]!, y[0]!];
}
// A sentence that opens on a condition: "If either army is not back by the date, …", "Once the
// text is signed, …", "Should the monitors report a breach, …".
const CONDITION = /^\W*(?:if|once|when|whenever|should|unless|as soon as|in (?:the event|case))\b/i;

/**
 * Whether a deadline is a span counted from the event its sentence makes a condition ("If either
 * army is not back by the date, the mission reports it within 24 hours"): it runs from that
 * event, not from the day its source wrote, so it gives no day to set against another's.
 */
export const countedFromCondition = (p: Passage): boolean =>
  p.claim?.kind === 'event' && /^within\b/i.test(p.claim.data.dateText ?? '') && CONDITION.test(p.text);

// "Within a week", "within one month": spans() reads no "a" or "one" as a figure ("for one day"
// tells no span), but after "within" they state one.
const WITHIN_ONE = /\bwithin\s+(?:a|one)\s+(day|week|month)\b/gi;
const DAYS_IN: Record<string, number> = { day: 1, week: 7, month: 30 };
const withinOne = (text: string) => [...text.matchAll(WITHIN_ONE)].map((m) => DAYS_IN[m[1]!.toLowerCase()]!);

// A deadline the source says was moved: "the agreed deadline of 18 April was extended to 30
// April" reports 18 April as superseded, not as the day due.
const MOVED =
  /\b(?:extended|postponed|pushed back|put back|moved|deferred|delayed|brought forward|replaced)\s+(?:to|until|till|by)\b/i;

/** The day a deadline passage says was moved, and the day it was moved to: [from, to]. */
export const moved = perPassage((p: Passage): [string, string] | undefined => {
  const m = MOVED.exec(p.text);
  if (!m) return undefined;
  const dates = findDates(p.text, p.published);
  const from = dates.filter((d) => d.index < m.index).at(-1);
  const to = dates.find((d) => d.index >= m.index + m[0].length);
  return from && to && from.iso !== to.iso ? [from.iso, to.iso] : undefined;
});

/**
 * Whether a source told a deadline before it was moved to the day another gives: the day a
 * deadline was moved to (`movedTo`: that day, and when a source first said so) is no
 * contradiction of a source written before then, which knew the deadline as it stood.
 */
export function toldBeforeMove(a: Passage, b: Passage, movedTo: Map<string, string>): boolean {
  const before = (p: Passage, q: Passage) => {
    const date = q.claim?.kind === 'event' ? q.claim.data.date : undefined;
    const since = date !== undefined ? movedTo.get(date) : undefined;
    return since !== undefined && p.published !== undefined && p.published < since;
  };
  return before(a, b) || before(b, a);
}

/** Whether the day a deadline passage gives is one its source says was moved to another. */
export const superseded = (p: Passage, roster: Roster): boolean => {
  const date = p.claim?.kind === 'event' ? p.claim.data.date : undefined;
  return date !== undefined && (moved(p, roster)?.[0] === date || replacedLater(p, roster));
};
