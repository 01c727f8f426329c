// A deadline across its moves. Negotiators move deadlines ("extended to 29 March", "adjusted to 27
// May", "the new date is the twentieth"), and sources tell the day due when they write: one written
// before a move gives the old day, one after gives the new. Two such days are two states of one
// deadline, not a disagreement; two sources that each tell the latest move, with two days, do
// disagree. A day a source calls earlier or original ("the earlier 15 March target", "originally
// set for May 10") is a past state, and a passage that tells a move without the new day ("a day
// after the mediator pushed back its deadline by a week") dates the move, not the deadline.
import { DAY_MS } from '../core/calendar.ts';
import { findDates } from './dates.ts';
import { dueSaidApart, thingsApart } from './deadlines.ts';
import { THEN_TO } from './limitsMoved.ts';
import { perPassage } from './linkSupport.ts';
import { moveNotDone } from './moveNotDone.ts';
import { replacedDeadline, whatIsDue } from './newDayAfter.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';
import { wordsBeforeDay } from './wordsBeforeDay.ts';

// "should move from 14 March to 21 March": the bare verb only before its days ("a move to" is a noun).
const CHANGE =
  /\b(?:move(?=\s+(?:from|to)\s)|extended|extends?|postponed|pushed back|put back|moved|deferred|delayed|brought forward|adjusted|changed|reset|shifted|rescheduled|revised)\b/i;
// A move to an earlier day: the day before it is later, not earlier.
const BROUGHT_FORWARD = /\b(?:brought forward|moved up|advanced)\b/i;
// How far before the new day its verb may stand: "moved again, this time to May 25".
const CHANGE_REACH = 40;
// Further, where the verb has the limit for its object: "pushed back the deadline for the two
// sides to answer its draft framework on the plant to March 28".
const LIMIT_REACH = 160;
// "to move the signing deadline from 15 March to 22 March": the bare verb before its object too.
const CHANGED_LIMIT = new RegExp(
  `(?:${CHANGE.source}|\\bmove)\\s+(?:the |its |their |this |a )?(?:[\\w-]+ )?(?:deadline|(?:target )?date|time ?limit)\\b[^.;]*$`,
  'i',
);
// A move told in steps (limitsMoved.ts): each day but the last is a state it passed through.
// Right before the day a deadline was changed to.
const TO_DAY = /\b(?:to|until|till)\s+(?:the\s+)?$/i;
// A day given as the deadline now: "the new date is", "the final deadline is now", "is now set for".
const NOW_DAY =
  /\b(?:new (?:deadline|date|target)(?:\s+(?:is|of|will be))?|(?:(?:is|are) now|will now be)(?:\s+(?:set|scheduled|due|fixed))?(?:\s+(?:for|on|by))?)\s+(?:the\s+)?$/i;
// Right before a day told as a past state: "the earlier 15 March target", "originally set for May 10",
// "moved from the tenth", "until March 22, instead of March 15".
const PAST_DAY =
  /\b(?:(?:earlier|original|previous|former|initial|old)\s+(?:(?:deadline|target|date)\s+(?:of\s+)?)?|originally\s+(?:\w+\s+){0,2}?(?:for|on|by)?\s*|from\s+(?:the\s+)?|instead of\s+(?:the\s+)?)$/i;

// "The date originally foreseen for the initialling was 14 March": the adverb further off, before a copula.
const ORIGINALLY_WAS =
  /\boriginally\s+(?:foreseen|planned|set|scheduled|expected|fixed|proposed)\b[^.;]{0,40}?\b(?:was|were|had been)\s+(?:the\s+)?$/i;

const datesIn = perPassage((p) => findDates(p.text, p.published).filter((d) => !d.vague));

// Words without which a passage tells no change and no past day: read before its dates are.
const MAY_CHANGE = new RegExp(`${CHANGE.source}|\\b(?:now|new|move)\\b`, 'i');
const MAY_BE_PAST = /\b(?:earlier|original|originally|previous|former|initial|old|from|instead)\b/i;

