// A quotation's speaker given by a colon: the clause or paragraph ending on one before the
// words ("Anja Veller noted:"), the subject of the sentences before it, a headline's name after it.
import { namedAsObject, objectOfFrontedPhrase } from './clauseObject.ts';
import { clauseDescription, clauseSubject, possessiveSpeaker, wordsOfSpeaker } from './clauseSpeakers.ts';
import { firstHitFrom, hitsWithin } from './names.ts';
import { clauseStart } from './quoteClauses.ts';
import type { QuoteSpan } from './quotes.ts';
import { speakerBefore } from './speakerBefore.ts';
import { type Attribution, fromHit, lastHit, resolvePronoun, type SpeakerContext } from './speakers.ts';
import type { Span } from './types.ts';

// A colon's clause reaches back this far for the subject it follows: a sentence or two.
const COLON_SUBJECT_REACH = 600;

/**
 * "Ada Lind spoke to the assembly on Monday. In our translation:", "Then, in a longer answer:": a
 * colon's clause that names no one and was read for a speaker in vain introduces the words of the
 * person the sentences just before it have as subject, in its paragraph (or in the paragraph it
 * ends, when the quotation opens the next). A roster person named since, who is no subject, may be
 * the one spoken to or about: then the words stay unattributed. A last resort, after a quotation
 * before has lent its speaker.
 */
export function subjectBeforeColon(
  quote: QuoteSpan,
  paragraphs: Span[],
  ctx: SpeakerContext,
): Attribution | undefined {
  const open = quote.inner[0] - 1;
  let from = paragraphs[quote.paragraph]![0];
  const start = clauseStart(ctx, from, open);
  let clause = start;
  let colon = open;
  if (!colonBefore(ctx, start, open)) {
    const intro = paragraphs[quote.paragraph - 1];
    if (!intro || from !== open || ctx.text[intro[1] - 1] !== ':') return undefined;
    [from, colon] = [intro[0], intro[1] - 1];
    clause = clauseStart(ctx, from, colon);
  }
  if (hitsWithin(ctx.hits, [clause, colon]).some((h) => h.kind === 'person' && !h.inQuote)) return undefined;
  const reach = Math.max(from, clause - COLON_SUBJECT_REACH);
  for (let i = firstHitFrom(ctx.hits, clause) - 1; i >= 0; i--) {
    const hit = ctx.hits[i]!;
    if (hit.span[0] < reach) break;
    if (hit.inQuote || hit.kind === 'party') continue;
    if (hit.subject) return { speaker: fromHit(hit, ctx, 'name'), span: hit.span, strong: false };
    if (hit.kind === 'person') return undefined;
  }
  return undefined;
}

// A headline gives the words first and the one who said them after a colon: '"Nobody has shown us
// the text": Foreign Minister Arsen Tovmas on the talks', '"A week more is better": Dahl'.
const HEADLINE_LENGTH = 200;

/** The person a headline names after its opening quotation's colon. */
export function headlineSpeaker(
  quote: QuoteSpan,
  paragraphs: Span[],
  ctx: SpeakerContext,
): Attribution | undefined {
  const [start, end] = paragraphs[quote.paragraph]!;
  if (
    start !== quote.inner[0] - 1 ||
    end - start > HEADLINE_LENGTH ||
    quote.lastParagraph !== quote.paragraph
  )
    return undefined;
  const colon = /^\s?:\s+/.exec(ctx.text.slice(quote.inner[1] + 1, end));
  if (!colon) return undefined;
  const subject = clauseSubject(ctx, quote.inner[1] + 1 + colon[0].length, end);
  return subject?.speaker.personId ? { ...subject, strong: true } : undefined;
}

/**
 * "President Varga has repeated the line she gave by phone: "…"": a colon before the mark
 * introduces the words of the sentence's subject, whatever its verb — when the sentence opens
 * with a person's name or a description ("A senior diplomat put it bluntly: "…"").
 */
export function colonSubject(ctx: SpeakerContext, start: number, open: number): Attribution | undefined {
  if (!colonBefore(ctx, start, open)) return undefined;
  const subject = clauseSubject(ctx, start, open);
  // "Thanking Ada Lind for her hospitality, the statement read:": the name opening the clause is
  // the one thanked.
  const lead = /^\s*/.exec(ctx.masked.slice(start, open))![0].length;
  const named =
    subject && !objectOfFrontedPhrase(ctx.masked, start + lead, subject.span, start, open)
      ? subject
      : undefined;
  return named ?? clauseDescription(ctx, start, open) ?? soleNamed(ctx, start, open);
}

