// How long a call or a meeting lasted, as each source tells it: "the call lasted 45 minutes",
// "the two leaders spoke for about an hour and a half", "a three-hour meeting", "met for nearly
// five hours". Readouts and leaders' posts give it often, and the two sides' figures differ; two
// figures for one event are a contradiction only when no reading of their hedges lets them
// meet ("about 90 minutes" is "an hour and a half", "four hours and forty minutes" is "nearly
// five hours", "more than nine hours" is "nine hours").
import { linkedIn, sameCall } from './callAccounts.ts';
import { eventProfile } from './eventProfile.ts';
import { HEDGE_WORDS, hedgeOf, hedgeSpan, spansMeet } from './hedges.ts';
import type { Disagreement, SourceLink } from './link.ts';
import { eventClass } from './linkSupport.ts';
import { ONES } from './numberWords.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export interface Duration {
  /** The fewest and the most minutes the words allow. */
  minutes: [number, number];
  /** The words that gave it ("more than one and a half hours"). */
  said: string;
  /** Only part of the event: its one-on-one, its restricted format. */
  part: boolean;
}

const WORD_NUMBER: Record<string, number> = { a: 1, an: 1, ...ONES };
// Longest first: "seventeen" is not "seven".
const WORDS = Object.keys(WORD_NUMBER).sort((x, y) => y.length - x.length);
const NUM = `(?:\\d+(?:\\.\\d+)?|${WORDS.join('|')})(?:[- ](?:five|\\d))?`;
const numberOf = (w: string): number => {
  const [head, tail] = w.toLowerCase().split(/[- ]/);
  const n = /^\d/.test(head!) ? Number(head) : (WORD_NUMBER[head!] ?? Number.NaN);
  return tail === undefined ? n : n + (/^\d$/.test(tail) ? Number(tail) : (WORD_NUMBER[tail] ?? 0));
};

// An amount of time: "an hour and a half", "one and a half hours", "four hours and forty
// minutes", "90 minutes", "half an hour", "1.5 hours".
const AMOUNT = new RegExp(
  `(?:half an hour|(${NUM}) hours? and a half|(${NUM})(?: and a half)? hours?(?:,? and (${NUM}) minutes?)?|(${NUM}) minutes?)`,
  'i',
);
function minutesOf(m: RegExpExecArray): number {
  if (/^half an hour/i.test(m[0])) return 30;
  if (m[1]) return numberOf(m[1]) * 60 + 30;
  if (m[2])
    return numberOf(m[2]) * 60 + (/and a half hours?/i.test(m[0]) ? 30 : 0) + (m[3] ? numberOf(m[3]) : 0);
  return numberOf(m[4]!);
}

const HEDGE = `(?:just |well |a little |slightly )?(?:${HEDGE_WORDS})`;
// A plain length is rounded: a call that "lasted 45 minutes" may have taken 43 or 47.
const ROUNDED = 0.05;
// "About half an hour", "about an hour": a length said in words of whole or half hours is rounded
// to the half hour, so "about" allows half a quarter of an hour either way, however short: a call
// of 35 minutes is about half an hour, though 35 is not about 30.
const WORDED_HOURS =
  /^(?:half an hour|(?:an?|one|two|three|four|five|six)(?: and a half)? hours?|an? hour and a half)$/i;
const QUARTER_HOUR_HALF = 7.5;
/** The span of minutes a length allows, as its hedge reads (hedges.ts). */
const spanOf = (hedge: string, value: number, amount = ''): [number, number] => {
  const read = hedge ? hedgeOf(hedge) : undefined;
  const [low, high] = hedgeSpan(value, read, ROUNDED);
  if (read !== 'near' || !WORDED_HOURS.test(amount.trim())) return [low, high];
  return [Math.min(low, value - QUARTER_HOUR_HALF), Math.max(high, value + QUARTER_HOUR_HALF)];
};

// A length quoted from another source: lasted "close to an hour".
const OPEN_QUOTE = `["“‘']?`;
// What says the figure is the event's length: "lasted", "went on for", "spoke … for", "met
// for", "a three-hour meeting". Not "within 72 hours", "delayed by two hours", "ten minutes earlier".
const LASTED = new RegExp(
  `\\b(?:lasted|lasting|lasts|went on for|continued for|ran for)\\s+(?:for\\s+)?${OPEN_QUOTE}(?:(${HEDGE})\\s+)?`,
  'gi',
);
// The event named with its length after "of": "in a conversation of more than an hour".
const EVENT_OF = new RegExp(
  `\\b(?:call|conversation|meeting|session|discussion)\\s+of\\s+${OPEN_QUOTE}(?:(${HEDGE})\\s+)?`,
  'gi',
);
const SPOKE_FOR = new RegExp(
  `\\b(?:spoke|spoken|talked|met|conferred|were closeted|sat down)\\b[^.;:]{0,60}?\\bfor\\s+(?:(${HEDGE})\\s+)?`,
  'gi',
);
const LONG = new RegExp(
  `\\b(${NUM}|half)[- ](hour|minute)(?:[- ]long)?\\s+(?:\\S+\\s+)?(?:call|conversation|meeting|talks|session|discussion|evening)\\b|\\b(hour)-long\\s+(?:\\S+\\s+)?(?:call|conversation|meeting|talks|session|discussion)\\b`,
  'gi',
);
// A part of the event, not the whole: its one-on-one, its restricted or expanded format.
const PART =
  /\b(?:one[- ](?:on|to)[- ]one|tête-à-tête|tete-a-tete|face[- ]to[- ]face|in private|restricted format|narrow format|expanded format|plenary|alone)\b/i;