// "was moved by the Special Envoy from 15 March to 22 March": a day after "from <day> to", in a
// sentence whose verb of change stands before the old day, further off than CHANGE_REACH.
const fromDayTo = (text: string, prev: { index: number; text: string } | undefined, d: { index: number }) =>
  prev !== undefined &&
  /^\s+to\s+(?:the\s+)?$/i.test(text.slice(prev.index + prev.text.length, d.index)) &&
  /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, prev.index - 10), prev.index)) &&
  CHANGE.test(
    text
      .slice(Math.max(0, prev.index - LIMIT_REACH), prev.index)
      .split(/[.;]/)
      .at(-1) ?? '',
  );

/** The day a passage says a deadline was changed to, if it says so. */
export const changedTo = perPassage((p, roster): string | undefined => steps(p, roster).at(-1));

/** The days a passage tells a deadline changed to, in order: one, or each step of a move told in steps. */
const steps = perPassage((p, roster): string[] => {
  if (!MAY_CHANGE.test(p.text)) return [];
  const dates = datesIn(p, roster);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const before = wordsBeforeDay(p.text, d, CHANGE_REACH);
    const far = wordsBeforeDay(p.text, d, LIMIT_REACH);
    const changed =
      TO_DAY.test(before) &&
      (CHANGE.test(before) || CHANGED_LIMIT.test(far) || fromDayTo(p.text, dates[i - 1], d));
    if (!(changed && !moveNotDone(p.text, d.index)) && !NOW_DAY.test(before)) continue;
    const out = [d.iso];
    for (let j = i + 1; j < dates.length; j++) {
      const prev = dates[j - 1]!;
      if (!THEN_TO.test(p.text.slice(prev.index + prev.text.length, dates[j]!.index))) break;
      out.push(dates[j]!.iso);
    }
    return out;
  }
  return [];
});

/** The days a passage tells as a deadline's past states. */
export const toldAsPast = perPassage((p, roster): string[] => [
  ...steps(p, roster).slice(0, -1),
  ...(!MAY_BE_PAST.test(p.text)
    ? []
    : datesIn(p, roster)
        .filter((d) => {
          const before = p.text.slice(Math.max(0, d.index - 30), d.index);
          // "from" tells a past day only where the passage tells a change.
          return (
            (PAST_DAY.test(before) && (!/\bfrom\s+(?:the\s+)?$/i.test(before) || CHANGE.test(p.text))) ||
            ORIGINALLY_WAS.test(p.text.slice(Math.max(0, d.index - 80), d.index))
          );
        })
        .map((d) => d.iso)),
]);

// "Written replies were first due on 22 March; … to Friday 29 March": the passage's own day told as
// the first state of a deadline it tells moved. Its own state only: told beside no move, the first
// day of one source may still be the day another gives wrongly.
const FIRST_DAY = /\bfirst\s+(?:due|set|scheduled|expected|fixed|planned)\s+(?:for|on|by)?\s*(?:the\s+)?$/i;
const toldFirst = perPassage((p, roster): string[] =>
  /\bfirst\b/i.test(p.text) && CHANGE_OR_NEW.test(p.text)
    ? datesIn(p, roster)
        .filter((d) => FIRST_DAY.test(p.text.slice(Math.max(0, d.index - 30), d.index)))
        .map((d) => d.iso)
    : [],
);
// A move told: a verb of change, a new day, or more time given.
const CHANGE_OR_NEW = new RegExp(`${CHANGE.source}|\\b(?:now|new|another|more time|extra)\\b`, 'i');

// A move told as one after another: "extended it again, to 29 March", "pushed back a second time",
// "by a further week", "once more". Read in the sentence before the new day.
const AGAIN = /\b(?:again|anew|once more|a (?:second|third|fourth) time|further)\b/i;
const toldAgain = (p: Passage, roster: Roster): boolean => {
  const day = changedTo(p, roster);
  const d = day === undefined ? undefined : datesIn(p, roster).find((x) => x.iso === day);
  if (!d) return false;
  return AGAIN.test(wordsBeforeDay(p.text, d, LIMIT_REACH).split(/[.;]/).at(-1) ?? '');
};

/**
 * Whether one of two passages tells its move as a later one than the other's ("again", "a second
 * time"), written no earlier, and its day lies on past the other's (before it, if brought
 * forward): the two new days are two moves, not one move told two ways. "Moved again" to a day
 * short of another's new day is an account of the same move that disagrees.
 */
