// An occasion named in passing, by its place or its number ("the Geneva round", "the talks in
// Lorne", "after three days at Castel Brune", "the second round"), is the one round that place or
// number names: the sources that report it with its day are already linked as one event, so the
// mention is linked through them to every report of it, and to the other sources' mentions of it.
// Only where one occasion fits: two rounds in one town, or a round and a signing there, stay apart.

import { type EventProfile, eventProfile, overlap } from './eventProfile.ts';
import { buildGazetteer } from './gazetteer.ts';
import { holdsWord, wordsAt } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

/** What a mention calls the occasion: a round of talks, a summit, a signing. */
type Called = 'round' | 'summit' | 'signing';

interface Mention {
  passage: Passage;
  called: Called;
  /** The venue it names (lower case), or the number it gives the round. */
  venue?: string;
  ordinal?: string;
  /** Told as still to come. */
  planned: boolean;
}

// Not "negotiations" or "consultations": "the negotiations in Lorne" are as often the process as one round.
const CALLED: [RegExp, Called][] = [
  [/\b(?:round|talks|days)\b/i, 'round'],
  [/\bsummit\b/i, 'summit'],
  [/\bsigning(?: ceremony)?\b/i, 'signing'],
];
// The noun of the occasion right before the venue ("the talks in Lorne", "three days at Castel
// Brune", "the round of talks held in Lorne") or right after it ("the Lorne round").
const BEFORE_VENUE =
  /\b(round|talks|days|summit|signing)(?: (?:of|on) (?:direct |peace |the )?(?:talks|negotiations))?(?: (?:held|hosted|convened|opened|concluded))?(?: (?:last|this|next) week)? (?:in|at)(?: the)? $/i;
