// What a sentence tells about the event a claim was read from, beyond the claim itself: the
// days the event may span, its level (a round of talks or one session of it), who it is of
// (experts, leaders, ministers), its form (a plenary, a dinner, a working session), the part
// of the day, its number in a series and the places it names. Sources report one event in
// very different words; these are what two reports must agree on, or not contradict, to be
// one event. Read from the clause around the event's own word, so that a sentence reporting
// two events ("met on Monday morning, and again over dinner") gives each its own.

import { DAY_MS, isoDay } from '../core/calendar.ts';
import { type Counterpart, unlistedPeople, withoutMentionedEvents } from './counterparts.ts';
import { entityMentions } from './entities.ts';
import { NOT_NAME_WORDS } from './lexicon.ts';
import { eventClass, perPassage } from './linkSupport.ts';
import { ownTitled } from './ownSide.ts';
import type { Passage } from './passages.ts';
import { monthOf } from './quickDates.ts';
import { allMatches } from './regex.ts';
import { withSayer } from './sayerPronoun.ts';
import type { Roster } from './types.ts';

/** A signing is an occasion of its own: not a round of talks, nor one session of it. */
export type Level = 'round' | 'session' | 'signing';

export interface EventProfile {
  cls: string;
  /** First and last day the event may fall on (`YYYY-MM-DD`); undefined when undated. */
  days?: [string, string];
  /** Dated only to a week, a month or a season ("next month", "early next year"). */
  coarse: boolean;
  /** Announced, not yet held. */
  planned: boolean;
  level?: Level;
  /** Who the event is of, its form and its part of the day: two reports that differ on one are two events. */
  who: Set<string>;
  form: Set<string>;
  part: Set<string>;
  /** "first", "second" … of the event's own noun ("the second round"). */
  ordinal?: string;
  /** Places the clause names (lower case). */
  places: Set<string>;
  /** Of those, the buildings ("at the Secretariat", "at the Palais Verlaine"): not towns. */
  buildings: Set<string>;
  /** The day the event opened or opens, where the clause says so ("opened on", "from 3 to 5 March"). */
  opening?: string;
  /** The day was said of this event itself, not of another the sentence names nearer it. */
  ownDate: boolean;
  /** Roster people the clause names: the event's own, not those of another clause of the sentence. */
  persons: Set<string>;
  /** Roster people the whole sentence names, in any clause. */
  named: Set<string>;
  /** People the clause names by a title who are not on the roster ("Chancellor Weber"). */
  unlisted: Counterpart[];
  /** Of `persons`, those named only by a bare title of the side the event is told from (ownSide.ts). */
  titled: Set<string>;
  /** Of a signing: told as an initialling, the act that precedes the signature. */
  initialling?: boolean;
  /** Told as the next occasion of its kind ("the next round", "will meet again"): one definite occasion ahead. */
  next: boolean;
}

// ---- days -------------------------------------------------------------------------------

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOfDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number) => isoOfDay(dayNumber(iso) + n);
export const daysApart = (a: string, b: string) => Math.abs(dayNumber(a) - dayNumber(b));

/** Whether two spans of days share a day. */
export const overlap = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];

const MONTH =
  '(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t|tember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\\b\\.?';
// A month named alone, as a writer names a month: with its capital.
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?';
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
const monthSpan = (year: number, month: number, from = 1, to = lastDay(year, month)): [string, string] => [
  isoDay(year, month + 1, from),
  isoDay(year, month + 1, Math.min(to, lastDay(year, month))),
];

/** The year of a month named without one: the next such month when the event lies ahead, else the last. */
function yearOf(month: number, published: string, planned: boolean): number {
  const [y, m] = [+published.slice(0, 4), +published.slice(5, 7) - 1];
  if (planned) return month < m ? y + 1 : y;
  return month > m ? y - 1 : y;
}

const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const countOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : (COUNT[w.toLowerCase()] ?? 0));