export const laterMove = (a: Passage, b: Passage, roster: Roster): boolean => {
  const [ga, gb] = [toldAgain(a, roster), toldAgain(b, roster)];
  if (ga === gb) return false;
  const [again, other] = ga ? [a, b] : [b, a];
  const [to, from] = [dayOf(again), dayOf(other)];
  if (!to || !from) return false;
  if (BROUGHT_FORWARD.test(again.text) ? to >= from : to <= from) return false;
  return !again.published || !other.published || again.published >= other.published;
};

/** When sources first told each day as a deadline's new day, and as a past one. */
export interface DeadlineMoves {
  newSince: Map<string, string>;
  pastSince: Map<string, string>;
  /** Deadline passages that set a stage of their source's schedule (scheduleStages). */
  stages?: Set<Passage>;
}

/** Reads, over all passages, the days deadlines were moved to and from, and when each was first told. */
export function deadlineMoves(passages: Passage[], roster: Roster): DeadlineMoves {
  const moves: DeadlineMoves = { newSince: new Map(), pastSince: new Map() };
  const note = (into: Map<string, string>, day: string, published: string) => {
    const since = into.get(day);
    if (!since || published < since) into.set(day, published);
  };
  for (const p of passages) {
    if (!p.published) continue;
    const to = changedTo(p, roster);
    if (to) note(moves.newSince, to, p.published);
    for (const day of toldAsPast(p, roster)) note(moves.pastSince, day, p.published);
  }
  return moves;
}

const dayOf = (p: Passage) => (p.claim?.kind === 'event' ? p.claim.data.date : undefined);

// A day counted from the day a source wrote ("within 10 days") meets another's day by chance.
const countedDay = (p: Passage) =>
  p.claim?.kind === 'event' && /^within\b/i.test(p.claim.data.dateText ?? '');

/**
 * Whether one deadline passage tells the other's day as a state its own deadline moved through
 * ("moved, first to the 29th and then to the 1st of April" / "expected by 29 March", written
 * after it or within days of it): the history ties them as one limit, though they word little
 * else alike, and the other gives as standing a day the history tells superseded.
 */
export function toldInHistory(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [dayOf(a), dayOf(b)];
  // Written well before the history was told (more than one move's telling), the other gives
  // the day as it then stood: an old state, another event.
  const told = (p: Passage, own: string | undefined, q: Passage, day: string | undefined) =>
    day !== undefined &&
    own !== day &&
    !countedDay(q) &&
    p.published !== undefined &&
    q.published !== undefined &&
    (Date.parse(p.published) - Date.parse(q.published)) / DAY_MS <= ONE_MOVE_DAYS &&
    toldAsPast(p, roster).includes(day);
  return told(a, da, b, db) || told(b, db, a, da);
}

/**
 * Whether two deadlines are of different things (deadlines.ts): where one tells the other's day
 * in its history, only a thing each names apart says so.
 */
export const limitsApart = (a: Passage, b: Passage, roster: Roster): boolean =>
  toldInHistory(a, b, roster)
    ? thingsApart(a, b, roster)
    : dueSaidApart(whatIsDue(a, roster), whatIsDue(b, roster), roster);

type State = { state: 'old' | 'new'; own: boolean };

/**
 * Which state of a moved deadline a passage's day is: one it tells as past, or one its source
 * wrote before that day was first told superseded, is old; one it tells as moved to, or a day
 * moved to that its source gives after the move was first told, is new. `own` where the passage
 * says so itself. Undefined where no source tells a move of that day.
 */
function stateOf(p: Passage, day: string, moves: DeadlineMoves, roster: Roster): State | undefined {
  if (toldAsPast(p, roster).includes(day) || toldFirst(p, roster).includes(day))
    return { state: 'old', own: true };
  if (changedTo(p, roster) === day) return { state: 'new', own: true };
  if (!p.published) return undefined;
  const past = moves.pastSince.get(day);
  if (past && p.published < past) return { state: 'old', own: false };
  const since = moves.newSince.get(day);
  return since && p.published >= since ? { state: 'new', own: false } : undefined;
}

// A source written this soon after a day was told superseded may not yet have heard of it.
const NEWS_LAG_DAYS = 2;
const behindTheNews = (p: Passage, pastSince: string | undefined): boolean =>
  pastSince === undefined ||
  (p.published !== undefined && (Date.parse(p.published) - Date.parse(pastSince)) / DAY_MS <= NEWS_LAG_DAYS);

