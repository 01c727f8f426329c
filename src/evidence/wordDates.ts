// Days named without a day-month date: "the end of November", "on the 14th". Official
// texts and quoted speech date events this way; the date readers know "14 November"
// ("the fourteenth of November" is read by quickDates). Each is rewritten in place as that common form, padded
// to its own length, so every offset in the sentence stays where it was.
import { DAY_MS, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../core/calendar.ts';
import { STEP_BARE_DAY, toldInSteps } from './limitSteps.ts';
import { namesPastOccasion, plansOnce } from './occasionWeekday.ts';
import { ORDINAL_WORD_SOURCE, ordinalDay } from './quickDates.ts';
import { allMatches } from './regex.ts';
import type { Tense } from './tense.ts';

const MONTH = `(${MONTH_NAMES.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)`;
// Only a named month: "by the end of the month" is as often a hope as a day (news asks
// "could they sign by the end of the month?"), and reading it as one made events of it.
const END_OF_MONTH = new RegExp(`\\bthe end of ${MONTH}\\b`, 'gi');
// "on the 14th", "by the 3rd": a day of the month the reader is in.
// "See you in Fjellby on the 14th", "the talks of the fourteenth": the ordinal stands for a day
// only after a word of time or when nothing follows it; "the 14th round" is no day. A limit names
// its day so too: "the deadline of the 22nd", "the new date is now the 29th"; a verb after the day
// ("the deadline of the 22nd is met", "as the deadline of the 22nd approaches") leaves it a day,
// where a noun ("the 14th round") does not. An occasion is named by its day as a limit is: "the
// meeting of the 28th", "the talks of the fourteenth" (not "the session of the 5th Committee").
const OCCASION_OF =
  '(?:meeting|talks|round|summit|session|sitting|call|signing|ceremony|visit|conference|briefing|vote) of';
// A plan is put "for" its day: "the next round is scheduled for the 16th", "set for the 3rd". Not a
// bare "for the 3rd", which is as often a rank or a time ("for the 3rd straight year" is no day).
const PLANNED_FOR = '(?:scheduled|planned|set|slated|fixed|booked|pencil+ed in|called) for';
// "the meeting on the 9th between the envoys": who took part may follow the day.
const BARE_DAY = new RegExp(
  `\\b(on|by|until|before|after|from|since|till|to|${PLANNED_FOR}|(?:deadline|date) (?:of|is|was|will be|becomes)(?: now)?|${OCCASION_OF}) the (\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_SOURCE})\\b(?! of)(?! (?!(?:and|or|at|in|to|for|when|with|between|among|is|was|will|would|has|had|must|should|can|could|remains|holds|stands|passed|expired|expires|approaches|nears|looms)\\b)[a-z]+\\b)`,
  'gi',
);

// "The signing is planned before the end of the month": a plan or a limit names that day. A
// question or a condition ("could they sign by the end of the month?") names none. A week ends
// on its Friday, as working weeks do: "by the end of next week", said on a Monday, is the Friday after.
const END_OF_THIS = /\bthe end of (?:the|this|(next|last)) (week|month|year)\b/gi;
const HEDGED = /\?|\b(?:whether|if|could|might|unless|hope[sd]?|hoping)\b/i;

// "the 14th of next month": a day of the month named by its place from this one.
const DAY_OF_NEAR_MONTH = new RegExp(
  `\\bthe (\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_SOURCE}) of (last|this|next) month\\b`,
  'gi',
);

/** Whether a sentence holds a day in words (a cheap test, like mayHoldDate). */
const MAY_HOLD = new RegExp(
  `\\bthe end of |\\bthe (?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_SOURCE})\\b(?! of (?!(?:last|this|next) month))`,
  'i',
);
export const mayHoldWordDate = (sentence: string): boolean => MAY_HOLD.test(sentence);

const monthIndex = (m: string) => MONTH_NAMES.findIndex((n) => n.startsWith(m.toLowerCase().slice(0, 3)));

/**
 * `sentence` with each form written over its place, in order (a later one over an earlier), padded
 * to the place's length. Written into one array of characters: a slice and a concatenation per
 * day copied the whole sentence each time, quadratic in a long sentence of many days.
 */
export function placed(sentence: string, forms: [number, string][]): string {
  if (forms.length === 0) return sentence;
  const chars = sentence.split('');
  for (const [index, form] of forms) for (let k = 0; k < form.length; k++) chars[index + k] = form[k]!;
  return chars.join('');
}

/**
 * Whether an offset lies inside one of `spans` (as read when made), asked of offsets that only
 * grow: one sweep over the spans by their starts, where a search of them all per step's day was
 * quadratic in a long sentence of steps.
 */
function insideSpans(spans: readonly [number, number][]): (at: number) => boolean {
  const byStart = [...spans].sort((x, y) => x[0] - y[0]);
  let next = 0;
  let reach = -1;
  return (at) => {
    for (; next < byStart.length && byStart[next]![0] <= at; next++)
      reach = Math.max(reach, byStart[next]![1]);
    return at < reach;
  };
}

/**
 * Where MOVED_BEFORE may match before `at`: its verb ends within 40 characters of `at` and is read
 * whole, back to its word's start ("put back" with its "put"). Scanning from the sentence's start
 * instead cost a pass over it per day, quadratic in a long sentence of moved days.
 */
function moveWindowStart(sentence: string, at: number): number {
  let from = Math.max(0, at - 50);
  while (from > 0 && /\w/.test(sentence[from - 1]!)) from--;
  return from >= 4 && /(?<!\w)put $/i.test(sentence.slice(Math.max(0, from - 5), from)) ? from - 4 : from;
}

export interface WordDates {
  /** The sentence with each day in words rewritten as "14 nov", same length, same offsets. */
  text: string;
  /** Where each rewritten day was: [start, end) in the sentence. */
  spans: [number, number][];
}

// "by the 3rd": a limit lies ahead.
const LIMIT = /^(?:by|until|till|before)$/i;
const LIMIT_NAMED = /^(?:deadline|date) /i;
const STEP_DAY = STEP_BARE_DAY(ORDINAL_WORD_SOURCE);
const MOVED_BEFORE = /\b(?:mov|extend|postpon|push|shift|chang|brought|put back|delay)\w*\b[^.;]{0,40}$/i;

/**
 * The month of a bare "the 14th": what is done is the last such day, anything else (planned,
 * scheduled in the present, "see you on the 14th") the next one.
 */
function monthOfBareDay(day: number, ref: Date, lean: Tense): number {
  const gap = (step: number) =>
    (new Date(ref.getFullYear(), ref.getMonth() + step, day, 12).getTime() - ref.getTime()) / DAY_MS;
  const steps = lean === 'past' ? [0, -1] : [0, 1];
  const fits = steps.filter((k) => (lean === 'past' ? gap(k) <= 0.5 : gap(k) >= -0.5));
  const best = fits.reduce((a, b) => (Math.abs(gap(b)) < Math.abs(gap(a)) ? b : a), fits[0] ?? 0);
  return (ref.getMonth() + best + 12) % 12;
}

const DETERMINERS = /\b(?:a|an|the|this|that|their|his|her|its|our)\b/gi;

// What stands before an occasion with no verb of its own: its clause's opening, a list's comma, or a
// preposition ("what of the call on the 20th"). Any other word there is most likely the verb that
// tells it ("the envoys hold their meeting on the 1st"), and that verb's tense says.
const VERBLESS_BEFORE =
  /(?:^|[,:;(\u2013\u2014]|\b(?:of|about|on|after|before|since|from|with|over|and|or|than|what|like))\s*$/i;

/**
 * Whether the occasion named just before `at` is a definite one ("the call", not "a signing") that
 * no verb before it tells ("the call on the 20th", not "they hold the call on the 20th").
 */
function definiteVerbless(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 90);
  const last = allMatches(DETERMINERS, sentence.slice(from, at)).at(-1);
  if (last === undefined || /^an?$/i.test(last[0])) return false;
  const start = from + last.index;
  return VERBLESS_BEFORE.test(sentence.slice(Math.max(0, start - 20), start));
}

/**
 * The month of a bare day told with no limit: its clause's tense says, or, for a definite occasion
 * named with no verb of its own ("what of the meeting on the 9th between the envoys?", "answers on
 * the 11th, the handover on the 23rd"), which tells neither done nor planned, the nearest such day.
 * One named as "a signing on the 24th" is one hoped for, ahead as its clause says.
 */
function monthOfToldDay(
  sentence: string,
  at: number,
  day: number,
  ref: Date,
  leanAt: (at: number) => Tense,
  plans: () => boolean,
): number {
  const lean = leanAt(at);
  return lean === 'present' && definiteVerbless(sentence, at) && namesPastOccasion(sentence, at, plans)
    ? nearestMonthOf(day, ref)
    : monthOfBareDay(day, ref, lean);
}

/** The month of the bare day nearest `ref`, before or after it. */
function nearestMonthOf(day: number, ref: Date): number {
  const gap = (step: number) => {
    const date = new Date(ref.getFullYear(), ref.getMonth() + step, day, 12);
    // A month without the day ("the 30th" of February) is none of its months.
    if (date.getDate() !== day) return Number.POSITIVE_INFINITY;
    return Math.abs(date.getTime() - ref.getTime());
  };
  const best = [-1, 0, 1].reduce((a, b) => (gap(b) < gap(a) ? b : a), 0);
  return (ref.getMonth() + best + 12) % 12;
}

/** The last day of the week (its Friday), the month or the year `step` of them from `ref`'s. */
function lastDayOf(unit: string, ref: Date, step: number): Date {
  if (unit === 'week') {
    const isoDay = ref.getDay() === 0 ? 7 : ref.getDay();
    return new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + 7 * step + 5 - isoDay, 12);
  }
  if (unit === 'year') return new Date(ref.getFullYear() + step, 11, 31, 12);
  return new Date(ref.getFullYear(), ref.getMonth() + step + 1, 0, 12);
}