const WEEK_OF = new RegExp(`\\bweek of (?:(${MONTH}) (\\d{1,2})|(\\d{1,2}) (${MONTH}))`, 'i');
const NTH_WEEK = new RegExp(`\\b(first|second|third|fourth|last) week of (${MONTH})`, 'i');
// A month with no day beside it: "in January", "in January 2026", "early next month" is below.
const BARE_MONTH = new RegExp(
  `(?<!\\d(?:st|nd|rd|th)?\\s)(?<![a-z]+(?:st|nd|rd|th) of\\s)(?<!\\d(?:st|nd|rd|th)? of\\s)\\b([Ee]arly |[Mm]id-?|[Ll]ate |the end of |end of )?(${MONTH_NAME})(?:,? (\\d{4}))?(?!\\.? ?\\d{1,2}\\b)`,
);

export interface CoarseDays {
  days: [string, string];
  /** The words that gave them. */
  said: string;
}

/**
 * The days a coarse expression allows: "next month", "last month", "early next year",
 * "the week of January 12", "the second week of January", "in January 2026". Undefined when
 * the clause gives none (it may still give a day).
 */
export function coarseDays(clause: string, published: string, planned: boolean): CoarseDays | undefined {
  const [y, m] = [+published.slice(0, 4), +published.slice(5, 7) - 1];
  const year = /\b(early|late|later|in) next year\b/i.exec(clause) ?? /\bnext year\b/i.exec(clause);
  if (year) {
    const which = year[1]?.toLowerCase();
    const days: [string, string] =
      which === 'early'
        ? [`${y + 1}-01-01`, `${y + 1}-04-30`]
        : which === 'late' || which === 'later'
          ? [`${y + 1}-07-01`, `${y + 1}-12-31`]
          : [`${y + 1}-01-01`, `${y + 1}-12-31`];
    return { days, said: year[0] };
  }
  const relative = /\b(?:next|last) (?:month|week)\b/i.exec(clause);
  if (relative) {
    const said = relative[0].toLowerCase();
    const days: [string, string] =
      said === 'next month'
        ? monthSpan(m === 11 ? y + 1 : y, (m + 1) % 12)
        : said === 'last month'
          ? monthSpan(m === 0 ? y - 1 : y, (m + 11) % 12)
          : said === 'last week'
            ? [addDays(published, -13), addDays(published, -1)]
            : [addDays(published, 1), addDays(published, 13)];
    return { days, said: relative[0] };
  }
  const weekOf = WEEK_OF.exec(clause);
  if (weekOf) {
    const month = monthOf(weekOf[1] ?? weekOf[4]!);
    const day = Number(weekOf[2] ?? weekOf[3]);
    const start = monthSpan(yearOf(month, published, planned), month, day, day)[0];
    return { days: [start, addDays(start, 6)], said: weekOf[0] };
  }
  const nth = NTH_WEEK.exec(clause);
  if (nth) {
    const month = monthOf(nth[2]!);
    const yr = yearOf(month, published, planned);
    const k = ['first', 'second', 'third', 'fourth'].indexOf(nth[1]!.toLowerCase());
    const days = k === -1 ? monthSpan(yr, month, 22) : monthSpan(yr, month, 1 + 7 * k, 7 + 7 * k);
    return { days, said: nth[0] };
  }
  const bare = BARE_MONTH.exec(clause);
  if (bare) {
    const month = monthOf(bare[2]!);
    const yr = bare[3] ? Number(bare[3]) : yearOf(month, published, planned);
    const when = bare[1]?.toLowerCase() ?? '';
    const days = when.startsWith('early')
      ? monthSpan(yr, month, 1, 10)
      : when.startsWith('mid')
        ? monthSpan(yr, month, 10, 20)
        : when
          ? monthSpan(yr, month, 20)
          : monthSpan(yr, month);
    return { days, said: bare[0] };
  }
  return undefined;
}

