// Who a speaker phrase found beside a quotation is: a name, an office, a description or a pronoun
// resolved to a roster person or a party, titles and pronouns looked back for. Moved out: finding
// the phrase after the quote (speakerAfter.ts), before it (speakerBefore.ts) or in a colon's clause
// (clauseSpeakers.ts), and the patterns it is read by (speakerPhrases.ts).
// Over 400 lines because `resolveCandidate` tries its readings in one order (name, office,
// honorific, description, pronoun) and each needs the same context and hit helpers kept here.
import type { Gazetteer } from './gazetteer.ts';
import { ANONYMOUS, unnamedSource } from './givenNames.ts';
import { firstHitFrom, hitsWithin, type NameHit } from './names.ts';
import { officeHolder, partiesByAdjective } from './offices.ts';
import { namesPrincipal, type PagePrincipal } from './ownPage.ts';
import { aideAfter } from './possessiveOffice.ts';
import { allMatches, lastMatch } from './regex.ts';
import {
  ARTICLED,
  DESC_START,
  IS_DESC,
  IS_PRON,
  NB,
  NOUNS,
  OFFICE_TAIL,
  POSSESSIVE,
} from './speakerPhrases.ts';
import { spelledOutOffice } from './spelledAcronyms.ts';
import {
  byFunction,
  FUNCTION_OFFICE,
  isPersonHit,
  lastHit,
  singular,
  titledHit,
  titleHead,
} from './titledHolders.ts';
import type { RosterPerson, Span, Speaker } from './types.ts';

// "Torvania's foreign ministry spokesperson": an office of an office runs on to its last noun.
const OFFICE_AFTER = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS})(?:\\s+(?:${NOUNS}))*(?![\\p{L}'’])`,
  'u',
);
// Every description opens with one of a few letters: a cheap first test for the backward scans.
// A bare plural ("Arliski officials") is only taken beside its verb, never looked back for.
const DESC_ANYWHERE = new RegExp(`(?=[TtAaOoSs])${NB}${ARTICLED}`, 'gu');

export { isPersonHit, lastHit };

export interface SpeakerContext {
  text: string;
  /** The text with every quotation's words blanked, so names inside quotes never attribute. */
  masked: string;
  hits: NameHit[];
  gazetteer: Gazetteer;
  /** The office holder whose page this is, by its masthead: "the President" there is them. */
  principal?: PagePrincipal;
  /** The party whose office or ministry publishes the page, by its masthead. */
  pageParty?: string;
  /** Who speaks the transcript turn or post holding a position, when quotations inside one are read. */
  voiceAt?: (at: number) => Speaker | undefined;
}

export interface Attribution {
  speaker: Speaker;
  span: Span;
  /** Named beside the quote: outranks a pronoun or title found on the other side. */
  strong: boolean;
}

export function fromHit(hit: NameHit, ctx: SpeakerContext, via: Speaker['via']): Speaker {
  if (hit.kind === 'person') {
    const person = ctx.gazetteer.personById.get(hit.id!);
    // Two literals, not a conditional spread: this runs for every name that speaks.
    return person?.party
      ? { name: hit.name, personId: hit.id!, partyId: person.party, via }
      : { name: hit.name, personId: hit.id!, via };
  }
  if (hit.kind === 'party') return { name: hit.name, partyId: hit.id!, via };
  const party = delegationOf(hit, ctx);
  return party ? { name: hit.name, partyId: party, via } : { name: hit.name, via };
}

// Meeting coverage gives a delegate the roster lacks the party they speak for beside the name:
// "Lena Vos (Arvenia) said", "Arvenia's Permanent Representative, Ambassador Lena Vos, said",
// "Speaking for Arvenia, Ambassador Lena Vos said".
const PARTY_ASIDE = /^\s*\(([^()\n]{2,40})\)/;
const DELEGATE_BEFORE =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:representative|delegate|ambassador|envoy|negotiator)s?,\s+(?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?$/iu;
const SPEAKING_FOR = /\bspeaking\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/i;
const SPEAKING_AFTER = /^,\s+(?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Minister)\s+)?$/;

