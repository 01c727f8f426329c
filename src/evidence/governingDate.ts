// Governing date: the limit days of a sentence and the day that governs an event's own words
// (counted from signing, an offset, midnight). Split out of events.ts; moved verbatim.
import type { FoundDate } from './dates.ts';
import { FROM_SIGNING } from './eventTriggers.ts';
import { spans } from './timeSpans.ts';
import { NEW_CLAUSE, OFFSET, OFFSET_COUNTS, SIGNING, type Trigger } from './triggerContext.ts';

// "no later than 30 November", "by tomorrow", "have until Friday": a day set as a limit. "Before"
// sets one only in a plan or an obligation ("must be signed before the 20th").
// "by midnight on Friday", "no later than noon on 20 March": the hour of a limit before its day.
const LIMIT_WORDS =
  /\b(?:by|no later than|not later than|(?:has|have|had|given|granted|needs?|needed) until|(?:gave|give|gives|giving|given) \S+(?: \S+)? until|deadline (?:of|is|for \w+(?: \w+)? is))\s+(?:(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h|GMT|UTC)?)\s+(?:on\s+)?)?$/i;
const BEFORE = /\bbefore\s+$/i;
// A verb of a journey or a sitting: its forms, not any word it opens ("a landmark accord", "meets
// all the conditions", "the convention", "the department", "the holdout party" are owed before a
// day as any act is), and a return to a place, not of a thing ("copies must be returned before").
const HAPPENS_BEFORE =
  /\b(?:arriv\w*|meet(?!s?\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:conditions|demands|requirements|criteria|obligations|terms|targets?)\b)\w*|met|held|hold(?:s|ing)?|visit\w*|travel\w*|return(?:s|ed|ing)?(?=\s+(?:to|home|from|here|there)\b)|resum\w*|conven(?:e|es|ed|ing)|land(?:s|ed|ing)?|fl(?:y|ies|ying|ew|own)|leav(?:e|es|ing)|depart(?:s|ed|ing|ure)?)\b[^,;]{0,30}\bbefore\s+$/i;
// "The ceasefire must be agreed in the first half of April": what must be done in a period is due
// by its end; what is done or held in it ("the talks will resume in early April") is not a limit.
const IN_PERIOD =
  /\b(?:must|shall|should|has to|have to|needs? to|(?:is|are) (?:due )?to be)\s+(?:be\s+)?(?:(?!meet|met|held|hold|visit|resume|convene|travel|talk)[\w-]+\s+){1,6}in\s+$|\b(?:review|report|decision|answer|reply|response|ratification|signature|signing|vote|payment|withdrawal|pull-?back|text|proposal|draft|assessment)s?\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:is|are|was|were)\s+(?:now\s+)?due\s+in\s+$/i;
