// A period said in place of a day: "mid-April", "in the first half of April", "by June 2031",
// "earlier this week", "at the weekend", "later this month". It places an event, and a deadline
// is set by it as often as by a day, but it names no one day: it is read as the first and last
// day it allows, so that another source's day can be tested against it ("mid-April" holds 15
// April and not 31 March). Some periods name a point a limit falls on ("by mid-April", "by the
// middle of May"); only those give a limit its day.
import { DAY_MS } from '../core/calendar.ts';
import { addDays, type Lean, monthOf, nearestYear } from './quickDates.ts';

export interface Period {
  /** First and last day the period allows. */
  from: Date;
  to: Date;
  /** The day a limit set by the period falls on, where the period names one ("mid-April": the 15th). */
  point?: Date;
}

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?';
// A part of a month: "mid-April", "early April", "the first half of April", "the start of April".
const PART_OF_MONTH = new RegExp(
  `^(?:(early|mid|late)[- ]|the (beginning|start|middle|first days|last days|(?:first|second) half) of )${MONTH}(?:,? (\\d{4}))?`,
  'i',
);
// A month alone, after "in" or "by", or with its year: "in June", "by June 2031", "June 2031".
const WHOLE_MONTH = new RegExp(`^(?:(?:in|by|during|until) )?${MONTH}(?:(?:,? (\\d{4}))\\b|(?! \\d))`, 'i');
// Weeks and months counted from the day of writing: "earlier this week", "later this month",
// "early next week", "last month".
const NEAR_SPAN = /^(?:(early|earlier|later|late|mid) )?(this|last|next|coming) (week|month)\b/i;
const WEEKEND = /^(?:(?:at|over|during) )?(?:(this|last|next|the|coming) )?weekend\b/i;

const day = (y: number, m: number, d: number) => new Date(y, m, d, 12);
const lastOf = (y: number, m: number) => new Date(y, m + 1, 0, 12).getDate();

/** The days of a part of month `m` of year `y`, by how the text names the part. */
function partOf(y: number, m: number, part: string): Period {
  const end = lastOf(y, m);
  const span = (a: number, b: number, point?: number): Period => ({
    from: day(y, m, a),
    to: day(y, m, Math.min(b, end)),
    ...(point ? { point: day(y, m, point) } : {}),
  });
  switch (part) {
    case 'early':
    case 'beginning':
    case 'start':
      return span(1, 10);
    case 'first days':
      return span(1, 5);
    case 'mid':
    case 'middle':
      return span(11, 20, 15);
    case 'first half':
      return span(1, 15, 15);
    case 'second half':
      return span(16, end, end);
    case 'last days':
      return span(end - 4, end, end);
    default:
      return span(21, end);
  }
}

/** Monday of the week `d` is in. */
const mondayOf = (d: Date) => addDays(d, -((d.getDay() + 6) % 7));

function nearSpan(ref: Date, which: string, unit: string, part: string | undefined): Period {
  const step = which === 'last' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  let from: Date;
  let to: Date;
  if (unit === 'week') {
    from = addDays(mondayOf(ref), 7 * step);
    to = addDays(from, 6);
  } else {
    from = day(ref.getFullYear(), ref.getMonth() + step, 1);
    to = day(from.getFullYear(), from.getMonth(), lastOf(from.getFullYear(), from.getMonth()));
  }
  // "Earlier this week" ends the day before the day of writing, "later this month" starts after it.
  if (step === 0 && part === 'earlier' && ref > from) return { from, to: addDays(ref, -1) };
  if (step === 0 && part === 'later' && ref < to) return { from: addDays(ref, 1), to };
  const third = Math.round((to.getTime() - from.getTime()) / DAY_MS / 3);
  if (part === 'early') return { from, to: addDays(from, third) };
  if (part === 'late') return { from: addDays(to, -third), to };
  if (part === 'mid') return { from: addDays(from, third), to: addDays(to, -third) };
  return { from, to };
}

/** The Saturday and Sunday a weekend names: the last one for what is done, else the next. */
function weekend(ref: Date, which: string | undefined, lean: Lean): Period {
  const tense = typeof lean === 'function' ? lean() : lean;
  const w = which?.toLowerCase();
  const back = w === 'last' || (w !== 'next' && w !== 'coming' && w !== 'this' && tense === 'past');
  // Days since the last Saturday (a Saturday's own counts as the week before's), and to the next.
  const since = (ref.getDay() + 1) % 7 || 7;
  const saturday = back
    ? addDays(ref, -since)
    : ref.getDay() === 0
      ? addDays(ref, -1)
      : addDays(ref, 7 - since);
  return { from: saturday, to: addDays(saturday, 1) };
}

/** The days a period phrase starting `phrase` allows, read against the day of writing `ref`. */
export function periodOf(phrase: string, ref: Date, lean?: Lean): Period | undefined {
  const p = phrase.replace(/^(?:by|in|at|during|until|before|for|on|from) (?=the |early|mid|late)/i, '');
  let m = PART_OF_MONTH.exec(p);
  if (m) {
    const month = monthOf(m[3]!);
    const y = m[4] ? Number(m[4]) : nearestYear(ref, month, 15, lean).getFullYear();
    return partOf(y, month, (m[1] ?? m[2]!).toLowerCase());
  }
  m = NEAR_SPAN.exec(p);
  if (m) return nearSpan(ref, m[2]!.toLowerCase(), m[3]!.toLowerCase(), m[1]?.toLowerCase());
  m = WEEKEND.exec(p);
  if (m) return weekend(ref, m[1], lean);
  m = WHOLE_MONTH.exec(p);
  if (m) {
    const month = monthOf(m[1]!);
    const y = m[2] ? Number(m[2]) : nearestYear(ref, month, 15, lean).getFullYear();
    return { from: day(y, month, 1), to: day(y, month, lastOf(y, month)) };
  }
  return undefined;
}
