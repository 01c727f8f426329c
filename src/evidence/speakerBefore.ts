// Who said a quotation, read from the clause before its opening mark: the subject of its last
// reporting verb ("Rutte told reporters that ..."), an office "its" names, a subject shared over "and".
import { hitsWithin } from './names.ts';
import { officeHolder } from './offices.ts';
import { allMatches, lastMatch } from './regex.ts';
import { ADV, CAND, IS_DESC, IS_PRON, NOUNS, VERB } from './speakerPhrases.ts';
import {
  type Attribution,
  fromPerson,
  isPersonHit,
  lastHit,
  resolveCandidate,
  resolvePronoun,
  type SpeakerContext,
} from './speakers.ts';
import { isRole } from './turnLabels.ts';
import type { Span, Speaker } from './types.ts';

const BEFORE_ACCORDING = new RegExp(`^According to\\s+${CAND}`, 'u');
const VERBS = new RegExp(`\\b${VERB}\\b`, 'g');
// The same candidates, but a position whose letter can start none of them fails on one
// range test instead of three lookbehinds (every uppercase letter is A-Z or above U+00BF):
// this scan runs before every quotation.
const CANDIDATES = new RegExp(`(?=[A-Ztasohi\\u00C0-\\u{10FFFF}])${CAND}`, 'gu');
const PREPOSITION =
  /\b(?:with|to|from|for|against|between|about|on|at|in|of|towards?|into|by|and|than|over)\s+(?:the\s+)?$/i;
// ", who chairs the Union assembly's committee,": names in an appositive are not the subject; nor is
// the party whose office a possessive apposition gives ("Holm, Norland's chief negotiator, said").
const APPOSITIVE =
  /,\s+(?:(?:who|which|whose|a|an|the|one)\b|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s\s)[^,"_]*,/gu;
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

// "The Ostrevan side, headed by Deputy Foreign Minister Casimir Lode, told reporters": a side or a
// delegation speaks through the one who leads it, named in the appositive before the verb.
const LED_BY = /,\s*(?:led|headed)\s+by\s+$/;
const BEFORE_VERB = /^,\s*(?:(?:has|had|have|also|later|then|again)\s+)*$/;
const leadsSubject = (head: string, at: number, length: number): boolean =>
  LED_BY.test(head.slice(Math.max(0, at - 16), at)) && BEFORE_VERB.test(head.slice(at + length));

// "A statement from the Foreign Ministry said …": the body that issues a text speaks through it, so
// where the text is "issued by" it ("A readout issued by the Prime Minister's Office said …").
const ISSUED_BY =
  /\b(?:statement|readout|communiqu[ée]|release|note|message)\s+(?:(?:issued|released|published|put\s+out|sent|circulated|distributed)\s+)?(?:from|by|of)\s+(?:the\s+)?$/i;

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

// "Ada Lind, General Counsel, added", "Per Holm, Chief Executive of Fjord Metals, said": an office in
// capitals set off by commas between a name and its verb is the name's, not a second candidate. It
// holds an office word ("Pavel Surin" in "The spokesman, Pavel Surin, said" is the subject), and
// follows a whole name.
const OFFICE_APPOSED =
  /(?<=\p{L}),\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for)){0,7}),\s*$/u;
const APPOSED_REACH = 120;
const NAME_BEFORE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;
function withoutOfficeApposed(head: string): string {
  const from = Math.max(0, head.length - APPOSED_REACH);
  const m = OFFICE_APPOSED.exec(head.slice(from));
  if (!m || !m[1]!.split(/\s+/).some(isRole)) return head;
  const at = from + m.index;
  // Only after a name: "A spokesman for the ministry, Colonel Ada Lind, said" gives the office's holder.
  const name = NAME_BEFORE.exec(head.slice(Math.max(0, at - 60), at));
  if (!name || name[0].split(/\s+/).some(isRole)) return head;
  return head.slice(0, at) + ' '.repeat(head.length - at);
}

/** A speaker that is a party named as such, no person of it: "Torvania", not its minister. */
const isPartyOnly = (speaker: Speaker): boolean =>
  speaker.via === 'name' && speaker.partyId !== undefined && speaker.personId === undefined;

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
  const head = withoutOfficeApposed(
    before.slice(0, verb.index).replace(APPOSITIVE, (m) => ' '.repeat(m.length)),
  );
  const candidates = allMatches(CANDIDATES, head.slice(from))
    .map((m) => Object.assign(m, { index: m.index + from }))
    .reverse();
  let weak: Attribution | undefined;
  // "The envoy said Torvania's boats had pulled back, a step he described as "…"": once "he" or
  // "she" is the verb's subject, a party named further back is no answer — a state is not a "he".
  let personSubject = false;
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
      personSubject = /^(?:he|she)$/i.test(m[1]!);
    }
    // Once a weak answer is kept, only a strong one can change it: pronouns and descriptions,
    // always weak, are not looked back for (each such look scans up to 1,500 characters).
    const found = resolveCandidate(m[1]!, offset + m.index, ctx, false, strongOnly || weak !== undefined);
    if (personSubject && found && isPartyOnly(found.speaker)) continue;
    if (found?.strong) return found;
    // "… after Casterra handed both sides a draft, which a Casterran official described as "…"": a
    // description right before the verb is its subject, whatever name stands further back.
    if (found && weak === undefined && IS_DESC.test(m[1]!) && (issuer || ONLY_AUXILIARIES.test(between)))
      return found;
    weak ??= found;
  }
  return weak;
}