// "from 1 to 3 December", "on 5 and 6 November", "October 14-15": a span of days.
const RANGE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|\\b${MONTH}\\s+(\\d{1,2})\\s*(?:and|to|-|–)\\s*(\\d{1,2})\\b`,
  'i',
);
// "three days of talks", "a two-day round", "expected to last three days" — not "two days after".
const DURATION =
  /\b(two|three|four|five|six|seven|\d)[- ]days?\b(?!\s+(?:after|before|later|earlier|ago)\b)(?<!\bwithin (?:the next )?\w+[- ]days?)/i;
// What says the date is a span's end or its start. Not "after" or "last" alone: "a day after
// the round", "last week" say neither.
const ENDED =
  /\b(?:ended|ends|concluded|concludes|closed|closes|wrapped up|finished|came to an end|after (?:\w+[- ])?days? of)\b/i;
// A round of talks known only by its first or last day: the days before or after it may be its own.
const ROUND_DAYS = 2;
const STARTED =
  /\b(?:opened|opens|open|opening|started|starts|start|began|begins|begin|to last|kicked off|kicks off)\b/i;

/**
 * The days an event dated `date` spans, as the clause tells: a range of days, a length with
 * its end or start ("concluded three days of talks"), or — for a round of talks, which runs
 * over days — a few days before its end or after its opening. The words the date was read
 * from (`dateSaid`) give the range first: "From 23 to 25 November" is the event's span even
 * where its clause, cut at a long subject, does not hold it.
 */
export function spanOfDays(
  clause: string,
  date: string,
  level: Level | undefined,
  planned: boolean,
  dateSaid = '',
): [string, string] {
  const range = RANGE.exec(dateSaid) ?? RANGE.exec(clause);
  if (range) {
    const [from, to] = range[1] ? [+range[1], +range[2]!] : [+range[3]!, +range[4]!];
    const day = +date.slice(8, 10);
    if (to > from && to - from <= 14 && day >= from && day <= to)
      return [addDays(date, from - day), addDays(date, to - day)];
  }
  const ended = ENDED.test(clause);
  const started = STARTED.test(clause);
  const length = DURATION.exec(clause);
  if (length) {
    const n = Math.max(1, countOf(length[1]!));
    if (ended && !started) return [addDays(date, 1 - n), date];
    if (started || planned) return [date, addDays(date, n - 1)];
    return [addDays(date, 1 - n), date];
  }
  if (level === 'round') {
    if (ended && !started) return [addDays(date, -ROUND_DAYS), date];
    if (started && !ended) return [date, addDays(date, ROUND_DAYS)];
  }
  return [date, date];
}

/** The day an event dated `date` opened, where its words say it: the first of a range, or a day it opened on. */
export function openingDay(clause: string, date: string, dateSaid = ''): string | undefined {
  const range = RANGE.exec(dateSaid) ?? RANGE.exec(clause);
  if (range) {
    const [from, to] = range[1] ? [+range[1], +range[2]!] : [+range[3]!, +range[4]!];
    const day = +date.slice(8, 10);
    if (to > from && to - from <= 14 && day >= from && day <= to) return addDays(date, from - day);
  }
  return STARTED.test(clause) && !ENDED.test(clause) && !DURATION.test(clause) ? date : undefined;
}

// ---- the clause of the event ------------------------------------------------------------

// The words of each class an event is named by: its trigger in the clause.
const TRIGGERS: Record<string, RegExp> = {
  meeting:
    /\b(?:met|meet|meets|meeting|meetings|talks|negotiations?|sessions?|plenary|summit|round|consultations?|dinner|lunch|breakfast|conference|reconvene\w*|received|receives|hosted|hosts|gathered|discussions|sign(?:s|ed|ing)?|signature|countersign(?:s|ed|ing)?|initial(?:l?ed|l?ing)|council|assembly|cabinet)\b/gi,
  call: /\b(?:(?:tele)?phon\w*|calls?|conversations?|spoke|spoken|speaks?|videoconference)\b/gi,
  visit: /\b(?:visit\w*|travel\w*|arriv\w*|landed|lands|flew|tour|trip)\b/gi,
  statement: /\b(?:statement|readout|communiqu\w*|brief\w*|press conference|signed|signing|assessment)\b/gi,
  deadline: /\b(?:by|deadline|within|open\w*|sign\w*|until|no later than)\b/gi,
};
// Where one part of a sentence ends and another, which may report another event, begins. What a
// clause is "ahead of" is an event to come of its own, not of the clause's subject.
const BOUNDARY =
  /;|:\s|\sahead of\s|\s[—–-]\s|,\s+(?:and|but|while|whereas|when|once)\b|\band again\b|,\s+(?:a|an|one|two|three|four|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b/gi;
const RELATIVE = /^\s*(?:who|which|whose|where)\b/i;

export interface Clause {
  text: string;
  /** The words that say whose event it is: a noun's own ("the leaders' call", "the meeting of experts"), a verb's subject. */
  phrase: string;
  /** The word the event is named by in the clause. */
  trigger: string;
  /** Whether the claim's date is said of this event: no event of another class is named between them. */
  ownDate: boolean;
}

/**
 * The clause of `text` around the event's trigger — the `nth` of its class in the sentence
 * when the sentence reports several, else the one nearest the date the claim was given, in
 * the same part of the sentence: that part, with the segments before the trigger (its
 * subject) but not a relative clause about something else ("The ministers, who had not met
 * since the leaders' call, met on Monday"), the segment holding its date, and the place or
 * time said after it (", in Vessingen").
 */
const WITHOUT = /\b(?:without|no)\s+(?:an?\s+|any\s+)?$/i;

export function clauseOf(text: string, cls: string, dateText: string | undefined, nth = 0): Clause {
  const dateAt = dateText ? text.indexOf(dateText) : -1;
  const parts: [number, number][] = [];
  let from = 0;
  for (const b of allMatches(BOUNDARY, text)) {
    parts.push([from, b.index]);
    from = b.index + b[0].length;
  }
  parts.push([from, text.length]);
  const partOf = (i: number) => parts.find(([s, e]) => i >= s && i < e) ?? parts[0]!;
  // "ended without a signature": a word denied names no occasion of the clause.
  const all = oneNamingEach(
    allMatches(TRIGGERS[cls] ?? TRIGGERS.meeting!, text).filter(
      (t) => !WITHOUT.test(text.slice(Math.max(0, t.index - 16), t.index)),
    ),
    text,
  );
  const datePart = dateAt === -1 ? undefined : partOf(dateAt);
  const inPart = datePart ? all.filter((t) => t.index >= datePart[0] && t.index < datePart[1]) : [];
  const triggers = inPart.length > 0 ? inPart : all;
  const near = (i: number) => (dateAt === -1 ? i : Math.abs(i - dateAt));
  // The nth event of its class in the sentence is told by one of the words from the nth on: the
  // one nearest its own day, where it has one ("ended without a signature, with the delegations
  // agreeing to meet again on 27 March": "meet", not the signature that was not made).
  const later = all.slice(Math.min(nth, all.length - 1));
  const trigger =
    nth > 0 && all.length > 1
      ? dateAt === -1
        ? later[0]
        : later.reduce((best, t) => (near(t.index) < near(best.index) ? t : best))
      : triggers.reduce<RegExpExecArray | undefined>(
          (best, t) => (best === undefined || near(t.index) < near(best.index) ? t : best),
          undefined,
        );
  const at = trigger?.index ?? Math.max(0, dateAt);
  const [start, end] = partOf(at);
  // Segments between commas: keep the trigger's, the date's, those between, and the subject before.
  const segments: [number, number][] = [];
  let seg = start;
  for (const c of allMatches(/,\s*/g, text.slice(start, end))) {
    segments.push([seg, start + c.index]);
    seg = start + c.index + c[0].length;
  }
  segments.push([seg, end]);
  const index = (i: number) => segments.findIndex(([s, e]) => i >= s && i < e);
  const ti = Math.max(0, index(at));
  const di = dateAt >= start && dateAt < end ? index(dateAt) : ti;
  const [lo, hi] = [Math.min(ti, di), Math.max(ti, di)];
  const said = (i: number) => text.slice(segments[i]![0], segments[i]![1]);
  // "Kaldor welcomed the Accord, signed in Sorrance by Valcourt": a participle that opens its
  // segment describes the noun before it, and the sentence's subject is not its agent. One
  // with an object is the sentence's own verb after its subject's apposition ("the President,
  // Livia Sarkany, and the Prime Minister, Tariq Vedrenne, signed the Memorandum").
  const reduced =
    segments[ti]![0] === at &&
    /ed$/i.test(trigger?.[0] ?? '') &&
    !HAS_OBJECT.test(text.slice(at + (trigger?.[0].length ?? 0)));
  const kept = segments.filter(
    (_, i) =>
      (i >= lo && i <= hi) ||
      (i < lo && !reduced && !RELATIVE.test(said(i))) ||
      (i === hi + 1 && ADVERBIAL.test(said(i))),
  );
  const word = trigger?.[0] ?? '';
  const isVerb = VERB.test(word);
  // "The advisers held a call", "the ministers had a meeting": a noun after a light verb has
  // the verb's subject for its own, beside its own words ("held a joint press conference").
  const light = !isVerb && LIGHT_VERB.test(text.slice(Math.max(start, at - 20), at));
  const triggerEnd = at + word.length;
  const before = text
    .slice(Math.max(start, at - 40), at)
    .trim()
    .split(/\s+/)
    .slice(-4)
    .join(' ');
  const after = text
    .slice(triggerEnd, Math.min(end, triggerEnd + 30))
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  return {
    text: kept.map(([s, e]) => text.slice(s, e)).join(', '),
    // A verb's subject says who met ("the experts will meet"); a noun's own words say whose it is.
    phrase: isVerb
      ? text.slice(Math.max(start, at - 80), at)
      : `${light ? text.slice(Math.max(start, at - 80), at) : before} ${word}${/^of\b/i.test(after) ? ` ${after}` : ''}`,
    trigger: word,
    // A day the sentence does not name is its document's, and no other event of it owns it.
    ownDate: dateAt === -1 || !otherEventBetween(text, cls, at, dateAt),
  };
}

/**
 * Whether an event of another class is named between an event's word and a date: "prepared the
 * round in a telephone call on Sunday" dates the call, not the round.
 */
function otherEventBetween(text: string, cls: string, at: number, dateAt: number): boolean {
  const between = text.slice(Math.min(at, dateAt), Math.max(at, dateAt));
  return OTHER_EVENTS.some(([c, re]) => c !== cls && re.test(between));
}
// The triggers of the classes that name occasions, without the global flag: tested, not scanned.
const OTHER_EVENTS = (['meeting', 'call', 'visit'] as const).map(
  (c) => [c, new RegExp(TRIGGERS[c]!.source, 'i')] as const,
);
/**
 * Triggers that name one event together ("spoken by telephone", "a telephone conversation",
 * "phone call") count once, so that the second event of a sentence is its second naming.
 */
function oneNamingEach(triggers: RegExpExecArray[], text: string): RegExpExecArray[] {
  return triggers.filter((t, i) => {
    const prev = triggers[i - 1];
    return !prev || !JOINED.test(text.slice(prev.index + prev[0].length, t.index));
  });
}
// What may stand between two words naming one event: a space, "by", "a", "the".
const JOINED = /^\s*(?:(?:by|a|an|the|over the)\s+)?$/i;
// What opens a verb's object: a determiner. A participle describing a noun goes on with "in",
// "by", "on" or a day, never with an object of its own.
const HAS_OBJECT = /^\s+(?:the|a|an|its|their|his|her|our|this|these|those|both)\b/i;
// A segment that only says where or when: ", in Vessingen", ", on 14 November".
const ADVERBIAL = /^\s*(?:in|at|on|from|under)\b/i;
const LIGHT_VERB = /\b(?:held|hold|holds|had|have|has)\s+(?:a|an|their|its)?\s*(?:\S+\s+)?$/i;
// Triggers that are verbs: their subject, before them, says who met.
const VERB =
  /^(?:met|meet|meets|signs|signed|countersign(?:s|ed)|initiall?ed|received|receives|hosted|hosts|gathered|spoke|spoken|speaks?|reconvene\w*|visit(?:s|ed)?|travel\w*|arriv\w*|landed|lands|flew|phoned|telephoned)$/i;

// ---- qualifiers -------------------------------------------------------------------------

const WHO: [string, RegExp][] = [
  ['experts', /\b(?:experts?['’]?|technical|working group)\b/i],
  ['leaders', /\b(?:leaders['’]?|summit|heads of (?:state|government))\b/i],
  // Not "the prime ministers": heads of government.
  ['ministers', /\b(?:(?<!prime )ministers['’]?|ministerial)\b/i],
  // Offices that serve the leaders, named in the plural: "the chiefs of staff", "the national
  // security advisers", "the sherpas". Their call is not the leaders' call of that day.
  ['aides', /\b(?:chiefs of staff|(?:security |foreign policy |diplomatic )?advis[eo]rs|aides|sherpas)\b/i],
  ['delegations', /\b(?:delegations|negotiators|negotiating teams)\b/i],
];
const FORM: [string, RegExp][] = [
  ['plenary', /\bplenary\b/i],
  ['meal', /\b(?:dinner|lunch|breakfast|reception)\b/i],
  ['work', /\bworking sessions?\b/i],
  ['press', /\b(?:press conference|brief\w* (?:the )?(?:press|reporters|journalists)|press briefing)\b/i],
];
const PART: [string, RegExp][] = [
  ['morning', /\b(?:morning|breakfast)\b/i],
  ['afternoon', /\b(?:afternoon|lunch)\b/i],
  ['evening', /\b(?:evening|tonight|night|dinner)\b/i],
];
// A standing body that meets as itself: "the Council will meet in extraordinary session", "the
// Union's council, which meets on the 2nd". Its sessions are its own, not a round's or the experts'.
const BODY = /\b(council|assembly|committee|commission|cabinet|parliament|senate|congress)\b/gi;
/** The bodies named as the subject of an event, or as the event itself: the clause up to its word. */
function bodiesOf(clause: string, trigger: string): string[] {
  const at = trigger ? clause.indexOf(trigger) : -1;
  const subject = at === -1 ? '' : clause.slice(0, at + trigger.length);
  return allMatches(BODY, subject).map((m) => `body ${m[1]!.toLowerCase()}`);
}
const tagsOf = (clause: string, tags: [string, RegExp][]) =>
  new Set(tags.filter(([, re]) => re.test(clause)).map(([t]) => t));

// The event's own noun: a round of talks, or one session of it.
const NOUN =
  /\b(?:(first|second|third|fourth|fifth|sixth|next|last|final|previous|new)\s+(?:\S+\s+){0,2}?)?(round|talks|negotiations|sessions?|plenary|dinner|lunch|breakfast)\b/i;
const ROUND_NOUNS = /^(?:round|talks|negotiations)$/i;
// A text is signed, countersigned or initialled at one occasion of its own.
const SIGNING_WORDS = /^(?:sign|countersign|initial)/i;
// Delegations meeting hold a round of talks, whatever the verb ("the delegations will meet in Lorne").
const DELEGATIONS = /\bdelegations\b/i;
const SESSION_NOUNS = /^(?:sessions?|plenary|dinner|lunch|breakfast)$/i;
const NUMBERED = /^(?:first|second|third|fourth|fifth|sixth)$/i;

const PLACE =
  /\b(?:in|at|(?:travel\w*|flew|flies|fly|trip|went|goes|head\w*|return\w*) to|visit(?:ed|s|ing)?)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
const NOT_PLACE = new RegExp(
  `^(?:the\\s+)?(?:${MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|president|prime|minister|foreign|special|deputy|chief|secretary|ms|mr|mrs|dr)\\b`,
  'i',
);

// A place named as the event's own modifier: "the Veyrin talks", "the Belhaven round".
const PLACE_BEFORE =
  /\b(\p{Lu}[\p{L}'’-]+)\s+(?:talks|round|negotiations|summit|meeting|session|plenary|consultations)\b/gu;

// "In the Helvanian capital", "in the Qadiri capital": a people's adjective, not a town's name,
// that says nothing against the town another source names.
const A_CAPITAL = /^\s+capital\b/;

function placesOf(clause: string): Set<string> {
  const out = new Set<string>();
  for (const m of allMatches(PLACE_BEFORE, clause)) {
    const name = m[1]!.replace(/['’]s$/, '');
    // "Montabre-brokered talks", "Geneva-based experts": a modifier saying who, not where.
    if (BY_WHOM.test(name)) continue;
    if (!NOT_NAME_WORDS.has(name.toLowerCase()) && !NOT_PLACE.test(name) && !ORDINAL_WORD.test(name))
      out.add(name.toLowerCase());
  }
  for (const m of allMatches(PLACE, clause)) {
    const name = m[1]!.replace(/^the\s+/i, '').replace(/['’]s$/, '');
    if (NOT_PLACE.test(name) || A_CAPITAL.test(clause.slice(m.index + m[0].length))) continue;
    out.add(name.toLowerCase());
    // "at Castel Brune, Sorrance": a venue and the town it is in, both the event's place.
    const town = TOWN_AFTER.exec(clause.slice(m.index + m[0].length));
    if (town && !NOT_PLACE.test(town[1]!) && !NOT_NAME_WORDS.has(town[1]!.toLowerCase()))
      out.add(town[1]!.toLowerCase());
  }
  return out;
}
// A building named with its article after "at": "at the Secretariat", "at the Palais Verlaine".
const AT_BUILDING = /\bat the\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
function buildingsOf(clause: string): Set<string> {
  return new Set(
    allMatches(AT_BUILDING, clause)
      .map((m) => m[1]!.replace(/['’]s$/, ''))
      .filter((name) => !NOT_PLACE.test(name))
      .map((name) => name.toLowerCase()),
  );
}
// The town after a venue: one capitalised word, then the clause or sentence goes on or ends
// (", Sorrance, from 17 March", ", Sorrance."), not a name that opens a new clause (", Vintrop said").
const TOWN_AFTER = /^,\s+(\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,.;:]|$|\s+(?:on|from|in|at|between|until|to)\b))/u;

// A name joined to a lower-case word: "Montabre-brokered", "Union-led", not "Saint-Aubel".
const BY_WHOM = /-\p{Ll}+$/u;

const ORDINAL_WORD =
  /^(?:first|second|third|fourth|fifth|next|last|final|new|joint|expert|technical|peace|ceasefire)$/i;

const BARE_WEEKDAY = /^(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// Announced, not yet held; a trip in the present tense ("our team heads to Veyrin on
// Wednesday") is one not yet made, and a meeting one "looks forward to" one still to come.
const PLANNED =
  /\b(?:starting|beginning|opening on|intends?|intend to|will|would|shall|is to|are to|set (?:to|for)|due to|plans? to|planned|expected|upcoming|scheduled|propose[ds]?|agree(?:d|s|ing)? to (?:meet|reconvene|resume)|next|looks? forward to|looking forward to|(?:heads?|leaves?|departs?|sets? off|travels) (?:to|for|out))\b/i;

// "The next round", "the next high-level meeting", "will meet again", "reconvene": the one
// occasion of the format still ahead when the source wrote. Not "the next day the talks went on".
const NEXT_OCCASION =
  /\bnext\s+(?:(?!(?:day|days|week|weeks|month|months|year|time|weekend)\b)[\w-]+\s+)?(?:round|meeting|session|talks|negotiations|consultations|sitting)\b|\b(?:meet|convene|gather|sit down)\s+again\b|\breconvene\b/i;

/** What is known of an event before its clause is read: the claim's class, day and tense. */
interface Said {
  cls: string;
  date?: string | undefined;
  dateText?: string | undefined;
  future: boolean;
  nth: number;
  published?: string | undefined;
  /** The days of a period the event was dated by ("mid-April"). */
  period?: [string, string] | undefined;
  /** The party the event is told from, whose bare titles name its own people. */
  side?: string | undefined;
  /** The post's or turn's speaker, where the event is told as their own act (ownVoice.ts). */
  author?: string | undefined;
}

// "Valcourt confirmed that a delegation would travel to Sorrance for a first round": who says
// that an event will be is not thereby at it; the event's people are in the that-clause.
const SAYS_THAT =
  /\b(?:said|says|confirmed|confirms|announced|announces|stated|states|noted|recalled|added|informed \S+(?: \S+)?|told \S+(?: \S+)?) that\b/gi;
function reported(clause: string, trigger: string): string {
  const at = trigger ? clause.indexOf(trigger) : -1;
  if (at === -1 || !/ that\b/i.test(clause)) return clause;
  const says = allMatches(SAYS_THAT, clause.slice(0, at)).at(-1);
  return says ? withSayer(clause, says) : clause;
}

function profileOf(p: Passage, roster: Roster): EventProfile | undefined {
  if (p.claim?.kind !== 'event') return undefined;
  const data = p.claim.data;
  const said = {
    cls: eventClass(data.eventKind),
    date: data.date,
    dateText: data.dateText,
    future: data.tense === 'future',
    nth: p.nth ?? 0,
    published: p.published,
    period: data.period,
    side: data.side,
    author: data.author,
  };
  return readProfile(p.text, said, roster);
}

/** The profile of an event passage, read once. */
export const eventProfile = perPassage(profileOf);

/** Where the first word naming an event of the class ends in `text`, or -1. */
function endOfFirst(text: string, cls: string): number {
  const first = allMatches(TRIGGERS[cls] ?? TRIGGERS.meeting!, text)[0];
  return first ? first.index + first[0].length : -1;
}

const personsIn = (text: string, roster: Roster) =>
  new Set(entityMentions(text, roster).flatMap((e) => (e.person ? [e.person] : [])));

function readProfile(text: string, data: Said, roster: Roster): EventProfile {
  const { cls } = data;
  const p = { published: data.published };
  const { text: clause, phrase: described, trigger, ownDate } = clauseOf(text, cls, data.dateText, data.nth);
  const noun = NOUN.exec(clause);
  const length = DURATION.exec(clause);
  // The level is the trigger's own: "met ... before this session" is a meeting, not a session.
  const level: Level | undefined =
    cls !== 'meeting'
      ? undefined
      : SIGNING_WORDS.test(trigger)
        ? 'signing'
        : ROUND_NOUNS.test(trigger)
          ? 'round'
          : SESSION_NOUNS.test(trigger)
            ? 'session'
            : (length && countOf(length[1]!) > 1) || DELEGATIONS.test(described)
              ? 'round'
              : undefined;
  const planned = data.future || PLANNED.test(clause);
  // A coarse expression dates the event only when it is what the claim was dated by.
  const read = p.published ? coarseDays(clause, p.published, planned) : undefined;
  const coarse =
    read &&
    (!data.date ||
      (data.dateText !== undefined && read.said.toLowerCase().includes(data.dateText.toLowerCase())))
      ? read.days
      : undefined;
  let days: [string, string] | undefined = coarse;
  let opening: string | undefined;
  // A limit set by a period falls within it: "by mid-April" is no deadline of 31 March, and
  // "by the end of March" is one (periods.ts). Its days are the period's, and exact enough to compare.
  const limitPeriod = cls === 'deadline' ? data.period : undefined;
  if (limitPeriod) days = limitPeriod;
  if (!days && data.date) {
    // A planned day read as last year's ("the week of January 12" in December): the next one.
    // A bare weekday of a planned event read on the wrong side of publication ("the talks
    // starting Wednesday"): the coming one.
    const date =
      planned && p.published && data.date < addDays(p.published, -31)
        ? addDays(data.date, 365)
        : planned && p.published && data.date < p.published && BARE_WEEKDAY.test(data.dateText ?? '')
          ? addDays(data.date, 7)
          : data.date;
    days = spanOfDays(clause, date, level, planned, data.dateText);
    opening = level === 'round' && !coarse ? openingDay(clause, date, data.dateText) : undefined;
  }
  const ordinal =
    noun && (level === undefined || (level === 'round') === ROUND_NOUNS.test(noun[2]!))
      ? noun[1]?.toLowerCase()
      : undefined;
  // Another event the clause or the sentence names after its own ("about the Kostal–Varin
  // call") is not this one: its people are not this event's.
  const own = (t: string) => withoutMentionedEvents(t, endOfFirst(t, cls));
  const people = own(reported(clause, trigger));
  const titled = data.side ? ownTitled(people, data.side, roster) : [];
  return {
    cls,
    ...(days ? { days } : {}),
    coarse: coarse !== undefined && !limitPeriod,
    planned,
    ...(level ? { level } : {}),
    who: new Set([...tagsOf(described, WHO), ...bodiesOf(clause, trigger)]),
    form: tagsOf(described, FORM),
    part: tagsOf(clause, PART),
    ...(ordinal && NUMBERED.test(ordinal) ? { ordinal } : {}),
    places: placesOf(clause),
    buildings: buildingsOf(clause),
    ...(opening ? { opening } : {}),
    ownDate,
    persons: new Set([...personsIn(people, roster), ...titled, ...(data.author ? [data.author] : [])]),
    named: new Set([...personsIn(own(text), roster), ...titled]),
    unlisted: unlistedPeople(people, roster),
    titled: new Set(titled.filter((id) => !personsIn(people, roster).has(id))),
    ...(level === 'signing' ? { initialling: /^initial/i.test(trigger) } : {}),
    next: planned && NEXT_OCCASION.test(clause),
  };
}
