// What a sentence tells about the event a claim was read from, beyond the claim itself: the
// days the event may span, its level (a round of talks or one session of it), who it is of
// (experts, leaders, ministers), its form (a plenary, a dinner, a working session), the part
// of the day, its number in a series and the places it names. Sources report one event in
// very different words; these are what two reports must agree on, or not contradict, to be
// one event. Read from the clause around the event's own word, so that a sentence reporting
// two events ("met on Monday morning, and again over dinner") gives each its own.

import { type Counterpart, unlistedPeople, withoutMentionedEvents } from './counterparts.ts';
import { entityMentions } from './entities.ts';
import { clauseOf, TRIGGERS } from './eventClauses.ts';
import { addDays, coarseDays, countOf, DURATION, MONTH, openingDay, spanOfDays } from './eventDays.ts';
import { NOT_NAME_WORDS, WEEKDAY } from './lexicon.ts';
import { eventClass, perPassage } from './linkSupport.ts';
import { ownTitled } from './ownSide.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import { withSayer } from './sayerPronoun.ts';
import type { Roster } from './types.ts';

export { type Clause, clauseOf } from './eventClauses.ts';
export {
  addDays,
  type CoarseDays,
  coarseDays,
  daysApart,
  openingDay,
  overlap,
  spanOfDays,
} from './eventDays.ts';

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
  /** Dated by its record's day alone: the clause gives the event no day of its own. */
  byRecord: boolean;
}

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
// Capitalised words that open no place's name: a month, a day, an office, or whose ("Her meeting").
const NOT_PLACE = new RegExp(
  `^(?:the\\s+)?(?:${MONTH}|${WEEKDAY}|president|prime|minister|foreign|special|deputy|chief|secretary|ms|mr|mrs|dr|his|her|our|their|my|your)\\b`,
  'i',
);

// A place named as the event's own modifier: "the Veyrin talks", "the Belhaven round".
const PLACE_BEFORE =
  /\b(\p{Lu}[\p{L}'’-]+)\s+(?:talks|round|negotiations|summit|meeting|session|plenary|consultations)\b/gu;

// "In the Helvanian capital", "in the Qadiri capital": a people's adjective, not a town's name,
// that says nothing against the town another source names.
const A_CAPITAL = /^\s+capital\b/;
// Wires place a town by a noun of its kind: "in the Kostali border town of Dravec", "in the
// port city of Kessel". The town is the name after "of"; a people's adjective before the noun
// is no town.
const KIND_OF_TOWN = String.raw`(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|port|capital|resort|municipality)\s+of\s+`;
const BEFORE_TOWN = new RegExp(`^\\s+${KIND_OF_TOWN}`, 'u');
const TOWN_OF = new RegExp(
  `\\b(?:in|at|near|to)\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?${KIND_OF_TOWN}(\\p{Lu}[\\p{L}'’-]+)`,
  'gu',
);

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
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (NOT_PLACE.test(name) || A_CAPITAL.test(after) || BEFORE_TOWN.test(after)) continue;
    out.add(name.toLowerCase());
    // "at Castel Brune, Sorrance": a venue and the town it is in, both the event's place.
    const town = TOWN_AFTER.exec(clause.slice(m.index + m[0].length));
    if (town && !NOT_PLACE.test(town[1]!) && !NOT_NAME_WORDS.has(town[1]!.toLowerCase()))
      out.add(town[1]!.toLowerCase());
  }
  for (const m of allMatches(TOWN_OF, clause)) out.add(m[1]!.toLowerCase());
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

const BARE_WEEKDAY = new RegExp(`^(?:on |this |next )?${WEEKDAY}$`, 'i');
/**
 * A bare weekday the plan is told by: a word of plan or schedule comes before it ("the talks
 * starting Wednesday", "agreed to meet on Friday"). One that only follows it belongs to another
 * verb ("the text initialled on Tuesday would open the border", "On Tuesday … they signed a
 * pact that will end the dispute"): the weekday is the done act's, read behind the day of writing.
 */
function plannedByWeekday(clause: string, dateText: string | undefined): boolean {
  if (!dateText || !BARE_WEEKDAY.test(dateText)) return false;
  const at = clause.indexOf(dateText);
  return at === -1 || PLANNED.test(clause.slice(0, at + dateText.length));
}

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

// Words that put the event on the day of writing, whatever else the clause dates.
const TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|now)\b/i;

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
  // A coarse expression dates the event only when it is what the claim was dated by, or when the
  // claim has only its record's day and the clause puts the event just before it ("We spoke with
  // him a few days ago" in a transcript is not a call on the day of the sitting). Alone, "earlier
  // this month" is too loose to tie an undated report to every occasion of its weeks.
  const read = p.published ? coarseDays(clause, p.published, planned) : undefined;
  const recordDay =
    data.date !== undefined &&
    data.dateText === undefined &&
    data.date === data.published &&
    !TODAY.test(clause);
  const coarse =
    read &&
    ((read.recent ? recordDay : !data.date) ||
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
        : planned && p.published && data.date < p.published && plannedByWeekday(clause, data.dateText)
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
    byRecord: recordDay && !coarse,
  };
}