/**
 * The one person a colon's clause names, wherever in it: wire copy sets a party's job or a place
 * before the name ("Norland's envoy, Ada Lind, summed it up last week:", "At the dinner, the
 * envoy Ada Lind to reporters:"). A clause naming two people leaves the choice to other rules, and
 * so does one naming the person its words are sent to or that it honours ("In a letter to Ada
 * Lind, the government wrote:").
 */
function soleNamed(ctx: SpeakerContext, start: number, open: number): Attribution | undefined {
  const people = hitsWithin(ctx.hits, [start, open]).filter((h) => h.kind === 'person' && !h.inQuote);
  if (people.length === 0 || people.some((h) => h.id !== people[0]!.id || h.id === undefined))
    return undefined;
  const { runStart, span } = people[0]!;
  if (namedAsObject(ctx.masked, runStart, span, start, open)) return undefined;
  const said = clauseSubject(ctx, runStart, open);
  return said?.speaker.personId === people[0]!.id ? said : undefined;
}

/** Whether a colon introduces the quotation opening at `open`. */
export const colonBefore = (ctx: SpeakerContext, start: number, open: number): boolean =>
  /:\s*$/.test(ctx.masked.slice(Math.max(start, open - 3), open));

// A list item's mark: a bullet, a dash, a typed double hyphen ("-- Signing is …", as pool reports
// and e-mails write) or a number ("2." "3)").
export const BULLET = /^(?:--?|[•*–—·▪]|\d{1,2}[.)])\s+/;
const isItemMark = (lead: string): boolean => BULLET.exec(lead)?.[0] === lead;
const isItemLine = (line: string): boolean =>
  (BULLET.exec(line)?.[0].length ?? line.length) < line.trimEnd().length;
const MAX_ITEM_MARK = 8;
// How many items before a quotation's its list's lead-in is looked for.
const MAX_ITEMS = 12;

/**
 * The speaker of a paragraph that a colon at the end of the one before introduces, or the line over
 * the list whose item it is:
 * "Anja Veller noted:" then the quotation, or bullets, in paragraphs of their own.
 */
export function introducedBy(
  quote: QuoteSpan,
  paragraphs: Span[],
  ctx: SpeakerContext,
): Attribution | undefined {
  const own = paragraphs[quote.paragraph]!;
  // Only a quotation that opens its paragraph, or its item's mark, is introduced so: most stand
  // deep in theirs and are not sliced out.
  if (quote.inner[0] - 1 - own[0] > MAX_ITEM_MARK) return undefined;
  const lead = ctx.text.slice(own[0], quote.inner[0] - 1);
  if (lead !== '' && !isItemMark(lead)) return undefined;
  // A list's item in marks ('- "No name is published …"'): the line over the list introduces it.
  let at = quote.paragraph - 1;
  const item = (k: number) => isItemLine(ctx.text.slice(paragraphs[k]![0], paragraphs[k]![1]));
  if (lead !== '') while (at > 0 && quote.paragraph - at < MAX_ITEMS && item(at)) at--;
  const intro = paragraphs[at];
  if (!intro || ctx.text[intro[1] - 1] !== ':') return undefined;
  // "An aide close to the envoy summed up the offer:" over the words' own
  // paragraph: the clause's subject, whatever its verb, as when the colon stands before the mark.
  const start = clauseStart(ctx, intro[0], intro[1] - 1);
  const leadIn = ctx.masked.slice(start, intro[1] - 1);
  if (CARRIED_READS.test(leadIn) || OTHERS_WORDS.test(leadIn)) return undefined;
  if (CARRIED_TEXT.test(leadIn.replace(OWN_TEXT, ''))) return undefined;
  if (PRONOUN_OPENING.test(leadIn) && !onePersonBefore(ctx, start)) return undefined;
  return (
    colonSpeaker(intro, ctx) ?? colonSubject(ctx, start, intro[1]) ?? pronounOpening(ctx, start, intro[1])
  );
}