const AFTER_VENUE = /^(?:['’]s)?(?: \w+)? (round|talks|summit|signing)\b/i;
const OCCASION_NOUN = /\b(?:round|talks|days|summit|signing)\b/i;
const ORDINAL_ROUND = /\b(?:the|a) (first|second|third|fourth|fifth) round\b/gi;
const PLANNED =
  /\b(?:will|would|shall|is to|are to|next|upcoming|scheduled|expected|planned|due to|set to|set for|ahead of|before the)\b/i;
// The building a venue is named by ("Vindholm Manor"): its first word names it alone ("at Vindholm").
const BUILDING = /^(\p{L}{4,}) (?:manor|palace|house|castle|hall|villa|hotel|centre|center|lodge|estate)$/u;

/** The events of one occasion, as the sources linked them: connected by event-to-event links. */
function occasions(linked: [Passage, Passage][]): Map<Passage, Passage[]> {
  const parent = new Map<Passage, Passage>();
  const find = (p: Passage): Passage => {
    let root = p;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(p, root);
    return root;
  };
  for (const [a, b] of linked) {
    for (const p of [a, b]) if (!parent.has(p)) parent.set(p, p);
    parent.set(find(a), find(b));
  }
  const members = new Map<Passage, Passage[]>();
  for (const p of parent.keys()) {
    const root = find(p);
    const list = members.get(root);
    if (list) list.push(p);
    else members.set(root, [p]);
  }
  return new Map([...parent.keys()].map((p) => [p, members.get(find(p))!]));
}

/** Whether an event's profile is of the occasion a mention calls so. */
function isCalled(p: Passage, pe: EventProfile, called: Called): boolean {
  if (pe.cls !== 'meeting') return false;
  const kind = p.claim?.kind === 'event' ? p.claim.data.eventKind : '';
  if (called === 'signing') return pe.level === 'signing';
  if (pe.level === 'signing' || pe.level === 'session') return false;
  return called === 'summit' ? kind === 'summit' : kind === 'talks' || pe.level === 'round';
}

function venueNames(place: string): string[] {
  const building = BUILDING.exec(place);
  return building ? [place, building[1]!.toLowerCase()] : [place];
}

/** Whether a dated event is of the occasion a mention names: the same kind, at its venue or of its number. */
function fitsMention(e: Passage, m: Mention, roster: Roster): boolean {
  const pe = eventProfile(e, roster);
  if (!pe?.days || !isCalled(e, pe, m.called)) return false;
  if (m.venue !== undefined && !pe.places.has(m.venue)) return false;
  return m.ordinal === undefined || pe.ordinal === m.ordinal;
}

// A title names what its document is about, not an occasion it tells of.
const STOP = /[.!;…"'”’)]\s*$/;

/** The occasions a passage names by place or number, read against the venues events were told at. */
function mentionsOf(p: Passage, venues: Map<string, string>): Mention[] {
  const text = p.text;
  if (!OCCASION_NOUN.test(text)) return [];
  const lower = text.toLowerCase();
  const planned = PLANNED.test(text);
  const out: Mention[] = [];
  for (const [name, venue] of venues) {
    if (!holdsWord(lower, name)) continue;
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
      if (!wordsAt(lower, at, name.length)) continue;
      const before = BEFORE_VENUE.exec(text.slice(Math.max(0, at - 80), at));
      const after = AFTER_VENUE.exec(text.slice(at + name.length, at + name.length + 30));
      const noun = before?.[1] ?? after?.[1];
      const called = noun && CALLED.find(([re]) => re.test(noun))?.[1];
      if (called) out.push({ passage: p, called, venue, planned });
    }
  }
  for (const m of text.matchAll(ORDINAL_ROUND))
    out.push({ passage: p, called: 'round', ordinal: m[1]!.toLowerCase(), planned });
  return out;
}

/**
 * Links of passages that name an occasion in passing to the reports of it and to each other,
 * beside `linked`, the links made so far (those of two events give the occasions). Each with its reason.
 */
export function occasionMentionLinks(
  passages: Passage[],
  linked: { a: Passage; b: Passage }[],
  roster: Roster,
): { a: Passage; b: Passage; reason: string }[] {
  const events = linked
    .filter((l) => l.a.kind === 'event' && l.b.kind === 'event')
    .map((l): [Passage, Passage] => [l.a, l.b]);
  const linkedOccasion = occasions(events);
  // An event no other source's report was linked to is an occasion of its own.
  const occasionOf = (e: Passage) => {
    if (!linkedOccasion.has(e)) linkedOccasion.set(e, [e]);
    return linkedOccasion.get(e)!;
  };
  const dated = passages.filter((p) => p.kind === 'event' && eventProfile(p, roster)?.days);
  // A party's name is no venue: "the Karvossa–Saldenne talks" are not talks held in Saldenne.
  const parties = new Set(roster.parties.map((p) => p.name.toLowerCase()));
  const venues = new Map<string, string>();
  // Venues are the places events were read at, not every name before "talks" ("the Tessin Strait talks").
  for (const p of dated) {
    const place = p.claim?.kind === 'event' ? p.claim.data.place?.toLowerCase() : undefined;
    if (place && eventProfile(p, roster)!.places.has(place))
      for (const name of venueNames(place)) if (!parties.has(name)) venues.set(name, place);
  }
  // The dated events a mention may name, by the venue or the number it names them by.
  const byName = new Map<string, Passage[]>();
  const file = (key: string, e: Passage) => {
    const list = byName.get(key);
    if (list) list.push(e);
    else byName.set(key, [e]);
  };
  for (const e of dated) {
    const pe = eventProfile(e, roster)!;
    for (const place of pe.places) file(`at ${place}`, e);
    if (pe.ordinal) file(`the ${pe.ordinal}`, e);
  }
  // The parties each source names: a mention names an occasion of its own negotiation, and a first
  // round of another (a corpus may hold two) is not its first round.
  const people = buildGazetteer(roster).personById;
  const partyOf = (id: string) => people.get(id)?.party ?? id;
  const sourceParties = new Map<string, Set<string>>();
  for (const p of passages)
    for (const id of p.names)
      sourceParties.set(p.source, (sourceParties.get(p.source) ?? new Set()).add(partyOf(id)));
  const eventParties = (e: Passage) =>
    new Set([...e.names, ...(e.claim?.kind === 'event' ? e.claim.data.participants : [])].map(partyOf));
  const oneNegotiation = (source: string, e: Passage) => {
    const [mine, theirs] = [sourceParties.get(source), eventParties(e)];
    return !mine?.size || theirs.size === 0 || [...theirs].some((x) => mine.has(x));
  };
  const candidates = (m: Mention) =>
    byName.get(m.venue !== undefined ? `at ${m.venue}` : `the ${m.ordinal}`) ?? [];
  // How many reports of other sources each event was linked to: a source's best-linked report of
  // an occasion is its own account of it, the others name it in passing.
  const degree = new Map<Passage, number>();
  for (const [a, b] of events) for (const p of [a, b]) degree.set(p, (degree.get(p) ?? 0) + 1);
  // The occasion each mention names, where its own source does not report it with its day (that
  // report is linked already, and carries the source): the one occasion all reports make.
  const chosen = new Map<string, { p: Passage; occasion: Passage[]; m: Mention }>();
  const occasionIds = new Map<Passage[], number>();
  const idOf = (occasion: Passage[]) => {
    if (!occasionIds.has(occasion)) occasionIds.set(occasion, occasionIds.size);
    return occasionIds.get(occasion)!;
  };
  for (const p of passages) {
    if (p.kind === 'event' ? eventProfile(p, roster)?.days : p.act || p.short || !STOP.test(p.text)) continue;
    for (const m of mentionsOf(p, venues)) {
      const fits = (e: Passage) => fitsMention(e, m, roster);
      const fitting = candidates(m).filter((e) => fits(e) && oneNegotiation(p.source, e));
      if (fitting.some((e) => e.source === p.source)) continue;
      let found = [...new Set(fitting.map(occasionOf))];
      if (found.length > 1 && p.published) {
        const side = (o: Passage[]) =>
          o.some((e) => {
            const days = eventProfile(e, roster)!.days;
            return days !== undefined && (m.planned ? days[1] >= p.published! : days[0] <= p.published!);
          });
        found = found.filter(side);
      }
      if (found.length !== 1) continue;
      // A source names an occasion several times; one mention stands for it: an event read from
      // it before a sentence, then the first.
      const key = `${p.source} ${idOf(found[0]!)}`;
      const before = chosen.get(key);
      if (!before || firstOf(p, before.p) === p) chosen.set(key, { p, occasion: found[0]!, m });
      break;
    }
  }
  const resolved = new Map([...chosen.values()].map((c) => [c.p, c]));
  const seen = new Map<Passage, Set<Passage>>();
  const note = (a: Passage, b: Passage) => {
    seen.set(a, (seen.get(a) ?? new Set()).add(b));
    seen.set(b, (seen.get(b) ?? new Set()).add(a));
  };
  for (const l of linked) note(l.a, l.b);
  const out: { a: Passage; b: Passage; reason: string }[] = [];
  const add = (a: Passage, b: Passage, reason: string) => {
    if (a.source === b.source || seen.get(a)?.has(b)) return;
    note(a, b);
    out.push({ a, b, reason });
  };
  const said = (m: Mention) => m.venue ?? `the ${m.ordinal} round`;
  // Of each other source's reports of the occasion a mention names, the best linked (the first of
  // those) whose days agree with the others': read once per occasion and name.
  const reportsOf = new Map<string, Passage[]>();
  const rank = (e: Passage) => (degree.get(e) ?? 0) * 1e9 - e.span[0];
  const reportsFor = (occasion: Passage[], m: Mention) => {
    const key = `${idOf(occasion)} ${m.called} ${said(m)}`;
    let reports = reportsOf.get(key);
    if (!reports) {
      const bySource = new Map<string, Passage>();
      const fitting = occasion.filter((e) => fitsMention(e, m, roster));
      for (const e of fitting) {
        const other = bySource.get(e.source);
        if (agreesOnDays(e, fitting, roster) && (!other || rank(e) > rank(other))) bySource.set(e.source, e);
      }
      reports = [...bySource.values()];
      reportsOf.set(key, reports);
    }
    return reports;
  };
  const byOccasion = new Map<Passage[], Passage[]>();
  for (const [p, { occasion, m }] of resolved) {
    for (const e of reportsFor(occasion, m))
      add(p, e, `names the ${m.called} at ${said(m)} its reports tell`);
    byOccasion.set(occasion, [...(byOccasion.get(occasion) ?? []), p]);
  }
  for (const mentions of byOccasion.values())
    for (let i = 0; i < mentions.length; i++)
      for (let j = i + 1; j < mentions.length; j++) {
        const m = resolved.get(mentions[i]!)!.m;
        add(mentions[i]!, mentions[j]!, `both name the ${m.called} at ${said(m)}`);
      }
  return out;
}

/**
 * Whether a report's days meet those of most other reports of its occasion: "back tomorrow with
 * the latest on the Lorne talks" names the talks on another day than theirs.
 */
function agreesOnDays(e: Passage, reports: Passage[], roster: Roster): boolean {
  const days = eventProfile(e, roster)!.days!;
  const others = reports.filter((x) => x !== e);
  const meet = others.filter((x) => overlap(days, eventProfile(x, roster)!.days!)).length;
  return meet * 2 >= others.length;
}

/** Of two passages naming one occasion, the one that stands for their source: an event read, else the first. */
const firstOf = (a: Passage, b: Passage) =>
  (a.kind === 'event') !== (b.kind === 'event')
    ? a.kind === 'event'
      ? a
      : b
    : a.span[0] <= b.span[0]
      ? a
      : b;
