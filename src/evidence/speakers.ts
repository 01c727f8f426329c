// Who said a quotation. Patterns around the quote, strongest first: a name next to a
// reporting verb after the quote ("..., Rutte said"), a named subject of a reporting verb
// before it ("Rutte told reporters that ..."), then pronouns and titles resolved backwards.
import { titledBefore } from './appositionTitles.ts';
import type { Gazetteer } from './gazetteer.ts';
import { REPORTING_VERBS, SPEAKER_NOUNS } from './lexicon.ts';
import { firstHitFrom, hitsWithin, type NameHit } from './names.ts';
import { officeHolder, partiesByAdjective } from './offices.ts';
import { namesPrincipal, type PagePrincipal } from './ownPage.ts';
import { aideAfter } from './possessiveOffice.ts';
import { allMatches, lastMatch } from './regex.ts';
import { spelledOutOffice } from './spelledAcronyms.ts';
import type { RosterPerson, Span, Speaker } from './types.ts';

const NB = "(?<![\\p{L}\\p{M}'’])";
// "Minister of Water and Energy Ruta Vashti": an "and" inside an office's "of" phrase does not
// end the run (the lookbehind is only tried once " and " has matched).
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const NAME_RUN = `${WORD}(?:\\s+(?:(?:von|van|der|den|de|da|bin|al|of)\\s+)*${WORD}|\\s+and\\s+(?<=\\bof\\s+${WORD}\\s+and\\s+)${WORD})*`;
// Offices are capitalised before a name and often alone too ("The Ambassador set out ...").
// Offices the shared list lacks, before it so that "Secretary-General" wins over "Secretary".
const NOUNS = [
  'head of state',
  'head of government',
  'secretary-general',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  // "Surin's deputy said": a deputy speaks as an aide does.
  'deputy',
  // "The Drosvanian side said": translated officialese speaks for a party as its side.
  'side',
  // A meeting held under the Chatham House Rule reports its remarks by role alone: "A participant
  // said", "another speaker replied", "one panellist noted".
  'participant',
  'speaker',
  'panellist',
  'panelist',
  ...SPEAKER_NOUNS.split('|'),
]
  // Every word of an office may be capitalised: "Secretary-General", "Prime Minister".
  .map((n) =>
    n.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`),
  )
  .join('|');
// Wire copy also describes sources in the plural without an article: "Arliski officials speak of
// …", "Western diplomats said" — a capitalised qualifier before the noun, so that no common
// plural ("officials said" inside a clause) starts a speaker anywhere. A sentence may open with a
// qualifier of its own before the capitalised one ("Senior Arvenian officials", "Two Western diplomats").
const BARE_PLURAL = `(?:\\p{Lu}\\p{Ll}+\\s+(?=\\p{Lu}))?\\p{Lu}[\\p{L}'’-]+\\s+(?:senior\\s+)?(?:officials|diplomats|sources|negotiators|delegates)(?![\\p{L}'’])`;
const ARTICLED = `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:(?:\\p{Lu}\\.)+\\s+|(?![\\p{L}]+ed\\s)[\\p{L}'’-]+\\s+|unnamed\\s+){0,4}?(?:${NOUNS})(?![\\p{L}'’])`;
const DESCRIPTION = `(?:${ARTICLED}|${BARE_PLURAL})`;
const PRONOUN = '(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\b';
const DESC = `${NB}${DESCRIPTION}`;
// An office phrase runs on through its "of" ("the Minister of Water and Energy", "the
// Secretary-General of the Meridian League") or opens with its party's possessive
// ("Belmora's chief negotiator"): the office resolves to its holder in the roster.
const OFFICE_TAIL = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?${WORD}(?:\\s+(?:(?:and|of|the)\\s+)*${WORD}){0,4})?`;
const POSSESSIVE = `${NB}\\p{Lu}[\\p{L}\\p{M}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.-]*){0,2}['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS})(?![\\p{L}'’])${OFFICE_TAIL}`;
// Every candidate starts where no letter stands before it: that is tested once, not per form.
const CAND = `(${NB}(?:${DESCRIPTION}${OFFICE_TAIL}|${PRONOUN}|${NAME_RUN}))`;

const ADV =
  '(?:(?:also|then|later|previously|earlier|further|once|again|reportedly|had|has|have|was|is|would|simply|just)\\s+){0,2}';