/** The party a name outside the roster speaks for, when the text sets it beside the name. */
function delegationOf(hit: NameHit, ctx: SpeakerContext): string | undefined {
  const aside = PARTY_ASIDE.exec(ctx.text.slice(hit.span[1], hit.span[1] + 44));
  if (aside) {
    const from = hit.span[1] + aside[0].indexOf(aside[1]!);
    const party = hitsWithin(ctx.hits, [from, from + aside[1]!.length]).find((h) => h.kind === 'party');
    if (party) return party.id;
  }
  const i = firstHitFrom(ctx.hits, hit.span[0]) - 1;
  const before = ctx.hits[i];
  if (before?.kind !== 'party' || hit.span[0] - before.span[1] > 60) return undefined;
  const between = ctx.text.slice(before.span[1], hit.span[0]);
  if (DELEGATE_BEFORE.test(between)) return before.id;
  const lead = ctx.text.slice(Math.max(0, before.span[0] - 30), before.span[0]);
  return SPEAKING_FOR.test(lead) && SPEAKING_AFTER.test(between) ? before.id : undefined;
}

/** A roster person as the speaker a title or an office names. */
export function fromPerson(person: RosterPerson): Speaker {
  return person.party
    ? { name: person.name, personId: person.id, partyId: person.party, via: 'title' }
    : { name: person.name, personId: person.id, via: 'title' };
}

const QUANTIFIER = /^(?:the|an?|one|another|two|three|four|several)\s+/i;

// "one of its officials", "two of their negotiators": the body named last speaks through them.
const ONE_OF_ITS = /^(?:one|two|three|several|some)\s+of\s+(?:its|their)\s+(.+)$/i;

/** "one of its officials" after "The Ulstrand Forum …": an official of that body, its party kept. */
function oneOfIts(desc: string, at: number, ctx: SpeakerContext): Speaker | undefined {
  const m = ONE_OF_ITS.exec(desc);
  if (!m) return undefined;
  const party = lastHit(ctx, at, (h) => !h.inQuote && h.kind === 'party', 600);
  if (!party) return undefined;
  const body = ctx.gazetteer.partyById.get(party.id!)?.name ?? party.name;
  const noun = /^one\b/i.test(desc) ? singular(m[1]!) : m[1]!;
  return { name: `${body.replace(/^the\s+/i, '')} ${noun}`, partyId: party.id!, via: 'description' };
}

/** The page's principal when `desc` is a bare office of theirs ("the President" under the President's masthead). */
function pageOwner(desc: string, ctx: SpeakerContext): Speaker | undefined {
  const principal = ctx.principal;
  return principal && /^the\s/i.test(desc) && namesPrincipal(desc, principal)
    ? fromPerson(principal.person)
    : undefined;
}

/** "the president" after "The President of Torvania, Ada Lind, said": see `titledHit`. */
function titledHolder(desc: string, at: number, ctx: SpeakerContext, head: string, rosterOnly = false) {
  const hit = /^the\s/i.test(desc) ? titledHit(head, at, ctx, rosterOnly) : undefined;
  return hit && fromHit(hit, ctx, 'title');
}

export function resolveDescription(desc: string, at: number, ctx: SpeakerContext): Speaker {
  const owner = pageOwner(desc, ctx);
  if (owner) return owner;
  const ofIts = oneOfIts(desc, at, ctx);
  if (ofIts) return ofIts;
  const fn = byFunction(desc);
  const head = titleHead(desc, fn);
  const byTitle = titledHolder(desc, at, ctx, head);
  if (byTitle) return byTitle;
  // "The President of Torvania held a meeting … "…," the head of state said": the holder of the
  // office in the party the text named last, though no one was named.
  if (fn) {
    const party = lastHit(ctx, at, (h) => !h.inQuote && h.kind === 'party', 1500);
    const office = FUNCTION_OFFICE[fn]!;
    const holder = party && officeHolder(office, ctx.gazetteer, ctx.text, [party.id!]);
    if (holder) return { ...fromPerson(holder), via: 'title' };
  }
  // "the official said" after "a senior administration official told ...": the same unnamed source.
  // An earlier description ends with the same head word, so a window without it holds none.
  let earlier: string | undefined;
  let earlierEnd = -1;
  const base = Math.max(0, at - 1500);
  const window = ctx.masked.slice(base, at);
  if (/^the\b/i.test(desc) && window.toLowerCase().includes(head)) {
    for (const m of allMatches(DESC_ANYWHERE, window))
      if (singular(m[0].toLowerCase()).endsWith(head)) {
        earlier = m[0];
        earlierEnd = base + m.index + m[0].length;
      }
  }
  if (!earlier) {
    const named = namedBefore(desc, head, at, ctx);
    if (named) return named;
  }
  const chosen = earlier ?? desc;
  const party = earlier ? placedParty(earlierEnd, ctx) : undefined;
  // "Two officials" are officials: the count says how many spoke, not who.
  return { name: chosen.replace(QUANTIFIER, ''), ...(party ? { partyId: party } : {}), via: 'description' };
}

