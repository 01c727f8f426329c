// Who asked for a call or a meeting. Readouts say it in a fixed phrase ("the conversation took
// place at the initiative of the Vesmori side", "at the request of Prime Minister Corvalho"), and
// each side's readout of one call often gives the initiative to the other: two sources written
// within days of one call that name two different sides as having asked for it contradict.
import { DAY_MS } from '../core/calendar.ts';
import { adjectiveOffices } from './adjectiveOffices.ts';
import { findDates } from './dates.ts';
import { type EntityMention, entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { partiesByAdjective } from './held.ts';
import { datesOf, perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

// "At the request of the Vesmori side", "at the initiative of Arlisk", "at Arlisk's request",
// "requested by the Foreign Minister". An invitation names a host, not who asked. Readouts
// translated from languages that say "on" write "the conversation took place on the initiative
// of the Arlisk side": read only after the occasion's verb (took place, was held) or opening
// the sentence, since after a verb that takes "on" the initiative is a proposal agreed or voted
// on ("agreed on the initiative of Arlisk to set up a fund", "focused on the initiative of Arlisk").
// Who placed the call says it too: "the call was placed by the envoy", "the call, which the
// Secretary-General initiated", "the envoy placed the call"; and wires and posts put it as what
// the call was, or as its asker's act: "the call was Varin's initiative", "Kostal asked for the call".
const ASKED_BY =
  /\bat\s+(?:the\s+)?(?:request|initiative)\s+of\s+([^,.;:()]{1,60})|\bat\s+([^,.;:()]{1,40}?)['’]s?\s+(?:request|initiative)\b|\b(?:initiated|requested)\s+by\s+([^,.;:()]{1,60})|(?:^\s*|\b(?:took\s+place|held|happened|occurred|organi[sz]ed|arranged|convened)(?:\s*,)?\s+)on\s+(?:the\s+)?(?:request|initiative)\s+of\s+([^,.;:()]{1,60})|\b(?:call|conversation)\s+(?:was|had\s+been|has\s+been)\s+(?:placed|made|initiated|requested)\s+by\s+([^,.;:()]{1,60})|\b(?:call|conversation)\s*,\s*which\s+([^,.;:()]{1,60}?)\s+(?:initiated|requested|placed|sought)\b|\b([^,.;:()]{1,40}?)\s+(?:placed|made|initiated)\s+the\s+(?:(?:phone|telephone|video)\s+)?call\b|\b(?:call|conversation)\b[^,.;:()]{0,20}?\b(?:was|were)\s+([^,.;:()]{1,40}?)['’]s\s+(?:initiative|request)\b|\b([^,.;:()]{1,40}?)\s+(?:asked|pressed)\s+for\s+the\s+(?:(?:phone|telephone)\s+)?(?:call|conversation)\b/giu;
// "Made the call" is also a decision ("made the call to suspend the talks"): a call placed only
// with its medium or a person after "to". Who placed a call is not told in a question ("whether
// Kostal made the call", "asked who placed the call?").
const MADE_A_DECISION = /\bmade\s+the\s+call\b(?!\s+to\s+(?:the\s+)?\p{Lu}|\s+to\s+(?:him|her|them)\b)/u;
const ASKED_WHETHER = /\b(?:whether|if|asked|ask|asks|wondered|unclear)\b/i;
function placedAsTold(m: RegExpExecArray, text: string): boolean {
  if (m[7] === undefined) return true;
  const end = m.index + m[0].length;
  const before = text
    .slice(Math.max(0, m.index - 60), end)
    .split(/[.;!?]\s/)
    .at(-1)!;
  return (
    !MADE_A_DECISION.test(text.slice(m.index, end + 40)) &&
    !ASKED_WHETHER.test(before) &&
    !/^[^.!]*\?/.test(text.slice(end))
  );
}
// The occasion asked for, by kind: a call and a conversation are one kind, a meeting and talks
// another. A readout's "spoke with" is a call ("The Secretary spoke today with Foreign Minister …");
// an appeal is not ("called for calm", "a call upon both sides", "called on Varin to", "so-called"),
// though a call on a day is ("called on Monday").
const CALL =
  /\b(?:conversation|telephone|telephoned|phone|phoned|rang|spoke\s+(?:\w+\s+)?with)\b|(?<!so-)\bcall(?:ed)?\b(?!\s+(?:for|upon)\b|\s+on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))/i;
const MEETING = /\b(?:meeting|talks|visit|summit)\b/i;
/** Two reports of one occasion are written within days of it. */
const OCCASION_DAYS = 2;

// Who called whom says who asked for the call, the way wires and posts word it: "Varin phoned
// Kostal", "Kostal placed a call to Varin" (the caller just before, the one called just after),
// "Kostal received a phone call from Varin" (the caller after "from"). "Called" alone is a call
// only with its person and a time or a stop after it: "called on", "called for", "called Varin a
// liar" are not calls.
const CALLED =
  /\b(?:phoned|telephoned|rang|placed an? (?:phone |telephone )?call to|put (?:in )?an? (?:phone |telephone )?call (?:through )?to|called)(?:\s+|(?=[,;.]))/giu;
// A time may stand before the call ("received on Sunday evening a telephone call from"); a
// headline drops the article ("Crown Prince Receives Phone Call from President Tamm").
const RECEIVED_CALL =
  /\b(?:received|receives|took|had|got)\s+(?:(?:on|this|late|early|today|yesterday)\b[^,.;:()]{0,30}?\s+)?(?:an?\s+)?(?:(?:phone|telephone|video)\s+)?call\s+(?:\w+\s+){0,2}?from\s+/giu;
// After "called" and its person: a time ("at 16:10", "at noon"), a manner ("by telephone", not
// "called me by my first name"), a purpose or the clause's end.
const CALL_PURPOSE = 'to (?:discuss|congratulate|express|offer|brief|inform|thank|condole)';
const CALL_AFTER = new RegExp(
  String.raw`^(?:\s*[,.;:)]|\s*$|\s+(?:on|by (?:(?:tele)?phone|video|videoconference|video ?link|secure line)|today|yesterday|this|last|late|early|${CALL_PURPOSE}|and|from|after|shortly|again|at (?:\d+|noon|midnight|around|about))\b)`,
  'i',
);
// A time then a noun is what the one called was called ("called Kostal on Monday a liar").
const CALLED_A_NAME = /^\s+(?:on\s+\p{L}+|today|yesterday|(?:this|last)\s+\p{L}+)\s+an?\s+\p{L}/iu;
// A call told without the one called ends at its time, "first" or purpose: "Varin rang first.",
// "rang early, the office said". A time that goes on is an appeal or a decision ("called today
// for talks", "called early elections", "rang late into the night"), and an aside after "called,"
// may still lead to the appeal ("called, in a speech, for restraint").
const CALLED_ALONE = new RegExp(
  String.raw`^(?:\s*[,;.](?![^.;!?]{0,50},\s*(?:for|on|upon)\b)|\s+${CALL_PURPOSE}\b|\s+(?:first|today|yesterday|this (?:morning|afternoon|evening)|late|early)(?=\s*(?:[,;.]|$)|\s+(?:on|at|after)\s+(?!\p{L}+\s+(?:for|to)\b)))`,
  'iu',
);
const CALLER_GAP = 40;
// How far the words after the one called, and the titles of a caller after "from", are read.
const CALL_AFTER_REACH = 60;
const TITLES_REACH = 120;
// The titles before a name: capitalised words, "of" and "the" among them ("President of the
// Republic Ilvane Tamm", "His Excellency"), as protocol writes an office in full.
// A counterpart is a title too: "telephoned his Arvenian counterpart Mira Kostal".
const TITLES = /^(?:[\p{Lu}][\p{L}.'’-]*\s+|(?:the|his|her|their|of|counterpart)\s+)*$/u;

/** The party of whoever a passage says made a call to someone ("Varin phoned Kostal"). */
function callerOf(p: Passage, roster: Roster): string | undefined {
  // Titles between two mentions: a short run only, so a page of names is not read again per name.
  const titles = (from: number, to: number) =>
    to - from <= CALLER_GAP && TITLES.test(p.text.slice(from, to).trimStart());
  // An office right before a name is that person's title ("President Varin", "President of the
  // Republic Ilvane Tamm"), not another person: the next name after it, read in one pass back.
  // An office named by a party's adjective ("the Torvanian Minister of Culture phoned me") is that
  // party's, whatever office another mention reads inside it.
  const byAdjective = adjectiveOffices(p.text, roster);
  const all = [
    ...entityMentions(p.text, roster).filter(
      (e) => !byAdjective.some((o) => e.index < o.end && o.index < e.end),
    ),
    ...byAdjective,
  ].sort((x, y) => x.index - y.index);
  const nextName: (EntityMention | undefined)[] = [];
  for (let i = all.length - 1, next: EntityMention | undefined; i >= 0; i--) {
    nextName[i] = next;
    if (all[i]!.via === 'name') next = all[i];
  }
  const mentions = all.filter((e, i) => {
    const n = nextName[i];
    return (
      e.via !== 'office' || !n || (n.index - e.end > 1 && (n.person !== e.person || !titles(e.end, n.index)))
    );
  });
  // Matches come in order: the first mention at or after each, and the last before it, are
  // found by pointers that only move on.
  let after = 0;
  const firstFrom = (at: number) => {
    while (after < mentions.length && mentions[after]!.index < at) after++;
    return after;
  };
  for (const m of allMatches(RECEIVED_CALL, p.text)) {
    const end = m.index + m[0].length;
    // The caller after "from", its titles between: a later mention has the same words and more between.
    const from = mentions[firstFrom(end)];
    if (from && from.index - end <= TITLES_REACH && TITLES.test(p.text.slice(end, from.index)))
      return from.party;
  }
  after = 0;
  let before = -1;
  // The last mention of the run of titles each mention opens, read once in a pass back: a
  // capitalised verb is a title word too ("Phoned Varin Phoned Varin …"), so a run may hold
  // many calls, and walking it again from each would read it once per call.
  let runEnd: number[] | undefined;
  const runEndOf = (i: number) => {
    if (!runEnd) {
      runEnd = [];
      for (let j = mentions.length - 1; j >= 0; j--) {
        const next = mentions[j + 1];
        runEnd[j] = next && titles(mentions[j]!.end, next.index) ? runEnd[j + 1]! : j;
      }
    }
    return runEnd[i]!;
  };
  // The speaker's own side, where the passage is a quotation of someone the roster places.
  const own = p.speaker?.partyId;
  for (const m of allMatches(CALLED, p.text)) {
    const end = m.index + m[0].length;
    // The one called: a name right after, its titles between; a party named in the titles
    // ("President of Torvania Oleg Varin") is the name's, which ends the run. In a quotation,
    // "phoned me" calls the speaker; in a turn whose speaker the roster does not place, still
    // someone the caller is not.
    const first = firstFrom(end);
    const named =
      mentions[first] && titles(end, mentions[first]!.index) ? mentions[runEndOf(first)]! : undefined;
    const meEnd = !named ? speakerCalledAt(p.text, m[0], end) : undefined;
    const me = meEnd !== undefined;
    // A call told without the one called ("Varin rang first", "with Varin, who called to discuss …")
    // names its caller all the same.
    const verbEnd = m.index + m[0].trimEnd().length;
    const alone = !named && !me && CALLED_ALONE.test(p.text.slice(verbEnd, verbEnd + CALL_AFTER_REACH));
    if (!named && !me && !alone) continue;
    const calledEnd = named ? named.end : (meEnd ?? end);
    const calledParty = named ? named.party : me ? own : undefined;
    const rest = p.text.slice(calledEnd, calledEnd + CALL_AFTER_REACH);
    if (!alone && /^called/i.test(m[0]) && (!CALL_AFTER.test(rest) || CALLED_A_NAME.test(rest))) continue;
    // "I phoned President Varin": the speaker is the caller; "it is not true that I phoned" is no call.
    if (own && named && SPEAKER_CALLS.test(p.text.slice(Math.max(0, m.index - 12), m.index))) {
      if (deniedBefore(p.text, m.index)) continue;
      return own !== calledParty ? own : undefined;
    }
    while (before + 1 < mentions.length && mentions[before + 1]!.end <= m.index) before++;
    const caller =
      before >= 0 && m.index - mentions[before]!.end <= CALLER_GAP ? mentions[before] : undefined;
    // Between the caller and the verb, no clause starts: "Kostal said Varin phoned" is Varin's. A
    // name in apposition closes on a comma ("The envoy, Henrik Dahl, called Varin").
    if (!caller) continue;
    const between = p.text.slice(caller.end, m.index);
    const apposed =
      /^,\s*$/.test(between) && /,\s*$/.test(p.text.slice(Math.max(0, caller.index - 3), caller.index));
    // "Varin, who called Kostal", "it was Varin who phoned": the one "who" stands for is the caller,
    // unless the sentence denies it ("it was not Varin who phoned"); "Varin did not phone" is no call.
    const relative = /^,?\s*who\s+(?:had\s+|has\s+)?$/.test(between);
    if (CALL_DENIED.test(between) || (relative && deniedBefore(p.text, caller.index))) continue;
    if (
      alone
        ? !relative && !(ALONE_GAP.test(between) && subjectAt(p.text, caller.index))
        : !apposed && !relative && /[,;:]|\b(?:that|said|says|who|which)\b/i.test(between)
    )
      continue;
    if (caller.party !== calledParty) return caller.party;
  }
  return undefined;
}
// Between a caller and a call told without the one called: nothing, or a tense ("Arvenia had called").
const ALONE_GAP = /^\s+(?:(?:had|has|have)\s+)?(?:first\s+)?$/;
/**
 * Whether the mention at `at` opens its clause, titles only before it: "bells in Drava rang",
 * "the summit Kostal called" name a place or an object, not who called.
 */
function subjectAt(text: string, at: number): boolean {
  const from = Math.max(0, at - CALLER_GAP);
  const parts = text
    .slice(from, at)
    .split(/[.;:,!?()]|\b(?:that|and|but|said|says?|told|insist(?:s|ed)?|claim(?:s|ed)?|confirm(?:s|ed)?)\b/);
  // A slice cut mid-sentence starts mid-word: its first word is not read.
  const clause = parts.length === 1 && from > 0 ? parts[0]!.replace(/^\S*\s*/, '') : parts.at(-1)!;
  return TITLES.test(clause.trimStart());
}
/** Whether the sentence before `at` denies what follows ("It was not Varin who"). */
function deniedBefore(text: string, at: number): boolean {
  return CALL_DENIED.test(
    text
      .slice(Math.max(0, at - DENIAL_REACH), at)
      .split(/[.;!?]/)
      .pop()!,
  );
}
// "Varin phoned me", "called us": the speaker's side was called; "I rang Varin": it called.
const CALLED_ME = /^(?:me|us)\b/i;
/**
 * Where the "me" or "us" a call verb ending at `end` calls ends, if the speaker is the one called:
 * "phoned me on Monday", not "called me a liar" nor "called us stubborn".
 */
function speakerCalledAt(text: string, verb: string, end: number): number | undefined {
  const me = CALLED_ME.exec(text.slice(end));
  if (!me) return undefined;
  const after = end + me[0].length;
  const rest = text.slice(after, after + CALL_AFTER_REACH);
  return /^called/i.test(verb) && (!CALL_AFTER.test(rest) || CALLED_A_NAME.test(rest)) ? undefined : after;
}
/** Whether a text tells that its speaker was called ("Varin phoned me"), and does not deny it. */
export function callsSpeaker(text: string): boolean {
  return allMatches(CALLED, text).some(
    (m) => speakerCalledAt(text, m[0], m.index + m[0].length) !== undefined && !deniedBefore(text, m.index),
  );
}
const SPEAKER_CALLS = /\b(?:I|we)\s+(?:(?:then|first|personally|myself|also)\s+)?$/i;
// A denial in the speaker's sentence before the call: "It is not true that I phoned", "nobody can say we rang".
const CALL_DENIED = /\b(?:not|never|no|nobody|untrue|false|deny|denies|denied)\b|n['’]t\b/i;
const DENIAL_REACH = 50;

/** The party a passage says asked for the occasion it reports, if it names one the roster knows. */
export const initiatorOf = perPassage((p: Passage, roster: Roster): string | undefined => {
  const m = allMatches(ASKED_BY, p.text).find((x) => placedAsTold(x, p.text));
  if (!m) return callerOf(p, roster);
  const phrase = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? '';
  // Read in its passage: an office named back ("spoke with Foreign Minister Halsk at the Foreign
  // Minister's request") is the one the passage named, which the phrase alone does not tell.
  const at = m.index + m[0].indexOf(phrase);
  const back = BACK_REFERENCE.exec(phrase);
  if (back) return namedBefore(p, at, roster, back[1]!.toLowerCase() === 'latter');
  const inPassage = entityMentions(p.text, roster).find((e) => e.index >= at && e.end <= at + phrase.length);
  return (
    inPassage?.party ??
    entityMentions(phrase, roster)[0]?.party ??
    [...partiesByAdjective(phrase, roster)][0] ??
    soleHolder(phrase, roster)
  );
});

/**
 * The party of the one roster person holding the office a bare title names: a readout's "the call,
 * which the Secretary-General initiated" names no party, yet one person alone holds that office.
 * The roster lists the people a user follows, not every holder: an office each side has (a
 * principal's, or a government's own: "the Foreign Minister") names no one by its title alone.
 */
function soleHolder(phrase: string, roster: Roster): string | undefined {
  const office = BARE_TITLE.exec(phrase.trim())?.[1]?.toLowerCase();
  if (!office || GOVERNMENT_OFFICE.test(office)) return undefined;
  const principal = new Set(roster.parties.filter((x) => x.role === 'principal').map((x) => x.id));
  const holders = roster.people.filter((p) => officeOf(p.office, roster) === office);
  return holders.length === 1 && !principal.has(holders[0]!.party ?? '') ? holders[0]!.party : undefined;
}
const BARE_TITLE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;
const GOVERNMENT_OFFICE =
  /\b(?:president|prime|premier|chancellor|minister|secretary of state|ambassador|spokes(?:man|woman|person)|chief|adviser|advisor|governor|king|queen|deputy)\b/;
/** An office without the party it is of ("President of Arvenia" is "president"), lower case. */
function officeOf(office: string | undefined, roster: Roster): string | undefined {
  const lower = office?.toLowerCase();
  if (!lower) return undefined;
  const of = /\s+of\s+(?:the\s+)?(.+)$/.exec(lower);
  const names = roster.parties.flatMap((x) =>
    [x.name, ...x.aliases].map((n) => n.toLowerCase().replace(/^the\s+/, '')),
  );
  return of && names.includes(of[1]!) ? lower.slice(0, of.index) : lower;
}

// "At the latter's request": the side of the one named last before it ("spoke with Tamm, at the
// latter's request"); "the former" the one named before that.
const BACK_REFERENCE = /^the\s+(latter|former)$/i;

/** The party named last before `at` (latter), or the other party named before it (former). */
function namedBefore(p: Passage, at: number, roster: Roster, latter: boolean): string | undefined {
  const parties = entityMentions(p.text.slice(0, at), roster).map((e) => e.party);
  const last = parties.at(-1);
  return latter ? last : parties.findLast((party) => party !== last);
}

const kindOf = (p: Passage) => (CALL.test(p.text) ? 'call' : MEETING.test(p.text) ? 'meeting' : undefined);

/** Whether two passages say who asked for one occasion: one kind, and one time (oneOccasion). */
export function sayWhoAsked(a: Passage, b: Passage, roster: Roster): boolean {
  if (!initiatorOf(a, roster) || !initiatorOf(b, roster)) return false;
  const kind = kindOf(a);
  if (!kind || kind !== kindOf(b) || twoPairs(a, b, roster) || askerElsewhere(a, b, roster)) return false;
  return oneOccasion(a, b, roster);
}

/**
 * Whether two passages tell one occasion by its time: written within days of each other, or
 * both dating it the same day (a weekly briefing looks back on "the call of 10 March"). A
 * source of no date that names the day of its occasion ("On 9 May, Kostal received a call")
 * names it in the year of the dated one, and is of that occasion only on a day the dated one
 * names or was written on; one that names no day, by naming the same two people as the other.
 */
function oneOccasion(a: Passage, b: Passage, roster: Roster): boolean {
  if (a.published && b.published) {
    if (Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS <= OCCASION_DAYS) return true;
    const days = new Set(datesOf(a, roster));
    return datesOf(b, roster).some((d) => days.has(d));
  }
  const [dated, undated] = a.published ? [a, b] : [b, a];
  if (dated.published) {
    const named = findDates(undated.text, dated.published).filter((d) => !d.vague);
    if (named.length > 0) {
      const days = new Set([dated.published.slice(0, 10), ...datesOf(dated, roster)]);
      return named.some((d) => days.has(d.iso));
    }
  }
  const [x, y] = [peopleOf(a, roster), peopleOf(b, roster)];
  return x.length === 2 && y.length === 2 && x.every((id) => y.includes(id));
}

/** The people a passage names (not their parties). */
const peopleOf = perPassage((p: Passage, roster: Roster) => {
  const people = buildGazetteer(roster).personById;
  return [...new Set(p.names.filter((id) => people.has(id)))];
});

/**
 * Whether one passage names both sides of its call and the other gives it an initiator who is
 * neither: "at the initiative of the Mavundan side" is not the call Tapajara's minister received
 * from Istravia's.
 */
function askerElsewhere(a: Passage, b: Passage, roster: Roster): boolean {
  const outside = (p: Passage, q: Passage) => {
    const sides = partiesOf(p, roster);
    const asker = initiatorOf(q, roster);
    return sides.size >= 2 && asker !== undefined && !sides.has(asker);
  };
  return outside(a, b) || outside(b, a);
}

/** The parties a passage names, by name or through a person of theirs. */
const partiesOf = perPassage((p: Passage, roster: Roster) => {
  const people = buildGazetteer(roster).personById;
  return new Set(p.names.map((id) => people.get(id)?.party ?? id));
});
/**
 * Whether two passages each name both sides of a call, and not the same two: "Kostal phoned
 * Dahl" is not the call "between Kostal and Varin". One naming a single side may be of either.
 */
function twoPairs(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [partiesOf(a, roster), partiesOf(b, roster)];
  return x.size >= 2 && y.size >= 2 && [...x].some((id) => !y.has(id));
}
