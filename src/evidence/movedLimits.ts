// A limit moved names two days, the one it had and the one it has: "the date for signature is moved
// from 3 April to 10 April", "pushed back by a week, to April 3 from March 27" (the wire's order),
// "slipped twice, from 27 March to 3 April and then to today". The limit is one deadline, on the day
// it has now (the corpus convention since session 25: movedLimitDay); the old day is what another
// source may still give, and deadlineMoves.ts reads it as the same limit's earlier state.
import type { FoundDate } from './dates.ts';

// A limit named as such, before the move: the move says what it moves only through it ("moving it").
const LIMIT_NAMED = /\b(?:deadlines?|(?:target )?date|target|time ?limit|ultimatum)\b/i;
const MOVED =
  /\b(?:mov(?:e|ed|es|ing)|extend(?:ed|s|ing)|(?:push|pushes|pushed|pushing) back|postpon(?:ed|es|ing)|slip(?:ped|s)|shift(?:ed|s|ing)|put back|brought forward|delay(?:ed|s|ing))\b/i;
// The words between a move and its first day: "by a week,", "it", "twice,", "once,".
const MOVE_REACH = 40;
const LIMIT_REACH = 160;
// The move's verb with its limit as object, whose complement may run long before the days: "moved
// the target date for the signing of the agreement from 20 April to 27 April".
const MOVED_LIMIT = new RegExp(
  `${MOVED.source}\\s+(?:the |its |their |this |a )?(?:[\\w-]+ )?${LIMIT_NAMED.source}[^.;]*$`,
  'i',
);

/** What stands between a day and the next one a moved limit names: " to ", " from ", " and then to ". */
const between = (sentence: string, a: FoundDate, b: FoundDate) =>
  sentence.slice(a.index + a.text.length, b.index);

// "The deadline for responses, which had been set for tomorrow, will now be Friday 29 March", "the
// deadline, originally 31 March, is now 30 April": the day it had, set off by commas, then the one it has.
const HAD_DAY =
  /\b(?:originally|initially|previously|first|(?:(?:originally|initially|first|which|that) )?(?:had been |was )?(?:set|fixed|due) (?:for|on|at))\s+(?:the\s+)?$/i;
// "..., then moved to 4 April", "..., would be extended to June 18", "..., had been moved to 31
// March" (the move told in reported speech).
const HAS_DAY =
  /^,\s+(?:(?:is|will|would|has|had)\s+(?:now\s+)?(?:be(?:en)?\s+)?|(?:and\s+)?(?:then|later|since)\s+(?:been\s+)?)(?:(?:moved|extended|pushed back|put back|postponed|set)\s+to\s+)?(?:the\s+)?$/i;
// "Replies were due on June 14; the deadline was moved to June 18": the day due, then its move.
// "The deadline for replies was June 14; it is now June 18": the limit's day told as past.
const DUE_DAY =
  /\b(?:(?:were|was|had been)\s+due\s+(?:on|by)|(?:deadline|time ?limit)(?:\s+[\w'’-]+){0,4}\s+(?:was|had been))\s+(?:the\s+)?$/i;
const DUE_MOVED =
  /^[;,]\s+(?:but\s+)?(?:the|that|this)\s+(?:deadline|date|time ?limit)\s+(?:was|has been|had been|is|has now been)\s+(?:now\s+)?(?:moved|extended|pushed back|put back|postponed|changed)\s+to\s+(?:the\s+)?$/i;
// "...; they are now due on June 18", "... and are now due on June 18", "...; it is now set for June
// 18", "...; the deadline is now June 18". A bare "it is now June 18" tells today's date ("it is now
// 18 March, and they have still not answered"): only the limit named, or a verb setting it, moves it.
const DUE_NOW =
  /^(?:[;,]\s*|\s+)(?:(?:but|and)\s+)?(?:(?:(?:the|that|this)\s+(?:deadline|time ?limit)\s+is\s+now\s+(?:(?:due|set|fixed|scheduled|planned)\s+)?)|(?:(?:they|it|(?:the|that|this)\s+date)\s+)?(?:are|is)\s+now\s+(?:due|(?:set|fixed|scheduled|planned)\s+(?:for|on|at)|(?:moved|extended|pushed back|put back|postponed|changed|brought forward)\s+to)\s+)(?:(?:on|by|for)\s+)?(?:the\s+)?$/i;
const dueThenMoved = (sentence: string, first: FoundDate, second: FoundDate) =>
  DUE_DAY.test(sentence.slice(Math.max(0, first.index - 60), first.index)) &&
  (DUE_MOVED.test(between(sentence, first, second)) || DUE_NOW.test(between(sentence, first, second)));
const hadAndHas = (sentence: string, first: FoundDate, second: FoundDate) =>
  HAD_DAY.test(sentence.slice(Math.max(0, first.index - 40), first.index)) &&
  HAS_DAY.test(between(sentence, first, second)) &&
  /,[^,]*$/.test(sentence.slice(Math.max(0, first.index - 60), first.index)) &&
  LIMIT_NAMED.test(sentence.slice(Math.max(0, first.index - LIMIT_REACH), first.index));

/**
 * The days a moved limit names in `sentence`, the old and the new, in the order they are written;
 * none where the sentence moves no limit from one day to another.
 */
export function movedLimits(sentence: string, dates: FoundDate[]): FoundDate[] {
  const days = dates.filter((d) => !d.vague);
  for (let i = 0; i + 1 < days.length; i++) {
    const [first, second] = [days[i]!, days[i + 1]!];
    if (hadAndHas(sentence, first, second) || dueThenMoved(sentence, first, second)) return [first, second];
    const lead = /\b(from|to)\s+(?:the\s+)?$/i.exec(
      sentence.slice(Math.max(0, first.index - 10), first.index),
    );
    if (!lead) continue;
    const other = lead[1]!.toLowerCase() === 'from' ? 'to' : 'from';
    if (!new RegExp(`^,?\\s+${other}\\s+(?:the\\s+)?$`, 'i').test(between(sentence, first, second))) continue;
    const start = first.index - lead[0].length;
    const move = sentence.slice(Math.max(0, start - MOVE_REACH), start);
    const reach = sentence.slice(Math.max(0, start - LIMIT_REACH), start);
    if (!(MOVED.test(move) && LIMIT_NAMED.test(reach)) && !MOVED_LIMIT.test(reach)) continue;
    const found = [first, second];
    // "... and then to today": the limit moved again, in the same breath.
    for (let j = i + 2; j < days.length; j++) {
      if (
        !/^,?\s+(?:and\s+)?(?:then\s+|later\s+|again\s+)?to\s+(?:the\s+)?$/i.test(
          between(sentence, days[j - 1]!, days[j]!),
        )
      )
        break;
      found.push(days[j]!);
    }
    return found;
  }
  return [];
}

/**
 * The day a moved limit now has: the last of a "from … to … (and then to …)" chain, the first of
 * the wire's "to April 3 from March 27", the second of "originally 31 March, is now 30 April".
 */
export function movedLimitDay(sentence: string, moved: FoundDate[]): FoundDate | undefined {
  const [first] = moved;
  if (!first) return undefined;
  const lead = sentence.slice(Math.max(0, first.index - 10), first.index);
  return /\bto\s+(?:the\s+)?$/i.test(lead) ? first : moved.at(-1);
}