/** Two sources telling one move write within days of it; further apart they tell two moves. */
const ONE_MOVE_DAYS = 5;

/**
 * Whether two deadline passages tell two states of one deadline that moved: an old day and a new
 * one, two new days told a week apart (a deadline moved twice), or a day of a known state and a
 * plain one of the other (a plain day beside a day known only by when its source wrote is the
 * other state; beside a day its passage itself tells as old or new, it is of the state its source
 * wrote in); or either tells a move without the new day. Two old days, or two accounts of one
 * move, disagree.
 */
export function movedApart(a: Passage, b: Passage, moves: DeadlineMoves, roster: Roster): boolean {
  const [da, db] = [dayOf(a), dayOf(b)];
  if (!da || !db) return false;
  const tellsMoveOnly = (p: Passage, day: string) =>
    CHANGE.test(p.text) && changedTo(p, roster) !== day && !toldAsPast(p, roster).includes(day);
  if (tellsMoveOnly(a, da) || tellsMoveOnly(b, db)) return true;
  if (moves.stages?.has(a) || moves.stages?.has(b)) return true;
  const [sa, sb] = [stateOf(a, da, moves, roster), stateOf(b, db, moves, roster)];
  // A day a passage itself tells as past, against a later day of another source: the later is a
  // state after the move (the passage tells what the deadline became beside its past day).
  if ((sa?.own && sa.state === 'old' && db > da) || (sb?.own && sb.state === 'old' && da > db)) return true;
  if (sa && sb) {
    if (sa.state !== sb.state) return true;
    if (sa.state === 'old') return false;
    if (sa.own && sb.own && laterMove(a, b, roster)) return true;
    if (!a.published || !b.published) return false;
    return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS > ONE_MOVE_DAYS;
  }
  if (!sa && !sb) return false;
  const [known, day, plain] = sa ? [sa, da, b] : [sb!, db, a];
  if (!known.own) return true;
  // A day before the one a passage tells the deadline extended to (telling no day it was moved
  // from), that no source tells in the deadline's history (or told superseded no more than a day or
  // two before), is the day it stood at before: a source a day or two behind the news still gives it.
  const plainDay = sa ? db : da;
  if (
    known.state === 'new' &&
    plainDay < day &&
    !moves.newSince.has(plainDay) &&
    behindTheNews(plain, moves.pastSince.get(plainDay)) &&
    // A passage that tells the day moved from as well sets the plain day against that one, as
    // does a new day told right after the deadline it replaces (newDayAfter.ts).
    datesIn(sa ? a : b, roster).every((d) => d.iso === day) &&
    !replacedDeadline(sa ? a : b, roster) &&
    !BROUGHT_FORWARD.test(sa ? a.text : b.text)
  )
    return true;
  const first = (known.state === 'old' ? moves.pastSince : moves.newSince).get(day);
  if (!first || !plain.published) return false;
  return (plain.published < first ? 'old' : 'new') !== known.state;
}

/**
 * The deadline passages whose day their own source sets aside: a stage of a schedule (a source
 * that sets one act several days — "heavy artillery withdrawn by 13 May", "armoured units by 17
 * May", "the pull-back completed by 20 May" — gives the act's deadline in its last day), or a day
 * the same source says the deadline was moved from ("not yet able to verify the pull-back by 20
 * May" beside "deadline adjusted to 27 May"). Another source's day for the act contradicts neither.
 */
export function scheduleStages(
  passages: Passage[],
  roster: Roster,
  sameAct: (a: Passage, b: Passage) => boolean,
): Set<Passage> {
  const deadlines = passages.filter(
    (p) => p.claim?.kind === 'event' && p.claim.data.eventKind === 'deadline',
  );
  const stages = new Set<Passage>();
  for (const p of deadlines) {
    const day = dayOf(p);
    if (!day || changedTo(p, roster) === day) continue;
    const setAside = deadlines.some((q) => {
      const other = dayOf(q);
      if (q.source !== p.source || q === p || !other || other === day || !sameAct(p, q)) return false;
      return changedTo(q, roster) === other || (other > day && changedTo(q, roster) === undefined);
    });
    if (setAside) stages.add(p);
  }
  return stages;
}