// The format of the whole occasion, not a part of it: "was held in a tête-à-tête format", "held a
// one-to-one conversation".
const WHOLE =
  /\b(?:(?:was|were) (?:held|conducted) in an? (?:\S+ ){0,2}format|held an? (?:one[- ](?:on|to)[- ]one|tête-à-tête|tete-a-tete|private) (?:conversation|call|meeting))\b/i;
// A format told after the length, past a comma or an "and", is the whole occasion's, not the length's:
// "During the 35-minute conversation, held one-to-one, …", "The call lasted an hour and was one to
// one", "lasted 40 minutes, and the two presidents spoke one-on-one". One told before the length or
// right after it is the length's own: "spoke one-to-one for forty minutes", "for an hour in private".
const FORMAT_REACH = 30;
function partOnly(text: string, lengthEnd: number): boolean {
  const after = text.slice(lengthEnd, lengthEnd + FORMAT_REACH).split(/,|;|\s(?:and|but|while)\s/)[0]!;
  const own = text.slice(0, lengthEnd) + after;
  return PART.test(own) && !WHOLE.test(text);
}

/** How long the event a sentence tells of lasted, where it says. */
export function durationOf(text: string): Duration | undefined {
  for (const re of [LASTED, SPOKE_FOR, EVENT_OF]) {
    for (const m of text.matchAll(re)) {
      const at = m.index + m[0].length;
      const amount = AMOUNT.exec(text.slice(at, at + 60));
      if (amount?.index !== 0) continue;
      const value = minutesOf(amount);
      if (!Number.isFinite(value) || value <= 0) continue;
      return {
        minutes: spanOf(m[1] ?? '', value, amount[0]),
        said: `${m[1] ? `${m[1]} ` : ''}${amount[0]}`,
        part: partOnly(text, at + amount[0].length),
      };
    }
  }
  for (const m of text.matchAll(LONG)) {
    const value = m[3]
      ? 60
      : m[1]!.toLowerCase() === 'half'
        ? 30
        : numberOf(m[1]!) * (m[2]!.toLowerCase() === 'hour' ? 60 : 1);
    if (Number.isFinite(value) && value > 0)
      return { minutes: spanOf('', value), said: m[0], part: partOnly(text, m.index + m[0].length) };
  }
  return undefined;
}

// Which class of event the length is of: a call's words, else a meeting's.
const CALL_WORDS = /\b(?:call|conversation|phone|telephone|spoke|spoken|talked)\b/i;
const MEETING_WORDS = /\b(?:meeting|met|talks|negotiations|session|discussion|summit|evening)\b/i;
const classOf = (text: string): string | undefined =>
  CALL_WORDS.test(text) ? 'call' : MEETING_WORDS.test(text) ? 'meeting' : undefined;