const APPOS = '(?:,[^,"_]{1,100},)?';
// "Officials speak of "more than three thousand"": a figure or a phrase given as someone's.
const VERB = `(?:${REPORTING_VERBS}|speaks? of|spoke of)`;
// The translated style of presidencies and ministries sets a dash between the quotation and its
// attribution: "«The text is final», – Surin stressed.", "“…,” — noted Pavel Surin."
const LEAD = '^[,.!?;:]?\\s*(?:[—–]\\s*)?';

// '"…," per one official.': a wire's "per" attributes as "according to" does.
const AFTER_ACCORDING = new RegExp(`${LEAD}(?:according to|per)\\s+${CAND}`, 'u');
const AFTER_DASH = new RegExp(`^\\s?[—–]\\s?${CAND}(?:,[^,"_]{1,100})?[.;]?\\s*$`, 'u');
const AFTER_VERB_FIRST = new RegExp(`${LEAD}${VERB}\\s+${CAND}`, 'u');
// '"…," said the Authority's chief executive, Rasmus Thorvald.': the wire's inverted attribution
// gives the office first and the name in apposition after it, closing the sentence or the clause.
const AFTER_VERB_OFFICE_NAME = new RegExp(
  `${LEAD}${VERB}\\s+(?:the|its|his|her|their|an?)\\s+[^,"_.;]{1,60},\\s+(${NB}${NAME_RUN})(?=\\s*(?:[.,;]|$))`,
  'u',
);
// '"…," said Secretary of the Treasury Ada Lind.': an office whose body takes "the" runs on to the
// name after it, and so does one whose portfolio follows "for" ('says Minister for Trade Ada Lind')
// (tried right after a quotation only: elsewhere "Representatives of the Union" and "the
// Government of the Republic" open sentences as no one's name).
const AFTER_VERB_OFFICE_OF = new RegExp(
  `${LEAD}${VERB}\\s+(${NB}${WORD}(?:\\s+${WORD}){0,2}\\s+(?:of\\s+the|for)\\s+${NAME_RUN})`,
  'u',
);
// '"…," said external affairs ministry spokesperson Ada Lind at the briefing': an office in lower
// case without its article, as Indian and other English-language dailies write it, then the name.
const AFTER_VERB_LOWER_OFFICE = new RegExp(
  `${LEAD}${VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${NOUNS})\\s+(${NB}${NAME_RUN})`,
  'u',
);
// The possessive form ("Belmora's chief negotiator said") is only tried right after the quotation:
// in the scans that try every capitalised word it cost more than it found. Elsewhere a
// possessive name is followed to its office when it is resolved.
const AFTER_POSSESSIVE = new RegExp(`${LEAD}(${POSSESSIVE})${APPOS}\\s+${ADV}${VERB}\\b`, 'u');
const POSSESSIVE_S = /['’]s\s/;
// Up to six words may qualify the name: "Norland's special envoy Henrik Dahl told".
const AFTER_NAME_FIRST = new RegExp(
  `${LEAD}(?:(?!(?:while|but|and|as|although|though|whereas|when|after|before|because)\\s)[\\p{L}'’.-]+\\s+){0,6}?${CAND}${APPOS}\\s+${ADV}${VERB}\\b`,
  'u',
);
// '"…" — was first used by Secretary Hadley', '"…" was coined by the envoy': the passive gives the
// one whose words they were after "by" (an explainer tracing a line to its author).
const AFTER_PASSIVE = new RegExp(
  `${LEAD}(?:was|were|had\\s+been|has\\s+been)\\s+(?:first\\s+|originally\\s+)?(?:used|coined|uttered|spoken|said|voiced)\\s+by\\s+${CAND}`,
  'u',
);
const PASSIVE_BY = /^[,.!?;:]?\s*(?:[—–]\s*)?(?:was|were|ha[sd]\s+been)\s/;
const BEFORE_ACCORDING = new RegExp(`^According to\\s+${CAND}`, 'u');
const VERBS = new RegExp(`\\b${VERB}\\b`, 'g');
const HAS_VERB = new RegExp(`\\b${VERB}\\b`);
// The same candidates, but a position whose letter can start none of them fails on one
// range test instead of three lookbehinds (every uppercase letter is A-Z or above U+00BF):
// this scan runs before every quotation.
const CANDIDATES = new RegExp(`(?=[A-Ztasohi\\u00C0-\\u{10FFFF}])${CAND}`, 'gu');
const PREPOSITION =
  /\b(?:with|to|from|for|against|between|about|on|at|in|of|towards?|into|by|and|than|over)\s+(?:the\s+)?$/i;
// ", who chairs the Union assembly's committee,": names in an appositive are not the subject.
const APPOSITIVE = /,\s+(?:who|which|whose|a|an|the|one)\b[^,"_]*,/g;
const ONLY_AUXILIARIES = /^\s*(?:(?:has|had|have|also|later|then|again|previously|once)\s+)*$/;
// ", has just told": a comma and a few lower-case words (auxiliaries, adverbs) before the verb.
const ADVERBS_TO_VERB = /^,\s*(?:\p{Ll}+\s+){0,3}$/u;
const APPOSED_TO_OBJECT =
  /\b(?:with|to|from|for|against|between|about|towards?|by)\s+(?:the\s+|an?\s+)?[^,;:"_]{1,60},\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;
// "A spokesman for the Citadel, Pavel Surin, speaking from …, said": the "for" phrase belongs to
// an office opening the sentence, and the name in apposition is that office's, the subject.
const OFFICE_OPENS_SENTENCE = new RegExp(
  `(?:^|[.!?:;]["”’]?\\s+|\\n)\\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)?\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS})\\s+(?:for|of)\\s+[^,;:"_]{1,60},\\s*(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?$`,
  'u',
);
const OPENS_CLAUSE =
  /(?:\b(?:which|where|who|whom|whose|when|that|as|while)|\band\s+(?:afterwards|then|later))\s*,?\s*$/i;
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
// "talks with President Kostal, who said …": the name a relative "who" follows is its verb's subject.
const WHO_BEFORE_VERB = /^,\s*who\s+(?:(?:has|had|have|also|later|then|again|previously|once)\s+)*$/;
// "Torvania's foreign ministry spokesperson": an office of an office runs on to its last noun.
const OFFICE_AFTER = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS})(?:\\s+(?:${NOUNS}))*(?![\\p{L}'’])`,
  'u',
);
const IS_DESC = new RegExp(`^${DESC}$`, 'u');
const DESC_START = new RegExp(`^${DESC}`, 'u');
const IS_PRON = new RegExp(`^${NB}${PRONOUN}$`, 'u');
// Every description opens with one of a few letters: a cheap first test for the backward scans.
// A bare plural ("Arliski officials") is only taken beside its verb, never looked back for.
const DESC_ANYWHERE = new RegExp(`(?=[TtAaOoSs])${NB}${ARTICLED}`, 'gu');

// A sentence whose subject is an office or a pronoun and whose verb follows it: "The Head of State
// thanked President Birch …", "The envoy noted that … headed by Andriy Haleta", "He told Dahl …".
// The first name after them is an object, not the one speaking. An office's "of" phrase is still
// the subject ("The President of Arvenia Mira Kostal said"), and so is the name a cleft sets after
// its copula ("It was Philippa Gorran who set the tone").
const DESCRIBED_OPENING = new RegExp(
  `^\\s*(?:${DESC}${OFFICE_TAIL}|(?:He|She|They|It|We|I)(?![\\p{L}'’]))\\s+(?!(?:of|for|to|and|or|on|in|at|with|from|is|was|are|were)\\s)\\p{Ll}`,
  'u',
);

/** Whether a sentence's opening (up to its first name) is an office or a pronoun with its verb: the name is no subject. */
export const opensWithOtherSubject = (opening: string): boolean => DESCRIBED_OPENING.test(opening);

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

const isPersonHit = (h: NameHit) => !h.inQuote && (h.kind === 'person' || h.kind === 'unknown');

/** Last suitable hit before `at`, subjects first, looking back at most `window` characters. */
function lastHit(
  ctx: SpeakerContext,
  at: number,
  ok: (h: NameHit) => boolean,
  window = 3000,
): NameHit | undefined {
  let fallback: NameHit | undefined;
  for (let i = firstHitFrom(ctx.hits, at) - 1; i >= 0; i--) {
    const hit = ctx.hits[i]!;
    if (hit.span[1] > at) continue;
    if (hit.span[0] < at - window) break;
    if (!ok(hit)) continue;
    if (hit.subject) return hit;
    fallback ??= hit;
  }
  return fallback;
}

/** A word without one final "s": the titles and heads of descriptions are compared so. */
const singular = (word: string) => (word.endsWith('s') ? word.slice(0, -1) : word);

// Readouts name a leader by function: "the Head of State" is the president (or the monarch) the
// text named last, "the Head of Government" the prime minister.
const FUNCTION_TITLE: Record<string, string> = { state: 'president', government: 'prime' };
const FUNCTION_OFFICE: Record<string, string> = { state: 'president', government: 'prime minister' };
const BY_FUNCTION = /\bhead of (state|government)$/;

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

function resolveDescription(desc: string, at: number, ctx: SpeakerContext): Speaker {
  const owner = pageOwner(desc, ctx);
  if (owner) return owner;
  const ofIts = oneOfIts(desc, at, ctx);
  if (ofIts) return ofIts;
  const words = desc.toLowerCase().split(/\s+/);
  const byFunction = BY_FUNCTION.exec(desc.toLowerCase());
  const head = byFunction ? FUNCTION_TITLE[byFunction[1]!]! : singular(words[words.length - 1]!);
  const byTitle = lastHit(
    ctx,
    at,
    (h) =>
      isPersonHit(h) &&
      (h.titles.some((t) => singular(t) === head) || titledBefore(ctx.text, h.runStart, head)),
  );
  if (byTitle && /^the\b/.test(words[0]!)) return fromHit(byTitle, ctx, 'title');
  // "The President of Torvania held a meeting … "…," the head of state said": the holder of the
  // office in the party the text named last, though no one was named.
  if (byFunction) {
    const party = lastHit(ctx, at, (h) => !h.inQuote && h.kind === 'party', 1500);
    const office = FUNCTION_OFFICE[byFunction[1]!]!;
    const holder = party && officeHolder(office, ctx.gazetteer, ctx.text, [party.id!]);
    if (holder) return { ...fromPerson(holder), via: 'title' };
  }
  // "the official said" after "a senior administration official told ...": the same unnamed source.
  // An earlier description ends with the same head word, so a window without it holds none.
  let earlier: string | undefined;
  const window = ctx.masked.slice(Math.max(0, at - 1500), at);
  if (/^the\b/i.test(desc) && window.toLowerCase().includes(head)) {
    for (const m of allMatches(DESC_ANYWHERE, window))
      if (singular(m[0].toLowerCase()).endsWith(head)) earlier = m[0];
  }
  if (!earlier) {
    const named = namedBefore(desc, head, at, ctx);
    if (named) return named;
  }
  const chosen = earlier ?? desc;
  // "Two officials" are officials: the count says how many spoke, not who.
  return { name: chosen.replace(QUANTIFIER, ''), via: 'description' };
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

function resolvePronoun(pron: string, at: number, ctx: SpeakerContext): Speaker | undefined {
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
  if (!party) return undefined;
  const holder = officeHolder(phrase, ctx.gazetteer, ctx.text, [party]);
  if (holder) return Object.assign(fromPerson(holder), { via: 'pronoun' as const, said: phrase });
  return { name: phrase.replace(/^the\s+/i, ''), partyId: party, via: 'description', said: phrase };
}

// A colon's clause that opens with the speaker's words by a possessive: "His words, as translated
// by our bureau:", "In her words:", "Their message was blunt:".
const THEIR_WORDS =
  /^\s*(?:[Ii]n\s+)?([Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:words|message|reply|answer|response)\b/;
const PRONOUN_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** The one whose words a clause opening "His words …" announces: who the pronoun is, a weak answer. */
export function possessiveSpeaker(
  clause: string,
  offset: number,
  ctx: SpeakerContext,
): Attribution | undefined {
  const m = THEIR_WORDS.exec(clause);
  if (!m) return undefined;
  const at = offset + m[0].indexOf(m[1]!);
  const speaker = resolvePronoun(PRONOUN_OF[m[1]!.toLowerCase()]!, at, ctx);
  return speaker ? { speaker, span: [at, at + m[1]!.length], strong: false } : undefined;
}

// "Dubenko recalled the words of the President …:", "Let me quote the words of the Minister:", "In
// the words of Henrik Dahl:": the clause gives the quotation to the one whose words it names.
const WORDS_OF = new RegExp(`\\bwords\\s+of\\s+${CAND}`, 'u');

/**
 * The one whose words a clause before a colon names ("the words of the President"), a strong
 * answer: the clause's own subject only relays them. A bare office ("the President") is the
 * holder on the side of whoever relays it (the subject, else the turn's speaker or the page's
 * publisher): an aide recalling "the words of the President" recalls his own president's.
 */
export function wordsOfSpeaker(clause: string, offset: number, ctx: SpeakerContext): Attribution | undefined {
  const m = clause.includes('words') ? WORDS_OF.exec(clause) : null;
  if (!m || IS_PRON.test(m[1]!)) return undefined;
  const phrase = m[1]!;
  const at = offset + m.index + m[0].length - phrase.length;
  if (
    /^the\s/i.test(phrase) &&
    IS_DESC.test(phrase) &&
    hitsWithin(ctx.hits, [at, at + phrase.length]).length === 0
  ) {
    const party =
      clauseSubject(ctx, offset, offset + m.index)?.speaker.partyId ??
      ctx.voiceAt?.(at)?.partyId ??
      ctx.pageParty;
    const holder = party ? officeHolder(phrase, ctx.gazetteer, ctx.text, [party]) : undefined;
    if (holder)
      return {
        speaker: Object.assign(fromPerson(holder), { said: phrase }),
        span: [at, at + phrase.length],
        strong: true,
      };
  }
  const found = resolveCandidate(phrase, at, ctx, false);
  return found?.strong ? found : undefined;
}

/**
 * The person whose name opens the clause `[start, end)`, if one does ("President Varga has …",
 * "Teskaro's Secretary of State Jonah Pelt put it …": a party's possessive may open the name).
 */
export function clauseSubject(ctx: SpeakerContext, start: number, end: number): Attribution | undefined {
  const i = firstHitFrom(ctx.hits, start);
  const first = ctx.hits[i];
  if (!first || first.span[0] >= end || first.runStart > start + 1 || first.inQuote) return undefined;
  // "The Review's own translation … reads:": a person's possessive opens the subject, it is not it.
  // "Surin's deputy on the radio:": the aide it opens is the subject.
  if (first.kind !== 'party' && POSSESSIVE_S.test(ctx.text.slice(first.span[1], first.span[1] + 3))) {
    const aide = aideOf(first, ctx);
    return aide && aide.span[1] <= end ? { ...aide, strong: false } : undefined;
  }
  const hit = first.kind === 'party' ? afterPossessive(ctx, first, ctx.hits[i + 1]) : first;
  return hit && hit.span[0] < end
    ? { speaker: fromHit(hit, ctx, 'name'), span: hit.span, strong: false }
    : undefined;
}

/**
 * The description that opens the clause `[start, end)`, if one does ("A Helvanian diplomat involved
 * in the talks put it bluntly: …"): a weak answer, as descriptions are.
 */
export function clauseDescription(ctx: SpeakerContext, start: number, end: number): Attribution | undefined {
  const lead = /^\s*/.exec(ctx.masked.slice(start, end))![0].length;
  const desc = DESC_START.exec(ctx.masked.slice(start + lead, Math.min(end, start + lead + 120)))?.[0];
  if (!desc) return undefined;
  const at = start + lead;
  return { speaker: resolveDescription(desc, at, ctx), span: [at, at + desc.length], strong: false };
}

/** The person a party's possessive and that person's titles lead to ("Norland's special envoy Henrik Dahl"). */
function afterPossessive(
  ctx: SpeakerContext,
  party: NameHit,
  next: NameHit | undefined,
): NameHit | undefined {
  if (next?.kind !== 'person' || next.inQuote) return undefined;
  const between = /^['’]s\s+([^,;:"]{0,60})$/.exec(ctx.text.slice(party.span[1], next.span[0]));
  if (!between) return undefined;
  const titles = new Set(next.titles);
  return between[1]!.split(/\s+/).every((w) => w === '' || titles.has(w.toLowerCase())) ? next : undefined;
}

/**
 * Resolves one candidate phrase at `[start, end)`; undefined when it cannot speak, or when
 * `strongOnly` and it could only be a weak answer (a pronoun or a description).
 */
function resolveCandidate(
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
  const person = inside.findLast(
    (h) => h.kind !== 'party' && !(h.kind === 'unknown' && oneAdjectiveParty(h.name, ctx) !== undefined),
  );
  if (!person) {
    const owner = inside.length === 0 ? pageOwner(phrase, ctx) : undefined;
    if (owner) return { speaker: owner, span, strong: true };
    const parties = inside.filter((h) => h.kind === 'party').map((h) => h.id!);
    // "Belmora's" before "chief negotiator said": the office the possessive opens.
    const office = /['’]s$/.test(phrase)
      ? OFFICE_AFTER.exec(ctx.masked.slice(end, end + 60))?.[0]
      : undefined;
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
function aideOf(hit: NameHit, ctx: SpeakerContext): Attribution | undefined {
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

// Made once: written inline, a \p{…} pattern is rebuilt on every call in the built engine.
const OPENS_CAPITAL = /^\s*\p{Lu}/u;

/** Finds the speaker from the text right after the closing mark (masked, paragraph-bounded). */
export function speakerAfter(
  afterText: string,
  offset: number,
  ctx: SpeakerContext,
  endedSentence: boolean,
): Attribution | undefined {
  // An attribution sits right after the quote: 160 characters is plenty, and bounds the regexes' work.
  // '"…" — a senior diplomat.': a dash before the speaker attributes without a verb.
  const dashed = /^\s?[—–]/.test(afterText) ? AFTER_DASH.exec(afterText) : null;
  if (dashed) return resolveCandidate(dashed[1]!, offset + dashed[0].indexOf(dashed[1]!), ctx, true);
  const passive = PASSIVE_BY.test(afterText) ? AFTER_PASSIVE.exec(afterText) : null;
  if (passive) {
    const found = resolveCandidate(passive[1]!, offset + passive[0].indexOf(passive[1]!), ctx, false);
    if (found) return found;
  }
  const verbAt = afterText.slice(0, 160).search(HAS_VERB);
  // '", per one delegate.' and '," per one delegate.' alike; "per Article 4" cites a text, not a source.
  const accordingAt = afterText.search(
    /according to|^[,.]?\s?per\s(?!(?:Article|Art\.|Section|Clause|Paragraph|Annex|Chapter|Rule|Point|Item|Schedule|Appendix)\b)/,
  );
  if (verbAt === -1 && (accordingAt === -1 || accordingAt > 4)) return undefined;
  // Nothing far past the verb matters: cutting there bounds the patterns' backtracking.
  const after = afterText.slice(0, Math.max(verbAt, accordingAt) + 80);
  // '"... side." Putin noted' starts a new sentence: Putin is not this quotation's speaker.
  if (endedSentence && OPENS_CAPITAL.test(after) && !AFTER_VERB_FIRST.test(after)) return undefined;
  for (const pattern of [
    AFTER_ACCORDING,
    AFTER_VERB_OFFICE_NAME,
    AFTER_VERB_OFFICE_OF,
    AFTER_VERB_LOWER_OFFICE,
    AFTER_VERB_FIRST,
    AFTER_POSSESSIVE,
    AFTER_NAME_FIRST,
  ]) {
    // Two forms need words a plain search finds first: "according to", a possessive's "'s".
    if (pattern === AFTER_ACCORDING && accordingAt === -1) continue;
    if (pattern === AFTER_POSSESSIVE && !POSSESSIVE_S.test(after)) continue;
    const m = pattern.exec(after);
    if (!m) continue;
    const phrase = m[1]!;
    const found = resolveCandidate(
      phrase,
      offset + m.index + m[0].indexOf(phrase),
      ctx,
      // A name outside the roster in apposition is a full name ("…, Rasmus Thorvald"), never one word.
      pattern === AFTER_ACCORDING || (pattern === AFTER_VERB_OFFICE_NAME && phrase.includes(' ')),
    );
    if (found) return found;
  }
  return undefined;
}

// "The Ostrevan side, headed by Deputy Foreign Minister Casimir Lode, told reporters": a side or a
// delegation speaks through the one who leads it, named in the appositive before the verb.
const LED_BY = /,\s*(?:led|headed)\s+by\s+$/;
const BEFORE_VERB = /^,\s*(?:(?:has|had|have|also|later|then|again)\s+)*$/;
const leadsSubject = (head: string, at: number, length: number): boolean =>
  LED_BY.test(head.slice(Math.max(0, at - 16), at)) && BEFORE_VERB.test(head.slice(at + length));

// "A statement from the Foreign Ministry said …": the body that issues a text speaks through it.
const ISSUED_BY =
  /\b(?:statement|readout|communiqu[ée]|release|note|message)\s+(?:from|by|of)\s+(?:the\s+)?$/i;

// "took with it what officials called "a list of questions"": the plural a "what" opens is the
// subject of its verb, in lower case and without an article as wire copy writes it.
const WHAT_THEY_CALL =
  /\bwhat\s+((?:senior\s+|some\s+|many\s+)?(?:officials|diplomats|sources|negotiators|delegates|analysts|experts|observers|critics|aides|insiders|mediators))\s+$/;

// "… a day after its foreign ministry spokeswoman said "…"": an office a party's pronoun owns,
// right before the verb, is that office's holder in the party the text named last; so at a
// sentence's start ("The delegation was guarded. Its spokesman would say only that …").
const ITS_OFFICE = new RegExp(
  `\\b(?:[Ii]ts|[Tt]heir)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS}))\\s+${ADV}$`,
  'u',
);

/** The holder of an office "its" or "their" gives the subject of the verb at `verbAt`, if so. */
function itsOffice(
  before: string,
  verbAt: number,
  offset: number,
  ctx: SpeakerContext,
): Attribution | undefined {
  const m = ITS_OFFICE.exec(before.slice(Math.max(0, verbAt - 80), verbAt));
  if (!m) return undefined;
  const at = offset + verbAt - m[0].length + m[0].indexOf(m[1]!);
  const party = lastHit(ctx, at, (h) => !h.inQuote && h.kind === 'party', 1500);
  if (!party) return undefined;
  // "its spokesman" is the party's "Citadel spokesman": the bare office may be part of the roster's.
  const holder = officeHolder(m[1]!, ctx.gazetteer, ctx.text, [party.id!], true);
  const span: Span = [at, at + m[1]!.length];
  const speaker: Speaker = holder
    ? Object.assign(fromPerson(holder), { said: m[1]! })
    : { name: m[1]!, partyId: party.id!, via: 'description', said: m[1]! };
  return { speaker, span, strong: holder !== undefined };
}

/**
 * Finds the speaker in the clause before the opening mark: the subject of its last reporting
 * verb. With `strongOnly` (the caller holds a weak answer already) only a strong one is sought.
 */
// "Al-Suwaidan raised the Union's side track on Zardanian assets, and said the Nejdaris would "…"": a
// verb after "and" with no subject of its own shares the one that opens the sentence (the names
// between are the first verb's objects).
const OPENING_CANDIDATE = new RegExp(`^${CAND}`, 'u');
const AND_BEFORE_VERB = /(?:,\s*|\s)and\s+(?:(?:also|then|later|again)\s+)?$/;
function sharedSubject(
  before: string,
  verbAt: number,
  offset: number,
  ctx: SpeakerContext,
  strongOnly: boolean,
): Attribution | undefined {
  if (!AND_BEFORE_VERB.test(before.slice(Math.max(0, verbAt - 20), verbAt))) return undefined;
  const found = openingSubject(before, verbAt, offset, ctx, strongOnly);
  return found?.speaker.personId ? found : undefined;
}

/** The strong candidate opening the sentence (or its heading's colon clause) that holds `verbAt`. */
function openingSubject(
  before: string,
  verbAt: number,
  offset: number,
  ctx: SpeakerContext,
  strongOnly: boolean,
): Attribution | undefined {
  // The sentence's start, or its heading's colon ("5. (C) Assets: Al-Suwaidan raised …").
  // (A stop not found leaves the clause's own start: -1 + 2 would cut its first letter.)
  const after = (mark: string) => {
    const at = before.lastIndexOf(mark, verbAt);
    return at === -1 ? 0 : at + 2;
  };
  const start = Math.max(after('. '), after(': '), before.lastIndexOf('\n', verbAt) + 1, verbAt - 300, 0);
  const opening = /^\s*/.exec(before.slice(start, verbAt))![0].length + start;
  const first = OPENING_CANDIDATE.exec(before.slice(opening, verbAt));
  if (!first) return undefined;
  const found = resolveCandidate(first[1]!, offset + opening, ctx, false, strongOnly);
  return found?.strong ? found : undefined;
}

/**
 * "Kostal praised the envoy, Mr Dahl, for what she called …", "the bank, which he described as …":
 * a pronoun right before the verb is its subject, and the names between it and the sentence's
 * opening are the objects of another verb: the pronoun goes back to the sentence's subject. Set
 * off by commas ("Norland, she said, had …") it goes back past the name before it, as pronouns do.
 */
function pronounSubject(
  head: string,
  pronounAt: number,
  pronoun: string,
  offset: number,
  ctx: SpeakerContext,
): Attribution | undefined {
  const span: Span = [offset + pronounAt, offset + pronounAt + pronoun.length];
  if (/,\s*$/.test(head.slice(Math.max(0, pronounAt - 3), pronounAt))) {
    const speaker = resolvePronoun(pronoun, offset + pronounAt, ctx);
    return speaker ? { speaker, span, strong: false } : undefined;
  }
  const opening = openingSubject(head, pronounAt, offset, ctx, false);
  if (!opening || opening.span[0] >= offset + pronounAt) return undefined;
  // "a draft which she said …", "to Fjellby, where he said …", "…, and afterwards he said …": a
  // pronoun opening a relative or later clause goes to the nearest person, as pronouns do ("the
  // bank, which he described as …" still goes back: a bank is no "he").
  if (
    OPENS_CLAUSE.test(head.slice(Math.max(0, pronounAt - 30), pronounAt)) &&
    hitsWithin(ctx.hits, [opening.span[1], offset + pronounAt]).some((h) => isPersonHit(h) && !h.inQuote)
  )
    return undefined;
  // "Mr Varin praised Kostal for what she called …": an honorific of the other sex rules it out.
  const honorific = HONORIFIC_BEFORE.exec(
    head.slice(Math.max(0, opening.span[0] - offset - 6), opening.span[0] - offset),
  );
  if (honorific && (honorific[1] === 'Mr') !== /^he$/i.test(pronoun)) return undefined;
  return opening;
}

export function speakerBefore(
  before: string,
  offset: number,
  ctx: SpeakerContext,
  strongOnly = false,
): Attribution | undefined {
  const according = before.startsWith('According to') ? BEFORE_ACCORDING.exec(before) : null;
  if (according)
    return resolveCandidate(
      according[1]!,
      offset + according[0].indexOf(according[1]!),
      ctx,
      true,
      strongOnly,
    );
  const verb = lastMatch(VERBS, before);
  if (!verb) return undefined;
  const what = WHAT_THEY_CALL.exec(before.slice(Math.max(0, verb.index - 40), verb.index));
  if (what) {
    const at = offset + verb.index - what[0].length + what[0].indexOf(what[1]!);
    return {
      speaker: { name: what[1]!, via: 'description' },
      span: [at, at + what[1]!.length],
      strong: false,
    };
  }

  const its = itsOffice(before, verb.index, offset, ctx);
  if (its) return its;
  const shared = sharedSubject(before, verb.index, offset, ctx, strongOnly);
  if (shared) return shared;
  // The subject sits within a few words of its verb; 240 characters bounds the candidate scan. A
  // semicolon before the verb opens its clause: "Dalvany has said it will sign first; an Ondrian
  // official said the order had "not been discussed"" — the name before it is another clause's subject.
  const from = Math.max(0, verb.index - 240, before.lastIndexOf(';', verb.index) + 1);
  const head = before.slice(0, verb.index).replace(APPOSITIVE, (m) => ' '.repeat(m.length));
  const candidates = allMatches(CANDIDATES, head.slice(from))
    .map((m) => Object.assign(m, { index: m.index + from }))
    .reverse();
  let weak: Attribution | undefined;
  for (const m of candidates) {
    // "talks with Putin, Rubio said": not the speaker; "with Zelensky saying": the speaker.
    const preceding = head.slice(Math.max(0, m.index - 12), m.index);
    const between = head.slice(m.index + m[1]!.length);
    const subjectOfVerb =
      WHO_BEFORE_VERB.test(between) ||
      (ONLY_AUXILIARIES.test(between) && (/ing$/.test(verb[0]) || /,\s*and\s*$/.test(preceding)));
    const issuer = ISSUED_BY.test(head.slice(Math.max(0, m.index - 40), m.index));
    // "…; and Mr Roscoe, in Mirevo last week, said": an "and" after a semicolon opens a clause.
    const opensClause = issuer || /;\s*and\s*$/.test(preceding);
    if (
      !subjectOfVerb &&
      !opensClause &&
      PREPOSITION.test(preceding) &&
      !leadsSubject(head, m.index, m[1]!.length)
    )
      continue;
    // "Surin, in a call with the President of Arvenia, Mira Kostal, on Monday stressed": a name set
    // in apposition to a preposition's object, its commas closing on more than the verb, is that
    // object, not the verb's subject ("A spokesman for the delegation, Ada Lind, said" is the subject).
    if (
      between.startsWith(',') &&
      !ADVERBS_TO_VERB.test(between) &&
      APPOSED_TO_OBJECT.test(head.slice(Math.max(0, m.index - 80), m.index)) &&
      !OFFICE_OPENS_SENTENCE.test(head.slice(Math.max(0, m.index - 120), m.index))
    )
      continue;
    // "Lena Vos (Arvenia) said": the bracketed party is the aside of the name before it.
    if (preceding.endsWith('(') && head[m.index + m[1]!.length] === ')') continue;
    // A pronoun right before the verb is its subject: see pronounSubject.
    if (weak === undefined && !strongOnly && IS_PRON.test(m[1]!) && ONLY_AUXILIARIES.test(between)) {
      const subject = pronounSubject(head, m.index, m[1]!, offset, ctx);
      if (subject) return subject;
    }
    // Once a weak answer is kept, only a strong one can change it: pronouns and descriptions,
    // always weak, are not looked back for (each such look scans up to 1,500 characters).
    const found = resolveCandidate(m[1]!, offset + m.index, ctx, false, strongOnly || weak !== undefined);
    if (found?.strong) return found;
    // "… after Casterra handed both sides a draft, which a Casterran official described as "…"": a
    // description right before the verb is its subject, whatever name stands further back.
    if (found && weak === undefined && IS_DESC.test(m[1]!) && (issuer || ONLY_AUXILIARIES.test(between)))
      return found;
    weak ??= found;
  }
  return weak;
}
