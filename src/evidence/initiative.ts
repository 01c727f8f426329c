// Who asked for a call or a meeting. Readouts say it in a fixed phrase ("the conversation took
// place at the initiative of the Vesmori side", "at the request of Prime Minister Corvalho"), and
// each side's readout of one call often gives the initiative to the other: two sources written
// within days of one call that name two different sides as having asked for it contradict.
import { DAY_MS } from '../core/calendar.ts';
import { callerOf } from './callers.ts';
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { partiesByAdjective } from './held.ts';
import { WEEKDAY } from './lexicon.ts';
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
const CALL = new RegExp(
  String.raw`\b(?:conversation|telephone|telephoned|phone|phoned|rang|spoke\s+(?:\w+\s+)?with)\b|(?<!so-)\bcall(?:ed)?\b(?!\s+(?:for|upon)\b|\s+on\s+(?!${WEEKDAY}\b|\d))`,
  'i',
);
const MEETING = /\b(?:meeting|talks|visit|summit)\b/i;
/** Two reports of one occasion are written within days of it. */
const OCCASION_DAYS = 2;

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
