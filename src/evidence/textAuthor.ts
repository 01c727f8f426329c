// Who wrote a text, as a passage says it: "drafted by X", "X wrote it", "the text is X's own",
// "it came from X", "written in <capital>", or denied ("we did not write a single line"); and
// whether two such readings are of one text and cannot both be. Split out of claimFrames.ts; moved
// verbatim.

import { AUTHORED } from './authoredPhrases.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { partiesByAdjective } from './held.ts';
import { jointAgent, jointAuthorsDiffer, namesAuthor, saysHowMany, sidesWrote } from './jointAuthors.ts';
import { perPassage, sharedWords } from './linkSupport.ts';
import { ownerOfText } from './ownedTexts.ts';
import type { LinkDocument, Passage } from './passages.ts';
import { provisionsSay } from './provisionNumbers.ts';
import { lastMatch } from './regex.ts';
import { originOf, wholeAndPart } from './textOrigin.ts';
import type { Roster } from './types.ts';

// An auxiliary before a participle makes it the sentence's verb: "the text was drafted by".
const AUX_BEFORE = /\b(?:is|was|were|are|be|been|being|had|has|have)\s+(?:\p{L}+\s+)?$/iu;
// What a text grew from is what the sentence says of it: "is based on the draft submitted by".
const GREW_FROM =
  /\b(?:based on|basis of|grew out of|derived from|builds? on|built on)\s+(?:\p{L}+\s+){0,3}$/iu;
// A verb of writing names the author however the sentence is built: "the 28-point plan drafted by
// the envoys" says who wrote it as much as "the plan was drafted by the envoys". Only a text's
// handing over (presented, submitted, put forward, tabled by) is said in passing of its author.
const WRITING_VERB = /^(?:drawn|drafted|written|authored|penned|put together|drawn up|prepared)\b/i;
/**
 * Whether a passage names a text by its author only in passing, in a participle after the text
 * ("reviewed the framework presented by the Mediator", "the proposals submitted by Torvania"):
 * it says something else of the text. "It was drafted by X", "X wrote it" and "the
 * Memorandum is based on the draft submitted by X" say who wrote it.
 */
export const authorInPassing = perPassage((p): boolean => {
  const m = AUTHORED.exec(p.text);
  if (!m || !/\bby$/i.test(m[0]) || WRITING_VERB.test(m[0])) return false;
  const before = p.text.slice(Math.max(0, m.index - 40), m.index);
  return /\p{L}\s+$/u.test(before) && !AUX_BEFORE.test(before) && !GREW_FROM.test(before);
});

export const author = perPassage(authorOf);
// A question of who wrote a text, asked or reported: a verb of asking or disputing, or a
// preposition ("a dispute over who"), a few words before "who" and the verb of writing, or a
// cleft asked ("whether it was Arvenia who wrote it"); a verb of knowing only right before it
// ("did not know who wrote"), since "confirmed it was Arvenia who wrote" answers the question.
const ASKED_WHO =
  /\b(?:(?:ask|question|decid|explain|tell|told|wonder|clarif|disclos|disput|differ|disagree|over|about|as to)\w*\s+(?:[\p{L}'’-]+\s+){0,3}?|(?:know|knew|confirm|reveal|learn|establish)\w*\s+|(?:whether|if)\s+it\s+(?:was|is)\s+(?:[\p{L}'’-]+\s+){1,4}?)who(?:ever)?\s+(?:(?:had|has|have|actually|really|in fact)\s+)*$/iu;