// A length whose sentence names its event only as "it": "It lasted almost two hours", "said it went
// on for more than an hour". Readouts tell the call in one sentence and its length in the next.
const IT_LASTED = /(?:^|[\s,"“])(?:it|this)\s+(?:lasted|went on for|continued for|ran for)\b/i;
const CLASSES = new Set(['call', 'meeting']);
/** The class of the event its source told last before `p`, where `p` names it only as "it". */
function pronounClass(p: Passage, events: Passage[]): string | undefined {
  if (!IT_LASTED.test(p.text)) return undefined;
  const before = events.filter((e) => e.span[0] < p.span[0]).at(-1);
  const cls = before?.claim?.kind === 'event' ? eventClass(before.claim.data.eventKind) : undefined;
  return cls !== undefined && CLASSES.has(cls) ? cls : undefined;
}

/**
 * The event a sentence giving a length is of: one its source read from the sentence itself,
 * else the one of the class the sentence names told last before it ("President Whitcombe spoke
 * today with President Darokhin. … The call lasted 45 minutes."), else the first after it.
 */
function eventOfLength(p: Passage, cls: string, events: Passage[]): Passage | undefined {
  const own = events.filter(
    (e) => eventClass(e.claim?.kind === 'event' ? e.claim.data.eventKind : '') === cls,
  );
  const within = own.find((e) => e.span[0] < p.span[1] && p.span[0] < e.span[1]);
  return within ?? own.filter((e) => e.span[0] < p.span[0]).at(-1) ?? own[0];
}

// A source's events of one class on one day are one occasion told in parts ("held a telephone
// conversation with …", then "was accompanied on the call by …"): a length after the second is
// the occasion's, though the second names other people. A few: more on one day are several.
const PARTS = 4;
const dayOf = (e: Passage) => (e.claim?.kind === 'event' ? e.claim.data.date : undefined);
/** The parts of each source's occasions, read once: per length, a pass over its source's events was quadratic. */
function partsReader(events: Map<string, Passage[]>) {
  const parts = new Map<string, Passage[]>();
  for (const [source, list] of events)
    for (const e of list) {
      const day = dayOf(e);
      if (!day || e.claim?.kind !== 'event') continue;
      const key = `${source}\u0000${eventClass(e.claim.data.eventKind)}\u0000${day}`;
      const same = parts.get(key);
      if (same) same.push(e);
      else parts.set(key, [e]);
    }
  return (event: Passage, cls: string): Passage[] => {
    const same = parts.get(`${event.source}\u0000${cls}\u0000${dayOf(event)}`);
    return same && same.length <= PARTS && same.includes(event) ? same : [event];
  };
}

/** Two sentences of different sources that tell the length of one call or meeting. */
export interface LengthsOfOne {
  x: { p: Passage; length: Duration };
  y: { p: Passage; length: Duration };
}

/**
 * The pairs of sentences, of two sources, that tell how long one call or meeting lasted. One
 * event is what linking took as one; a part of it (the one-on-one) is set only against the same
 * part.
 */
export function lengthsOfOne(passages: Passage[], links: SourceLink[], roster: Roster): LengthsOfOne[] {
  // Linked as one event, or the two sentences themselves linked as one thing (a length the
  // engine read no event beside: "The call between … lasted two hours").
  const one = new Set<string>();
  const key = (a: Passage, b: Passage) => `${passageId(a)}\u0000${passageId(b)}`;
  for (const l of links)
    if (l.a.kind !== 'event' || l.b.kind !== 'event' || l.reason.startsWith('one event')) {
      one.add(key(l.a, l.b));
      one.add(key(l.b, l.a));
    }
  const linked = linkedIn(links);
  // Pushed onto, not copied per event: a copy each time is quadratic in one source's events.
  const events = new Map<string, Passage[]>();
  for (const p of passages) {
    if (p.kind !== 'event') continue;
    const list = events.get(p.source);
    if (list) list.push(p);
    else events.set(p.source, [p]);
  }
  const partsOf = partsReader(events);
  const told: { p: Passage; length: Duration; event?: Passage | undefined; parts: Passage[] }[] = [];
  for (const p of passages) {
    if (p.kind === 'event' || p.quotedOnly) continue;
    const length = durationOf(p.text);
    const cls = length && (classOf(p.text) ?? pronounClass(p, events.get(p.source) ?? []));
    const event = cls ? eventOfLength(p, cls, events.get(p.source) ?? []) : undefined;
    if (length && cls && (!event || eventProfile(event, roster)))
      told.push({ p, length, event, parts: event ? partsOf(event, cls) : [] });
  }
  const pairs: LengthsOfOne[] = [];
  for (let i = 0; i < told.length; i++)
    for (let j = i + 1; j < told.length; j++) {
      const [x, y] = [told[i]!, told[j]!];
      if (x.p.source === y.p.source || x.length.part !== y.length.part) continue;
      // Where both sources read the event, the events decide: two calls a week apart stay two.
      const tied =
        x.event && y.event
          ? x.parts.some((ex) =>
              y.parts.some((ey) => one.has(key(ex, ey)) || sameCall(ex, ey, linked, roster)),
            )
          : one.has(key(x.p, y.p));
      if (tied) pairs.push({ x, y });
    }
  return pairs;
}

const passageId = (p: Passage) => `${p.kind}\u0000${p.source}\u0000${p.span[0]}`;

/** Two sources' lengths of one call or meeting that no reading of their hedges lets meet: flagged as two figures. */
export function durationFlags(lengths: LengthsOfOne[]): Disagreement[] {
  return lengths.flatMap(({ x, y }): Disagreement[] =>
    spansMeet(x.length.minutes, y.length.minutes)
      ? []
      : [
          {
            kind: 'number',
            reason: `how long it lasted: ${x.length.said} vs ${y.length.said}`,
            a: x.p,
            b: y.p,
            values: [x.length.said, y.length.said],
          },
        ],
  );
}

/**
 * The length of one call told by two sources is one claim, however the two word it ("the call
 * lasted 45 minutes" / "they talked for about an hour", "a two-hour meeting" / "met for nearly
 * two hours"), and whether or not their figures agree: a link each.
 */
export function durationLinks(lengths: LengthsOfOne[]): SourceLink[] {
  return lengths.map(({ x, y }) => ({ a: x.p, b: y.p, reason: 'how long one occasion lasted' }));
}