/** Rewrites every day in words of `sentence` in the common form, resolved against `ref`. */
export function rewriteWordDates(sentence: string, ref: Date, leanAt: (at: number) => Tense): WordDates {
  // allMatches, not matchAll: this runs for every sentence with a day in words, and matchAll
  // clones each pattern on every call (regex.ts).
  const forms: [number, string][] = [];
  const spans: [number, number][] = [];
  const put = (index: number, length: number, day: number, month: number, year?: number) => {
    const form = `${day} ${MONTH_ABBREVIATIONS[month]}${year === undefined ? '' : ` ${year}`}`;
    if (form.length > length) return;
    forms.push([index, form.padEnd(length, ' ')]);
    spans.push([index, index + length]);
  };
  // A bare day only where its month has it: "the 29th" of a month without one is no day (a Date
  // would roll it into the next month).
  const putDay = (index: number, length: number, day: number, month: number) => {
    if (day >= 1 && day <= new Date(ref.getFullYear(), month + 1, 0).getDate())
      put(index, length, day, month);
  };
  for (const m of allMatches(END_OF_MONTH, sentence)) {
    const month = monthIndex(m[1]!);
    const last = new Date(ref.getFullYear(), month + 1, 0).getDate();
    put(m.index, m[0].length, last, month);
  }
  for (const m of allMatches(DAY_OF_NEAR_MONTH, sentence)) {
    const step = { last: -1, this: 0, next: 1 }[m[2]!.toLowerCase() as 'last' | 'this' | 'next'];
    putDay(m.index, m[0].length, ordinalDay(m[1]!), (ref.getMonth() + step + 12) % 12);
  }
  if (!HEDGED.test(sentence))
    for (const m of allMatches(END_OF_THIS, sentence)) {
      const step = m[1] === undefined ? 0 : m[1].toLowerCase() === 'next' ? 1 : -1;
      const last = lastDayOf(m[2]!.toLowerCase(), ref, step);
      // A step to another week, month or year may cross a year: it is written out.
      put(m.index, m[0].length, last.getDate(), last.getMonth(), step === 0 ? undefined : last.getFullYear());
    }
  const plans = plansOnce(sentence);
  for (const m of allMatches(BARE_DAY, sentence)) {
    const day = ordinalDay(m[2]!);
    const at = m.index + m[1]!.length + 1;
    // A limit named by its bare day is one of the month of writing, met or missed: "the deadline of
    // the 22nd is met" (a passive the tense reading takes for a past) is not last month's.
    // So are the days a limit is moved from and to: "they moved it from the 22nd to the 29th".
    // A limit's move is told before or after its days: the nearest such day, on either side.
    const month = LIMIT_NAMED.test(m[1]!)
      ? ref.getMonth()
      : /^(?:from|to)$/i.test(m[1]!) &&
          MOVED_BEFORE.test(sentence.slice(moveWindowStart(sentence, m.index), m.index))
        ? nearestMonthOf(day, ref)
        : LIMIT.test(m[1]!)
          ? monthOfBareDay(day, ref, 'future')
          : monthOfToldDay(sentence, at, day, ref, leanAt, plans);
    putDay(at, m[0].length - m[1]!.length - 1, day, month);
  }
  // "first it was the eleventh, now it is the eighteenth": a limit's steps (limitSteps.ts).
  if (toldInSteps(sentence)) {
    const inWordDate = insideSpans(spans);
    for (const m of allMatches(STEP_DAY, sentence)) {
      const day = ordinalDay(m[2]!);
      const at = m.index + m[1]!.length;
      if (inWordDate(at)) continue;
      // A limit named by its bare day is one of the month of writing, as "the deadline of the 22nd" is.
      putDay(at, m[0].length - m[1]!.length, day, ref.getMonth());
    }
  }
  return { text: placed(sentence, forms), spans };
}