// "It was Arvenia who wrote it": a cleft names the writer, unless it is itself asked ("whether
// it was Arvenia who wrote it").
const CLEFT_WHO =
  /(?<!\b(?:whether|if)\s+)\bit\s+(?:was|is)\s+(?:[\p{L}'’-]+\s+){1,4}?who(?:ever)?\s+(?:(?:had|has|have|actually|really|in fact)\s+)*$/iu;
const ASKED_REACH = 60;
// An unnamed mediator and the talks it works in: "the mediator in …", "the chief mediator for …".
const MEDIATOR_IN =
  /^\s*(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:mediators?|facilitators?)\s+(?:in|for|between|on|at)\b/u;
// How far after "by" the agent's phrase may run: "by the mediation team of Montabre".
const AGENT_REACH = 50;
// "not by Castamar", "rather than the mediator", "instead of Arvenia": a party denied.
const DENIED = /\b(?:not|never|rather than|instead of)\s+(?:by\s+|from\s+)?(?:the\s+)?$/i;
/** The mediator each passage's document names most: whom "the mediators" are there. */
const mediatorOf = new WeakMap<Passage, string>();

/** The organisation with a Secretariat each passage's document names most: whose "the Secretariat" is. */
const secretariatOf = new WeakMap<Passage, string>();

/**
 * Notes, for each passage, whom its document's unnamed "the mediators" and "the Secretariat"
 * are: the mediator it names most (the one mediator when it names none), and the party it
 * names most among those whose Secretary-General the roster knows.
 */
export function noteMediators(docs: LinkDocument[], passages: Passage[], roster: Roster): void {
  const mediators = new Set(roster.parties.filter((x) => x.role === 'mediator').map((x) => x.id));
  const secretariats = new Set(
    roster.people
      .filter((x) => x.party && /^secretary[- ]general\b/i.test(x.office ?? ''))
      .map((x) => x.party!),
  );
  const mediatorBySource = new Map<string, string>();
  const secretariatBySource = new Map<string, string>();
  for (const d of docs) {
    const counts = new Map<string, number>();
    for (const e of entityMentions(d.cleanText, roster))
      if (e.person === undefined || secretariats.has(e.party))
        counts.set(e.party, (counts.get(e.party) ?? 0) + 1);
    const most = (among: Set<string>) =>
      [...counts].filter(([x]) => among.has(x)).sort((x, y) => y[1] - x[1])[0]?.[0];
    const mediator = most(mediators) ?? (mediators.size === 1 ? [...mediators][0] : undefined);
    if (mediator) mediatorBySource.set(d.source, mediator);
    const secretariat = most(secretariats) ?? (secretariats.size === 1 ? [...secretariats][0] : undefined);
    if (secretariat) secretariatBySource.set(d.source, secretariat);
  }
  for (const p of passages) {
    const m = mediatorBySource.get(p.source);
    if (m) mediatorOf.set(p, m);
    const s = secretariatBySource.get(p.source);
    if (s) secretariatOf.set(p, s);
  }
}

// "Has taken note of reports that the text was drafted by X", "dismissed rumours that it was written
// in Y", "of media reports that", "rejected claims that": the source tells what others say of the
// writer, and names none of its own. A noun after a determiner or a verb taking it, with up to two
// lowercase words describing it, not "the Courier reports that", where the outlet says it itself.
const HEARSAY =
  /\b(?:[Oo]f|[Aa]bout|[Aa]mid|[Dd]espite|denied|denies|dismissed|dismisses|rejected|rejects|refuted|[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:reports|rumou?rs|allegations|speculation|suggestions|stories|claims|accusations|assertions)\s+that\b/u;
// "Confirmed the reports that", "acknowledged the claims that": the source takes them as its own.
const CONFIRMED_BEFORE =
  /\b(?:confirm|confirms|confirmed|acknowledge|acknowledges|acknowledged|verified)\s+$/i;

function authorOf(p: Passage, roster: Roster): string | undefined {
  // A writer named only inside hearsay is no author the source gives.
  const heard = HEARSAY.exec(p.text);
  const before = heard ? p.text.slice(0, heard.index) : '';
  if (heard && !AUTHORED.test(before) && !CONFIRMED_BEFORE.test(before)) return undefined;
  // "The Citadel called the framework a Torvanian text": the owner is in the predicate.
  const owned = ownerOfText(p, roster, NOT_BY);
  if (owned) return owned;
  const m = AUTHORED.exec(p.text);
  if (!m) return fromOrigin(p, roster) ?? writtenIn(p, roster) ?? sidesWrote(p);
  // A record of the talks ("transcript prepared by the Secretariat") is no text negotiated.
  if (RECORD_BEFORE.test(p.text.slice(Math.max(0, m.index - 30), m.index))) return undefined;
  // "Questioned who had written the text", "before deciding who wrote it": the writer is asked
  // about, not named; only the place the sentence says it was written in may name one.
  const asked = p.text.slice(Math.max(0, m.index - ASKED_REACH), m.index);
  if (ASKED_WHO.test(asked) && !CLEFT_WHO.test(asked)) return writtenIn(p, roster);
  // "Regional allies of Kessel put forward their own proposal": the allies wrote it, not Kessel,
  // and the sentence's other parties no more.
  if (ASSOCIATES_BEFORE.test(p.text.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  // "Written in Kessel rather than by the mediator": the place's party wrote it, the agent is denied.
  if (/\b(?:rather than|instead of|not)\s+by$/i.test(m[0])) return writtenIn(p, roster);
  // "Notes the order of signatures proposed by the mediator": what was proposed is no text.
  if (/\bby$/i.test(m[0]) && NO_TEXT_BEFORE.test(p.text.slice(Math.max(0, m.index - 40), m.index)))
    return undefined;
  // "The bloc's paper was a way of …": an owner the roster does not know owns it; a party the
  // sentence names elsewhere ("an analyst at the Kessel Institute") is none.
  const unknownOwner = /['’]s\s/.test(m[0])
    ? (POSSESSOR.exec(m[0]) ?? POSSESSOR_BEFORE.exec(p.text.slice(Math.max(0, m.index - 40), m.index + 3)))
    : null;
  if (
    unknownOwner &&
    /^\p{Ll}/u.test(unknownOwner[1]!) &&
    !/^(?:our|my)\b/i.test(unknownOwner[0]) &&
    !partyIn(unknownOwner[1]!, p, roster)
  )
    return undefined;
  // "Written by the two parties themselves", "prepared jointly by Arvenia and Norland", "by Arvenia alone".
  const joint = /\bby$/i.test(m[0])
    ? jointAgent(p.text.slice(m.index + m[0].length), m[0], roster)
    : sidesWrote(p);
  if (joint) return joint;
  // "Drawn up by the mediator in Arvenia's border talks": the party after the mediator names the
  // talks it mediates, not who wrote the text; the mediator is the one its document names.
  const mediator =
    /\bby$/i.test(m[0]) && MEDIATOR_IN.test(p.text.slice(m.index + m[0].length))
      ? mediatorOf.get(p)
      : undefined;
  if (mediator) return mediator;
  const said = whoWrote(p, m, roster);
  // "The Union has not drafted any part of it": who did not write it, against one who says it did.
  if (said) return said.denied ? `${NOT_BY}${said.party}` : said.party;
  const g = buildGazetteer(roster);
  const partyOf = (id: string) => g.partyById.get(id)?.id ?? g.personById.get(id)?.party;
  // "submitted by the Tasgari delegation", "drafted by the mediation team of Montabre": the agent
  // after "by" is the author, before any party the sentence names elsewhere.
  if (/\bby$/i.test(m[0])) {
    const agent = p.text.slice(m.index + m[0].length, m.index + m[0].length + AGENT_REACH);
    const upTo = agent.search(/[,;.]|\b(?:not|but|and)\b/);
    const phrase = upTo === -1 ? agent : agent.slice(0, upTo);
    const by = entityMentions(phrase, roster)[0];
    const whose = by ? partyOf(by.person ?? by.party) : partyIn(phrase, p, roster);
    if (whose) return whose;
  }
  // "the mediator's text is well below what the Delta Five asked for": the owner is the word before
  // "'s", not a party the sentence names elsewhere.
  const owner =
    POSSESSOR.exec(m[0]) ?? POSSESSOR_BEFORE.exec(p.text.slice(Math.max(0, m.index - 40), m.index + 3));
  // "Our delegation's text" is the speaker's side's, read below.
  const possessor =
    owner && !/\b(?:we|our|my|me|us)\b/i.test(owner[0]) ? partyIn(owner[1]!, p, roster) : undefined;
  if (possessor) return possessor;
  // "the mediators", "Oriel's experts": the mediator; "we", "our": the speaker's own side.
  if (/\bmediators?\b/i.test(p.text) && p.names.length === 0) return mediatorOf.get(p);
  // "drafted by the Secretariat, not by Castamar": a party the sentence denies wrote it is no author.
  const denied = new Set(
    entityMentions(p.text, roster)
      .filter((e) => DENIED.test(p.text.slice(Math.max(0, e.index - 20), e.index)))
      .map((e) => e.person ?? e.party),
  );
  const named = p.names
    .filter((id) => !denied.has(id))
    .map(partyOf)
    .filter((x): x is string => x !== undefined);
  if (
    // "tabled by me", "drafted by us": the speaker's side as the agent.
    /\b(?:we|our|my|me|us)\b/i.test(
      m[0] + p.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12),
    ) &&
    p.speaker?.partyId
  )
    return p.speaker.partyId;
  // A sentence that only denies an author says who did not write it, which the author contradicts.
  const deniedParty = [...denied].map(partyOf).find((x) => x !== undefined);
  return named[0] ?? (deniedParty ? `${NOT_BY}${deniedParty}` : undefined);
}

// The subject of an active verb of writing as the associates of a party: "allies of Kessel",
// "Drava's neighbours" are others than Kessel and Drava.
const ASSOCIATES_BEFORE =
  /\b(?:allies|neighbou?rs|partners|friends|backers|supporters|critics|opponents|rivals|enemies)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and|or)\s+\p{Lu}[\p{L}-]*)?\s+(?:\p{Ll}+\s+)?$/u;
// Things proposed or put forward that are no text: an order of signature, a day, a venue, a figure.
const NO_TEXT_BEFORE =
  /\b(?:order of (?:signatures?|signing)|signing order|dates?|days?|venue|timetable|schedule|deadline|format|figure|sum|amount|share|candidate)\s+(?:\p{Ll}+\s+)?$/iu;
// The word a possessive text is owned by: "the mediator's text is", "is Arvenia's plan".
const POSSESSOR =
  /(?:\b(?:our|my)\s+)?([\p{L}-]+)['’]s\s+(?:own\s+)?(?:map|draft|plan|text|proposal|framework|paper|blueprint|initiative)/iu;
const POSSESSOR_BEFORE = /(?:\b(?:our|my)\s+)?([\p{L}-]+)['’]s\s*$/iu;

// "The plan was written in Kessel, not in Fjellby": a capital that stands for its government
// as the place a text was written names its author (a venue that is no party's names none).
// A text noun before a bare participle ("a text drafted in Drava") says it as a reduced relative
// clause does; a place may be named in two capitalised words ("Port Vell"), or a party's office by
// the party's adjective ("in the Torvanian foreign ministry").
const WRITTEN_IN =
  /\b(?:(?:is|was|were|been)\s+(?:(?:actually|really|in fact|all)\s+)?|(?:text|draft|paper|document|proposal|plan)s?\s+)(?:written|drafted|prepared|drawn up|put together|cooked up|conceived)\s+in\s+(the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u;
// After "the" a party's name or adjective is its author only as its office: "in the Torvanian
// foreign ministry", "in the Arvenian capital"; not "in the Union format", "in the Torvanian spirit".
const OFFICE_AFTER =
  /^\s+(?:foreign\s+)?(?:ministry|office|chancellery|presidency|government|capital|cabinet)\b/i;
function writtenIn(p: Passage, roster: Roster): string | undefined {
  const m = WRITTEN_IN.exec(p.text);
  if (!m || /^not\b/i.test(p.text.slice(m.index - 4, m.index).trim())) return undefined;
  let where = m[2]!;
  if (m[1]) {
    where = where.split(/\s/)[0]!;
    if (!OFFICE_AFTER.test(p.text.slice(m.index + m[0].length - m[2]!.length + where.length)))
      return undefined;
  }
  const place = entityMentions(where, roster)[0];
  if (place) return place.person ? undefined : place.party;
  // "Written in the Torvanian foreign ministry": a party's own office, by its adjective.
  const by = [...partiesByAdjective(where, roster)];
  return by.length === 1 ? by[0] : undefined;
}

const NOT_BY = 'not ';
// "It came from Halvyn", "did not come from us" (textOrigin.ts): the author, or a party denied.
const fromOrigin = (p: Passage, roster: Roster): string | undefined => {
  const origin = originOf(p, roster);
  return origin && (origin.denied ? `${NOT_BY}${origin.party}` : origin.party);
};
/**
 * Whether two authors read from two passages cannot both be: two parties, or a party and a
 * denial of that party ("not by Castamar"). A denial says nothing of the other parties.
 */
export function authorsDiffer(x: string, y: string, roster?: Roster): boolean {
  const [nx, ny] = [x.startsWith(NOT_BY), y.startsWith(NOT_BY)];
  if (nx && ny) return false;
  // Joint and sole authors (jointAuthors.ts): "not arvenia" denies "arvenia & norland" too.
  const names = (value: string, party: string) =>
    roster && saysHowMany(value) ? namesAuthor(value, party, roster) : value === party;
  if (nx) return names(y, x.slice(NOT_BY.length));
  if (ny) return names(x, y.slice(NOT_BY.length));
  if (roster && (saysHowMany(x) || saysHowMany(y))) return jointAuthorsDiffer(x, y, roster);
  return x !== y;
}

// Texts of a negotiation other than the one it is about: a map, an annex, a party's own plan.
const PART_TEXT =
  /\b(?:maps?|plans?|frameworks?|proposals?|annex(?:es)?|protocols?|papers?|blueprints?|initiatives?|points|articles?|clauses?|chapters?)\b/i;
/**
 * Whether two passages on who wrote a text may be on one text: they share a word, or neither
 * names a text but the one the talks are about ("the draft", "this agreement", "it").
 */
export const oneText = (a: Passage, b: Passage): boolean =>
  (provisionsSay(a, b) ??
    (sharedWords(a, b) >= 1 ||
      (!PART_TEXT.test(a.text) && !PART_TEXT.test(b.text)) ||
      (namesTheText(a) && namesTheText(b)))) &&
  !wholeAndPart(a, b);

// "The plan", "the framework", "the document": sources name the one text under negotiation by
// any of these, bare. A qualified one ("the revised text", "an early working draft", "the draft
// framework") may be another text or another version of it.
const THE_TEXT =
  /\b(?:[Tt]he|[Tt]his) (?:plan|framework|proposal|draft|text|document)\b(?! (?:plan|framework|proposal|draft|text|document|paper)s?\b)/;
export const namesTheText = (p: Passage): boolean => THE_TEXT.test(p.text);

/** Whether a passage says who wrote a text, or that someone did not ("we did not write it"). */
export const saysWhoWrote = perPassage((p, roster): boolean => {
  if (ownerOfText(p, roster, NOT_BY) || fromOrigin(p, roster)) return true;
  const m = AUTHORED.exec(p.text);
  if (m === null) return writtenIn(p, roster) !== undefined;
  return author(p, roster) !== undefined || whoWrote(p, m, roster)?.denied === true;
});

// The agent of a passive ("drafted by the Varne Secretariat, not by Castamar"): up to the
// clause's end or to the party it sets against it.
const AGENT_AFTER =
  /^\s*([^,;.()]{1,80}?)(?=\s*(?:[,;.()]|\bnot\b|\bbut\b|\bwith\b|\bin\s+(?:19|20)\d\d|\band\s+(?:the|a|an|its|their)\b|$))/i;
// The subject of an active verb of writing: the clause before it.
const SUBJECT_BEFORE = /([^,;.:()]{1,80})$/;
// "did not write", "never drafted": a denial of the verb that follows.
const DENIED_VERB = /\b(?:not|never|n['’]t)\s+$/i;
const SPEAKER_SIDE = /\b(?:[Ww]e|[Oo]ur|[Mm]y|I)\b/;

/**
 * Who the passage says wrote the text, read from the verb's own agent: after "by" for a
 * passive, before the verb for an active one. "It was drafted by the Varne Secretariat, not by
 * Castamar" names the Secretariat's party, not Castamar; "My country did not write this
 * agreement" denies the speaker's side. Undefined where the agent names no one known.
 */
function whoWrote(
  p: Passage,
  m: RegExpExecArray,
  roster: Roster,
): { party: string; denied: boolean } | undefined {
  const end = m.index + m[0].length;
  const passive = /\bby$/i.test(m[0]);
  const verb = ACTIVE_WRITING.exec(m[0]);
  const phrase = passive
    ? AGENT_AFTER.exec(p.text.slice(end))?.[1]
    : verb
      ? SUBJECT_BEFORE.exec(p.text.slice(0, m.index + verb.index))?.[1]
      : undefined;
  if (!phrase) return undefined;
  const denied = !passive && DENIED_VERB.test(phrase);
  // The subject nearest an active verb wrote it: "the press in Corvessa says that Montabre wrote it".
  const opens = passive ? undefined : lastMatch(CLAUSE_OPENS, phrase);
  const subject = opens ? phrase.slice(opens.index + opens[0].length) : phrase;
  const party = (SPEAKER_SIDE.test(subject) ? p.speaker?.partyId : undefined) ?? partyIn(subject, p, roster);
  return party ? { party, denied } : undefined;
}
const RECORD_BEFORE =
  /\b(?:transcript|record|minutes|translation|interpretation|summary|readout|verbatim)\s*,?\s*$/i;
// What opens the clause a subject stands in: "that", "said", a relative "which" ("the framework
// which the Special Envoy had prepared"), a semicolon.
const CLAUSE_OPENS = /\b(?:that|which|says|said|say|claims?|claimed|reports?|reported|writes|wrote)\s+/gi;
// The verb of an active sentence of writing, where the match holds one: "the Secretariat
// prepared", "wrote", "did not write".
const ACTIVE_WRITING = /\b(?:wrote|write|written|drew up|penned|authored|drafted|draft|prepared|prepare)\b/i;

/** The party a phrase names: by name, by a word only its names hold, by an office it heads. */
function partyIn(phrase: string, p: Passage, roster: Roster): string | undefined {
  const named = entityMentions(phrase, roster)[0]?.party;
  if (named) return named;
  const own = distinctWords(roster);
  for (const w of phrase.match(/\p{Lu}\p{L}{3,}/gu) ?? []) if (own.has(w)) return own.get(w);
  // "the Juravian side did not draft a single line": the one party an adjective names.
  const adjectives = partiesByAdjective(phrase, roster);
  if (adjectives.size === 1) return [...adjectives][0];
  // "the mediators", "the mediation team", "the Fennorian mediation itself": the mediator.
  if (/\bmediat(?:ors?|ion)\b/i.test(phrase)) return mediatorOf.get(p);
  // "the Secretariat": of the organisation its document names (noteMediators).
  if (/\bsecretariat\b/i.test(phrase)) return secretariatOf.get(p);
  return undefined;
}

/**
 * The capitalised words of party names that only one party's names hold ("Varne" of "the
 * Varne Economic Community"): "the Varne Secretariat" names that party though no alias says so.
 */
const distinctWords = (roster: Roster): Map<string, string> => {
  const hit = distinctCache.get(roster);
  if (hit) return hit;
  const owners = new Map<string, Set<string>>();
  for (const party of roster.parties)
    for (const name of [party.name, ...party.aliases])
      for (const w of name.match(/\p{Lu}\p{L}{3,}/gu) ?? [])
        owners.set(w, (owners.get(w) ?? new Set()).add(party.id));
  const out = new Map(
    [...owners].flatMap(([w, ids]) => (ids.size === 1 ? [[w, [...ids][0]!] as const] : [])),
  );
  distinctCache.set(roster, out);
  return out;
};
const distinctCache = new WeakMap<Roster, Map<string, string>>();