// A lead-in naming a text someone else wrote, carried or read out ("reading the Union letter in
// full:", "the ministry's note", "handed over a note from the ministry, which reads:") introduces
// that text's words, not those of the one holding it. One's own ("said in a statement:", "issued
// the following statement:") is no carried text.
const TEXT_NOUN = `(?:letters?|notes?|messages?|pledges?|resolutions?|statements?|texts?|declarations?|communiqu[eé]s?|decrees?|memorand(?:um|a)|documents?)`;
const OWN_TEXT = new RegExp(
  String.raw`\bin\s+(?:a|an|the|his|her|their|its)\s+(?:\p{L}+\s+)?${TEXT_NOUN}\b`,
  'giu',
);
const CARRIED_TEXT = new RegExp(
  String.raw`(?:\b(?!(?:The|A|An|This|That|These|Those|Its|Our|His|Her|Their|In|On|At|For)\b)\p{Lu}\p{L}*|\b\p{L}+['’]s)\s+(?:\p{Ll}+\s+)?${TEXT_NOUN}\b|\b${TEXT_NOUN}\s+(?:from|by)\b`,
  'u',
);
// "…, which reads:", "the resolution reads in full:": the text is what speaks.
const CARRIED_READS = /\breads\b/iu;
// "She read out his earlier pledge:": a pronoun subject with the other's possessive gives that
// other's words.
const OTHERS_WORDS =
  /^\s*(?:He\b[^:]*\bher|She\b[^:]*\bhis)\s+(?:\p{L}+\s+){0,2}?(?:letters?|notes?|messages?|pledges?|statements?|texts?|demands?|words|remarks|promises?|terms|conditions|questions?|answers?)\b/u;

// The sentence before a pronoun's, found within this reach.
const SENTENCE_REACH = 400;
const SENTENCE_END = /[.!?]["”’]?(?=\s)/gu;
const SENTENCE_CLOSE = new RegExp(SENTENCE_END.source, 'u');
// "She set out what her side would keep:": a pronoun that opens the clause, then its verb.
const PRONOUN_OPENING = /^\s*(He|She)\s+\p{Ll}/u;

/** Whether the last sentence before `start` naming anyone names one person: "Ada Lind met Jon Berg. He …" is either. */
function onePersonBefore(ctx: SpeakerContext, start: number): boolean {
  // The sentence of the person named last ("Ada Lind met Jon Berg." or "…," he said. after it).
  const last = lastHit(ctx, start, (h) => h.kind === 'person' && !h.inQuote, SENTENCE_REACH);
  if (!last?.id) return false;
  const from = Math.max(0, last.span[0] - SENTENCE_REACH);
  const ends = [...ctx.masked.slice(from, last.span[0]).matchAll(SENTENCE_END)];
  const opens = from + (ends.length > 0 ? ends.at(-1)!.index! + 1 : 0);
  const close = SENTENCE_CLOSE.exec(ctx.masked.slice(last.span[1], start));
  const closes = close ? last.span[1] + close.index : start;
  const named = hitsWithin(ctx.hits, [opens, closes]).filter((h) => h.kind === 'person' && !h.inQuote);
  return named.every((h) => h.id === last.id);
}

/** The one a pronoun opening the clause [start, end) stands for, the nearest person named before it. */
function pronounOpening(ctx: SpeakerContext, start: number, end: number): Attribution | undefined {
  const m = PRONOUN_OPENING.exec(ctx.masked.slice(start, Math.min(end, start + 40)));
  if (!m) return undefined;
  const at = start + m[0].indexOf(m[1]!);
  const speaker = resolvePronoun(m[1]!, at, ctx);
  return speaker ? { speaker, span: [at, at + m[1]!.length], strong: false } : undefined;
}

/**
 * The speaker of a paragraph ending with a colon, if it names one with a reporting verb or opens
 * its clause with their words by a possessive ("His words, as translated by our bureau:").
 */
export function colonSpeaker(intro: Span, ctx: SpeakerContext): Attribution | undefined {
  if (ctx.text[intro[1] - 1] !== ':') return undefined;
  const start = clauseStart(ctx, intro[0], intro[1] - 1);
  const clause = ctx.masked.slice(start, intro[1] - 1);
  return (
    wordsOfSpeaker(clause, start, ctx) ??
    speakerBefore(clause, start, ctx) ??
    possessiveSpeaker(clause, start, ctx)
  );
}