// "a source in the opposition Ballot Alliance", "an official of the Union": the party the words
// after a description place it in, up to the party's name. A preposition among the words between
// sets the party apart from the speaker ("an official in talks with Torvania" is not Torvania's).
const PLACED_IN =
  /^,?\s+(?:in|of|from|within|inside|at|close\s+to)\s+(?:the\s+)?(?:(?!(?:with|between|against|to|over|on|about|for|and|or|versus|vs)\s)[\p{L}'’-]+\s+){0,3}$/u;
const PLACE_REACH = 80;

/** The party the words right after a description (ending at `end`) place its speaker in, if any. */
function placedParty(end: number, ctx: SpeakerContext): string | undefined {
  const party = hitsWithin(ctx.hits, [end, end + PLACE_REACH]).find((h) => h.kind === 'party' && !h.inQuote);
  return party && PLACED_IN.test(ctx.masked.slice(end, party.span[0])) ? party.id : undefined;
}

// Words any holder of an office goes by: a wire names its source, then calls them "the official",
// "the aide", "the diplomat" ("Chief of Staff Taras Melnyk told reporters … "…," the official
// stressed"). An office of its own ("the minister") is read by its title instead.
const ANY_OFFICE = /^(?:official|aide|diplomat)$/;
// Heads of state and government are not called an official or an aide.
const HEADS = new Set(['president', 'prime', 'premier', 'chancellor', 'king', 'queen']);

/**
 * "the official" with no unnamed official before it (`resolveDescription` reads that): the person
 * the text last named as a subject, within a few paragraphs.
 */
function namedBefore(desc: string, head: string, at: number, ctx: SpeakerContext): Speaker | undefined {
  if (!/^the\s/i.test(desc) || !ANY_OFFICE.test(head) || desc.split(/\s+/).length !== 2) return undefined;
  const hit = lastHit(
    ctx,
    at,
    (h) => isPersonHit(h) && h.subject === true && !h.titles.some((t) => HEADS.has(t)),
    1500,
  );
  return hit ? fromHit(hit, ctx, 'title') : undefined;
}

export function resolvePronoun(pron: string, at: number, ctx: SpeakerContext): Speaker | undefined {
  const p = pron.toLowerCase();
  if (p === 'it') {
    const party = lastHit(ctx, at, (h) => !h.inQuote && h.kind === 'party', 1500);
    return party ? fromHit(party, ctx, 'pronoun') : undefined;
  }
  if (p === 'they') {
    let desc: string | undefined;
    for (const m of allMatches(DESC_ANYWHERE, ctx.masked.slice(Math.max(0, at - 1500), at))) desc = m[0];
    if (desc) return resolveDescription(desc, at, ctx);
  }
  const described = describedSubject(at, ctx);
  if (described) return described;
  const hit = lastHit(ctx, at, isPersonHit);
  return hit ? fromHit(hit, ctx, 'pronoun') : undefined;
}

// A sentence whose subject is an office, not a name: "Torvania's representative disagreed.",
// "The delegate of Arvenia took the floor." (UN meeting coverage names every speaker so).
const SUBJECT_DESCRIPTION = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n)(${POSSESSIVE}|${ARTICLED}${OFFICE_TAIL})`,
  'gu',
);
// A meetings coverage paragraph sets its quotation after several sentences of indirect speech: its
// own opening is read that far back, the paragraphs before it only as near as ever.
const SUBJECT_REACH = 300;
const PARAGRAPH_SUBJECT_REACH = 600;

/**
 * "Torvania's representative disagreed. "…," he said.": the pronoun goes back to the office
 * that opened the sentence before, when no one was named since; its party is kept.
 */
function describedSubject(at: number, ctx: SpeakerContext): Speaker | undefined {
  const paragraph = ctx.masked.lastIndexOf('\n', at - 1) + 1;
  const from = Math.max(0, at - PARAGRAPH_SUBJECT_REACH, Math.min(paragraph, at - SUBJECT_REACH));
  const last = lastMatch(SUBJECT_DESCRIPTION, ctx.masked.slice(from, at));
  if (!last) return undefined;
  const phrase = last[1]!;
  const start = from + last.index + last[0].length - phrase.length;
  if (hitsWithin(ctx.hits, [start, at]).some((h) => isPersonHit(h) && !h.inQuote)) return undefined;
  // "The Arvenian delegate took issue …": the party by its adjective, as the office's own.
  const party =
    hitsWithin(ctx.hits, [start, start + phrase.length]).findLast((h) => h.kind === 'party')?.id ??
    oneAdjectiveParty(phrase, ctx);
  // "A Western diplomat was blunt: the two sides, he said, …": an unnamed source opening the sentence
  // is no holder the story named before; described as written, with no party.
  if (!party)
    return ANONYMOUS.test(phrase) ? unnamedSource(phrase, ctx.masked, start + phrase.length) : undefined;
  const holder = officeHolder(phrase, ctx.gazetteer, ctx.text, [party]);
  if (holder) return Object.assign(fromPerson(holder), { via: 'pronoun' as const, said: phrase });
  return { name: phrase.replace(/^the\s+/i, ''), partyId: party, via: 'description', said: phrase };
}

/**
 * Resolves one candidate phrase at `[start, end)`; undefined when it cannot speak, or when
 * `strongOnly` and it could only be a weak answer (a pronoun or a description).
 */
export function resolveCandidate(
  phrase: string,
  start: number,
  ctx: SpeakerContext,
  allowUnknown: boolean,
  strongOnly = false,
): Attribution | undefined {
  const end = start + phrase.length;
  const span: Span = [start, end];
  if (IS_PRON.test(phrase)) {
    if (strongOnly) return undefined;
    const speaker = resolvePronoun(phrase, start, ctx);
    return speaker ? { speaker, span, strong: false } : undefined;
  }
  const honorific = HONORIFIC.exec(phrase);
  if (honorific) {
    const bearer = honoured(honorific[1]!.toLowerCase(), honorific[2]!.toLowerCase(), start, ctx);
    return bearer ? { speaker: bearer, span, strong: true } : undefined;
  }
  const inside = hitsWithin(ctx.hits, span);
  // "The Tamborelan president": a party's adjective the name scan took for a name is no person.
  // "A Harbour Board official": a name the roster lacks, followed in the phrase by the noun a
  // description ends on, is the body the one described works for, not who speaks.
  const qualifies = (h: NameHit) =>
    h.kind === 'unknown' &&
    h.span[1] < end &&
    /^\s+\p{Ll}/u.test(ctx.text.slice(h.span[1], end)) &&
    IS_DESC.test(phrase);
  const person = inside.findLast(
    (h) =>
      h.kind !== 'party' &&
      !(h.kind === 'unknown' && oneAdjectiveParty(h.name, ctx) !== undefined) &&
      !qualifies(h),
  );
  if (!person) {
    const owner = inside.length === 0 ? pageOwner(phrase, ctx) : undefined;
    if (owner) return { speaker: owner, span, strong: true };
    const parties = inside.filter((h) => h.kind === 'party').map((h) => h.id!);
    // "Belmora's" before "chief negotiator said": the office the possessive opens.
    const office = /['’]s$/.test(phrase)
      ? OFFICE_AFTER.exec(ctx.masked.slice(end, end + 60))?.[0]
      : undefined;
    // A bare office is first the one the text last gave that title, then the roster's holder.
    // One word only: "the Prime Minister" is not whoever was last called a minister.
    const bare = !office && parties.length === 0 && /^the\s+[\p{L}-]+$/iu.test(phrase);
    const named = bare ? titledHolder(phrase, start, ctx, titleHead(phrase), true) : undefined;
    if (named) return { speaker: Object.assign(named, { said: phrase }), span, strong: true };
    const holder = officeHolder(office ? phrase + office : phrase, ctx.gazetteer, ctx.text, parties);
    const said = office ? `${phrase} ${office.trim()}` : phrase;
    if (holder) return { speaker: Object.assign(fromPerson(holder), { said }), span, strong: true };
    // "Serrant's foreign ministry", an office of a party nobody in the roster holds: kept as said, the party's.
    if (office && parties.length > 0)
      return {
        speaker: { name: said, partyId: parties.at(-1)!, via: 'description', said },
        span,
        strong: true,
      };
    // An office nobody in the roster holds: described as before, its "of" phrase aside.
    const desc = IS_DESC.test(phrase) ? phrase : DESC_START.exec(phrase)?.[0];
    // "Serrant officials", "the Obravian delegation": described, but their party is named.
    // "The representative of Torvania", "the Permanent Representative of Norland": one who speaks
    // for the party the "of" phrase names, the party's own.
    // "The Torvanian representative": the adjective names the party it speaks for.
    const party =
      desc === undefined
        ? undefined
        : (hitsWithin(inside, [start, start + desc.length]).at(-1)?.id ??
          (DELEGATE.test(desc)
            ? (inside.findLast((h) => h.kind === 'party')?.id ?? oneAdjectiveParty(desc, ctx))
            : undefined));
    if (desc && party)
      return { speaker: { ...resolveDescription(desc, start, ctx), partyId: party }, span, strong: true };
    if (desc)
      return strongOnly ? undefined : { speaker: resolveDescription(desc, start, ctx), span, strong: false };
  }
  const hit = person ?? inside.at(-1);
  if (hit) return aideOf(hit, ctx) ?? { speaker: fromHit(hit, ctx, 'name'), span: hit.span, strong: true };
  // "the PMOS", an office the document spelled out before: its roster holder, else the office as described.
  const spelled = spelledOutOffice(phrase, start, ctx.text);
  const holder = spelled ? officeHolder(spelled, ctx.gazetteer, ctx.text) : undefined;
  if (spelled)
    return {
      speaker: {
        ...(holder ? fromPerson(holder) : { name: `the ${spelled}`, via: 'description' }),
        said: phrase,
      },
      span,
      strong: true,
    };
  if (!allowUnknown) return undefined;
  return { speaker: { name: phrase.replace(/^The\s+/, ''), via: 'name' }, span, strong: true };
}

const DELEGATE = /\b(?:representative|delegate|delegation|observer|ambassador|side)s?$/i;

/** "Dahl's spokesman said": the aide a person's possessive opens speaks, described, on that person's side. */
export function aideOf(hit: NameHit, ctx: SpeakerContext): Attribution | undefined {
  if (hit.kind !== 'person' && hit.kind !== 'unknown') return undefined;
  const aide = aideAfter(ctx.text, hit.span[1]);
  if (aide === undefined) return undefined;
  const span: Span = [hit.span[0], hit.span[1] + aide.length];
  const name = ctx.text.slice(span[0], span[1]);
  const party = fromHit(hit, ctx, 'description').partyId;
  const speaker: Speaker = party
    ? { name, partyId: party, via: 'description', said: name }
    : { name, via: 'description', said: name };
  return { speaker, span, strong: true };
}

// Protocol names a dignitary by the honorific alone after naming them once with it: "Under the
// patronage of His Highness Sheikh Nawaf …", then ""…," His Highness added".
// "Her Excellency" is the last one named "Her Excellency", not a "His Excellency" named since.
const HONORIFIC = /^(His|Her)\s+(?:Royal\s+)?(Highness|Excellency|Majesty)$/;

/** The person last named with the honorific (`his`/`her`, `word`) before `at`, subjects first. */
function honoured(pronoun: string, word: string, at: number, ctx: SpeakerContext): Speaker | undefined {
  const hit = lastHit(
    ctx,
    at,
    (h) => isPersonHit(h) && h.titles.includes(word) && h.titles.includes(pronoun),
  );
  return hit ? fromHit(hit, ctx, 'title') : undefined;
}

/** The one party a phrase names by its adjective ("Arvenian"), if exactly one. */
function oneAdjectiveParty(phrase: string, ctx: SpeakerContext): string | undefined {
  const parties = partiesByAdjective(phrase, ctx.gazetteer);
  return parties.length === 1 ? parties[0] : undefined;
}