// "a ceasefire would be signed before 1 April", "our goal remains a text signed before", "requests the
// Commission to report before", "decides to undertake a mission before": an act owed, or aimed at, by a day.
const OBLIGED =
  /\b(?:must|should|shall|has to|have to|needs? to|is to|are to|to be|will|would|planned|expect(?:s|ed)?|required|(?:goal|aim|objective|target) (?:is|remains|was)|(?:requests?|invites?|urges?|decides?|decided|agreed|agrees) (?:[\w'’-]+ ){0,4}to)\b/i;

/** Offsets of the limit words of `sentence` that set a day as a deadline. */
export function limits(sentence: string, dates: FoundDate[]): number[] {
  const found: number[] = [];
  for (const d of dates) {
    // "by mid-April", "no later than June 2031": a period sets a limit as a day does. Not "within
    // ten days" (a span, read as the deadline's own trigger) nor a week or month with no period.
    if (d.vague && !d.period) continue;
    // "in early April" is read with its "in".
    const inLead = /^in\s+/i.exec(d.text)?.[0] ?? '';
    if (d.vague && IN_PERIOD.test(sentence.slice(Math.max(0, d.index - 100), d.index) + inLead)) {
      found.push(d.index);
      continue;
    }
    // A weekday is read with the word before it ("until Friday"): that word is the limit's.
    const lead = /^(?:by|until|before)\s+/i.exec(d.text)?.[0] ?? '';
    const before = sentence.slice(Math.max(0, d.index - 40), d.index) + lead;
    // "would arrive in Fjellby before Friday": a journey or a sitting before a day is when it happens.
    const m =
      LIMIT_WORDS.exec(before) ??
      (OBLIGED.test(sentence) && !HAPPENS_BEFORE.test(before) ? BEFORE.exec(before) : null);
    if (m) found.push(d.index - before.length + m.index);
  }
  return found;
}

/** The last day of a period counted from a signing the text dated before ("within 72 hours of signature"). */
export function countedFromSigning(
  sentence: string,
  at: number,
  counted: RegExpExecArray,
  signedOn: string | undefined,
): FoundDate | undefined {
  if (!signedOn || !FROM_SIGNING.test(sentence.slice(at + counted[0].length))) return undefined;
  const period = counted[1]!;
  const n = Number(/\d+/.exec(period)?.[0] ?? spans(`within ${period}`)[0]?.days ?? Number.NaN);
  if (Number.isNaN(n)) return undefined;
  const unit = /(hour|day|week|month|year)s?$/i.exec(period)![1]!.toLowerCase();
  const days =
    unit === 'hour' ? Math.round(n / 24) : n * ({ day: 1, week: 7, month: 30, year: 365 }[unit] ?? 1);
  const [y, m, d] = signedOn.split('-').map(Number);
  const iso = new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
  return { iso, text: counted[0], index: at };
}

/** The day of an event placed "a day after" another that the sentence dates: that day, moved back. */
export function offsetDate(sentence: string, dates: FoundDate[], trigger: Trigger): FoundDate | undefined {
  const m = OFFSET.exec(sentence.slice(0, trigger.index));
  if (!m) return undefined;
  const base = dates.filter((d) => d.index < m.index).at(-1);
  if (!base) return undefined;
  const count = /^\d/.test(m[1]!) ? Number(m[1]) : Math.max(1, OFFSET_COUNTS.indexOf(m[1]!.toLowerCase()));
  const days = count * (m[2]!.toLowerCase() === 'week' ? 7 : 1) * (m[3]!.toLowerCase() === 'after' ? -1 : 1);
  const [y, mo, d] = base.iso.split('-').map(Number);
  const day = new Date(Date.UTC(y!, mo! - 1, d! + days));
  return { iso: day.toISOString().slice(0, 10), text: m[0].split(' ').slice(0, 3).join(' '), index: m.index };
}

/**
 * "At midnight on the 19th", "from midnight tonight": the limit falls as the day ends, so its day
 * is the next one; "at midnight on 19/20 January" already names it.
 */
export function atMidnight(
  sentence: string,
  trigger: Trigger,
  date: FoundDate | undefined,
): FoundDate | undefined {
  if (!date || date.vague || !/^(?:at|from) midnight/i.test(sentence.slice(trigger.index))) return date;
  if (/\d\s*\/\s*$/.test(sentence.slice(Math.max(0, date.index - 4), date.index))) return date;
  const [y, m, d] = date.iso.split('-').map(Number);
  return { ...date, iso: new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10) };
}

/** The date that governs a trigger: the nearest one, after it before before it. */
export const YEAR_ONLY = /^(?:in )?(?:(?:last|previous|the previous) year|\d{4})$/i;
const TIME_CLAUSE = /^(?: (?:morning|afternoon|evening|night))?, when [^,;]*$/i;
const NEXT_CONJUNCT = /\band (?:the|a|an|its|their|his|her)\b/i;
export function governing(
  sentence: string,
  dates: FoundDate[],
  trigger: Trigger,
  others: Trigger[],
): FoundDate | undefined {
  if (dates.length === 0) return undefined;
  // A date nearer another trigger belongs to that one. A date before the trigger and a new noun
  // phrase joined by "and" is the earlier phrase's: "discussed the framework presented on Thursday
  // and the meeting planned for Sunday".
  const distance = (d: FoundDate, t: Trigger) =>
    d.index >= t.index
      ? d.index - t.index
      : (t.index - d.index) *
        (NEXT_CONJUNCT.test(sentence.slice(d.index + d.text.length, t.index)) ? 4 : 1.5);
  // "the text is initialled, signing is due by 31 March": beside a signing, a limit's day is the
  // day the next step is due, not the signing's.
  if (
    trigger.kind === 'meeting' &&
    SIGNING.test(sentence.slice(trigger.index)) &&
    dates.every((d) =>
      others.some(
        (o) =>
          o.kind === 'deadline' &&
          distance(d, o) < distance(d, trigger) &&
          // "initialled it on 14 March, and the date for signature is 20 March": a day before the
          // limit's clause is not the limit's.
          !(d.index < o.index && NEW_CLAUSE.test(sentence.slice(d.index, o.index))),
      ),
    )
  )
    return undefined;
  // "The meeting focused on the negotiations, which the parties have undertaken to conclude by the
  // end of the month": a lone day nearer a limit word than the trigger is the limit's.
  if (dates.length === 1)
    return trigger.kind !== 'deadline' &&
      !dates[0]!.vague &&
      others.some((o) => o.kind === 'deadline' && distance(dates[0]!, o) < distance(dates[0]!, trigger))
      ? undefined
      : dates[0];
  // "Yesterday morning, when the second round opened, ...": a time and the clause that tells
  // what happened then, set beside it, are one time; a date past that clause is another's.
  const told = dates.findLast(
    (d) =>
      d.index < trigger.index && TIME_CLAUSE.test(sentence.slice(d.index + d.text.length, trigger.index)),
  );
  if (told) return told;
  const mine = dates.filter((d) =>
    others.every((o) => o === trigger || distance(d, trigger) <= distance(d, o)),
  );
  const pool = mine.length > 0 ? mine : dates;
  // "A draft leaked on 3 March; talks in Ostiva from 11 to 13 March cut it": a semicolon closes a
  // clause, and where the trigger's own clause gives a day, that day is its own.
  const apart = (d: FoundDate) =>
    sentence.slice(Math.min(d.index, trigger.index), Math.max(d.index, trigger.index)).includes(';');
  const own = pool.filter((d) => !apart(d));
  const best = (own.length > 0 ? own : pool).reduce((best, d) =>
    distance(d, trigger) < distance(best, trigger) ? d : best,
  );
  return best.vague ? (narrowedBy(sentence, dates, best) ?? best) : best;
}

// "last week, on Tuesday", "earlier this month, on 2 March", "at the start of the month — the 4th":
// a writer who names a week or a month and then, set off by a comma or a dash, the day in it
// names one time, and the day is the event's. A weekday was read as the nearest one: it is the one
// in the week named ("last week, on Tuesday" said on a Thursday is not two days back). The day
// phrase closes its clause, or a place follows it ("last week, on Tuesday, in Drava"): a subject
// after it opens a clause of its own ("last week, on Tuesday the talks resume"), whose day it is.
// A day is the period's only where it falls in it.
const APPOSED = /^\s*(?:,|[—–]|-{1,2})\s*(?:(?:that is|namely|precisely|exactly),?\s*)?(?:on\s+)?$/i;
const DAY_CLOSED = /^\s*(?:$|[,;:.!?)—–]|-{1,2}|(?:in|at)\s+\p{Lu})/u;
const WEEKDAY_ONLY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const WEEK_MS = 7 * 86_400_000;
function narrowedBy(sentence: string, dates: FoundDate[], vague: FoundDate): FoundDate | undefined {
  const end = vague.index + vague.text.length;
  const next = dates.find((d) => d.index >= end && !d.vague);
  if (!next || !APPOSED.test(sentence.slice(end, next.index))) return undefined;
  if (!DAY_CLOSED.test(sentence.slice(next.index + next.text.length))) return undefined;
  const period = vague.period;
  // "at the start of this month" has no period, only its rough day: the day must be in its month.
  if (!period)
    return /\bmonth\b/i.test(vague.text) && next.iso.slice(0, 7) === vague.iso.slice(0, 7) ? next : undefined;
  if (next.iso >= period.from && next.iso <= period.to) return next;
  if (!WEEKDAY_ONLY.test(next.text)) return undefined;
  const step = next.iso < period.from ? WEEK_MS : -WEEK_MS;
  const moved = new Date(Date.parse(next.iso) + step).toISOString().slice(0, 10);
  return moved >= period.from && moved <= period.to ? { ...next, iso: moved } : undefined;
}
