// Quote claims: each quotation of three words or more with its speaker. Shorter quoted
// words ("basis", "well") are scare quotes or labels, not statements anyone can be held to —
// unless they are reported speech of a named speaker: in "Harke said the sides were "within
// reach"" two words are hers. A name given to a thing ("called the plan a "good start"") stays a label.
// Moved out: the sentence's bounds (quoteClauses.ts), and the speakers a colon before or after the
// words gives (colonSpeakers.ts) or the rest of the sentence or the one before (sentenceSpeakers.ts).
import { citedTitle } from './citedTitles.ts';
import { wordsOfSpeaker } from './clauseSpeakers.ts';
import {
  colonBefore,
  colonSubject,
  headlineSpeaker,
  introducedBy,
  subjectBeforeColon,
} from './colonSpeakers.ts';
import { participleSpeaker } from './participleReports.ts';
import { afterText, clauseStart } from './quoteClauses.ts';
import { findQuoteSpans, type QuoteSpan, quoteWords } from './quotes.ts';
import { allMatches } from './regex.ts';
import { asSubject, closingTail, SAYS, sentenceTail, speakingBefore } from './sentenceSpeakers.ts';
import { speakerAfter } from './speakerAfter.ts';
import { speakerBefore } from './speakerBefore.ts';
import type { Attribution, SpeakerContext } from './speakers.ts';
import type { QuoteData, Span, Speaker, SuggestedClaim } from './types.ts';

/** A quote claim while its keys are set in order (`data` last). */
type QuoteClaim = Omit<Extract<SuggestedClaim, { kind: 'quote' }>, 'data'> & { data?: QuoteData };

const MIN_WORDS = 3;
const MIN_REPORTED_WORDS = 2;
const NAMING =
  /\b(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|dubb(?:ed|ing)|term(?:s|ed)|brand(?:s|ed)|label(?:s|led|ling))\b/i;
// A name given to a principle, a formula or a document: 'on the principle of "all for all"', 'the
// so-called "leaked draft"', 'a plan known as "Bridge to Peace"'. Nobody is quoted saying it.
const NAMED_THING =
  /\b(?:(?:principle|formula|slogan|motto|doctrine|concept)\s+of|so-called|known\s+as|entitled|titled|code-?named|under\s+the\s+(?:slogan|name|heading|title))\s*$/i;

// '… described the talks as "businesslike"': the speaker's own word for what they saw, quoted
// however short; 'called the plan a "good start"' names a thing and stays a label.
const DESCRIBED_AS = /\bdescrib(es|ed|ing)\b[^.!?;"“”]{0,80}\bas\s*$/i;
const DESCRIBED_REACH = 120;
// Only the subject of the active verb chose the word: its speaker is said right before the verb,
// an auxiliary or an adverb between ("Varin has repeatedly described", "whom Varin described").
// Not whoever reports a relative clause ("the talks, which critics described as") or speaks after
// one ("Asked about those who described …, Kostal said"), nor anyone of the passive ("was
// described as … by the press"): a form of "be" goes only with "describing" ("was describing").
const DESCRIBER_GAP =
  /^(?:\s+(?:has|have|had|would|will|could|did|does|do|also|again|once|even|still|already|just|now|then|\p{Ll}+ly))*\s+$/u;
const DESCRIBER_GAP_REACH = 60;
const PROGRESSIVE_GAP =
  /^(?:\s+(?:is|are|was|were|been|has|have|had|would|will|could|also|again|once|even|still|already|just|now|then|\p{Ll}+ly))*\s+$/u;

/** Whether the one-word quotation's speaker is the subject who described something as it. */
function describedBySpeaker(
  quote: QuoteSpan,
  attribution: Attribution | undefined,
  ctx: SpeakerContext,
): boolean {
  if (!attribution) return false;
  const from = Math.max(0, quote.inner[0] - DESCRIBED_REACH);
  const verb = DESCRIBED_AS.exec(ctx.masked.slice(from, quote.inner[0] - 1));
  if (!verb) return false;
  const gap = ctx.masked.slice(attribution.span[1], from + verb.index);
  return (
    gap.length <= DESCRIBER_GAP_REACH &&
    (verb[1]!.toLowerCase() === 'ing' ? PROGRESSIVE_GAP : DESCRIBER_GAP).test(gap)
  );
}

/** Whether `words` (single-spaced) has fewer than `n` words, without splitting it. */
function wordCountBelow(words: string, n: number): boolean {
  let at = -1;
  for (let seen = 1; seen < n; seen++) {
    at = words.indexOf(' ', at + 1);
    if (at === -1) return true;
  }
  return false;
}

const BEFORE_REACH = 1000;
const OPENS_SENTENCE = /[.!?]["”’)]?\s+$/;

function attribute(quote: QuoteSpan, paragraphs: Span[], ctx: SpeakerContext): Attribution | undefined {
  const [open, close] = [quote.inner[0] - 1, quote.inner[1]];
  const first = paragraphs[quote.paragraph]!;
  const last = paragraphs[quote.lastParagraph]!;
  const endedSentence = /\.\s*$/.test(ctx.text.slice(close - 2, close));
  const after = speakerAfter(afterText(ctx.masked, close, last[1]), close + 1, ctx, endedSentence);
  if (after?.strong) return after;
  // "The Minister recalled that …, adding that Torvania "is ready …"": the sentence's subject adds.
  const participle = after ? undefined : participleSpeaker(ctx, first[0], open);
  if (participle) return participle;
  const start = clauseStart(ctx, first[0], open);
  const relayed = colonBefore(ctx, start, open)
    ? wordsOfSpeaker(ctx.masked.slice(start, open), start, ctx)
    : undefined;
  if (relayed) return relayed;
  // A weak answer after the quotation outranks a weak one before it: only a strong one is sought.
  // A reporting verb stands within a few hundred characters of the words it reports: a clause
  // running on without a stop is not read whole once per quotation in it.
  const near = Math.max(start, open - BEFORE_REACH);
  const before = speakerBefore(ctx.masked.slice(near, open), near, ctx, after !== undefined);
  // '… that Arvenia had insisted on it. "…," the official said.', 'Kostal thanked President Lind
  // for the visit. "…," the President said.': a quotation that opens its sentence and has an
  // office or a description after it with its verb is theirs, resolved backwards as such; a name
  // in the sentence before may be another verb's subject or its object. A description there
  // ("A senior Norland official told …") is the same source, its party named.
  const described =
    after !== undefined &&
    after.speaker.via !== 'pronoun' &&
    OPENS_SENTENCE.test(ctx.masked.slice(near, open));
  if (before?.strong && (!described || before.speaker.via === 'description')) return before;
  return (
    headlineSpeaker(quote, paragraphs, ctx) ??
    after ??
    before ??
    introducedBy(quote, paragraphs, ctx) ??
    colonSubject(ctx, start, open) ??
    asSubject(ctx, start, open) ??
    closingTail(quote, ctx) ??
    sentenceTail(quote, ctx, last[1]) ??
    speakingBefore(quote, ctx, first[0], start)
  );
}

/**
 * Whether a short quotation is what a named speaker is reported to have said ('"Not yet," Varin
 * said') — or what a described one is, as the subject of the reporting verb in the same sentence
 * before it ('A Drava official said her cabinet had "grave doubts"', or 'The minister
 * said …' of a minister named before).
 */
function reportedSpeech(
  quote: QuoteSpan,
  attribution: Attribution | undefined,
  ctx: SpeakerContext,
): boolean {
  if (!attribution) return false;
  const [end, open] = [attribution.span[1], quote.inner[0]];
  if (attribution.strong) return end > open || !NAMING.test(ctx.masked.slice(end, open));
  // "The minister said …": an office the story resolves to its holder reports as a description does.
  if ((attribution.speaker.via !== 'description' && attribution.speaker.via !== 'title') || end > open)
    return false;
  const between = ctx.masked.slice(end, open - 1);
  return between.length < 120 && !/[.!?;]\s/.test(between) && SAYS.test(between) && !NAMING.test(between);
}

/**
 * The speaker with the words the text names them by ("the presidential press service").
 * Object.assign, not a spread: V8 copies speakers of several shapes spread with a key added
 * ten times slower, and this runs for every attributed quotation.
 */
function saidAs({ speaker, span }: Attribution, text: string): Speaker {
  return speaker.said ? speaker : Object.assign({}, speaker, { said: text.slice(span[0], span[1]) });
}

// A source the reporter names only as they asked: "one woman, who gave her name as Dalia", "a
// corporal who gave only his first name, Ivo,", "a resident identified only as Marek".
const NAME_GIVEN =
  /\b(?:gave (?:only )?(?:his|her|their) (?:first |full )?name(?: only)?(?:,| as)|(?:identified|known) (?:only )?as|asked to be (?:identified|named) (?:only )?as)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)/gu;

const namesGivenIn = new WeakMap<SpeakerContext, Map<string, RegExpExecArray[]>>();

/**
 * The name an unnamed source gave, in the quotation's paragraph: the nearest after the quote in
 * the same sentence, else the last before it. Only read when the quote has no named speaker.
 */
function givenName(quote: QuoteSpan, paragraphs: Span[], ctx: SpeakerContext): Attribution | undefined {
  const [start, end] = paragraphs[quote.paragraph]!;
  const to = paragraphs[quote.lastParagraph]?.[1] ?? end;
  // The names given in a stretch are read once: a paragraph of many quotations is not read per quotation.
  const read = namesGivenIn.get(ctx) ?? new Map<string, RegExpExecArray[]>();
  namesGivenIn.set(ctx, read);
  const key = `${start} ${to}`;
  let given = read.get(key);
  if (!given) {
    const para = ctx.masked.slice(start, to);
    given = para.includes(' name') || para.includes(' as ') ? allMatches(NAME_GIVEN, para) : [];
    read.set(key, given);
  }
  let before: Attribution | undefined;
  for (const m of given) {
    const at = start + m.index + m[0].length - m[1]!.length;
    const found: Attribution = {
      speaker: { name: m[1]!, via: 'name' },
      span: [at, at + m[1]!.length],
      strong: false,
    };
    if (at < quote.inner[0]) before = found;
    else if (!/[.!?]\s/.test(ctx.masked.slice(quote.inner[1] + 1, at))) return found;
  }
  return before;
}

/**
 * "… ," the President said. She added that …": a pronoun after a quotation of the same paragraph
 * whose speaker was named (by a title too) after the last name in the text is that speaker.
 */
function antecedent(
  pronoun: Attribution,
  previous: { quote: QuoteSpan; attribution: Attribution | undefined },
  quote: QuoteSpan,
  ctx: SpeakerContext,
): Attribution {
  const before = previous.attribution!;
  // The paragraph before counts too: '"…," the aide said.' then 'He did not rule out …'.
  if (previous.quote.lastParagraph < quote.paragraph - 1 || before.span[1] > pronoun.span[0]) return pronoun;
  if (before.speaker.via === 'pronoun' || before.speaker.personId === pronoun.speaker.personId)
    return pronoun;
  const named = ctx.hits.findLast((h) => h.span[1] <= pronoun.span[0] && !h.inQuote && h.kind !== 'party');
  return named && named.span[0] > before.span[0] ? pronoun : { ...before, span: pronoun.span, strong: false };
}

/** Quote claims of a clean text, speakers resolved against the names found in it. */
export function extractQuotes(
  text: string,
  paragraphs: Span[],
  ctx: SpeakerContext,
  quotes = findQuoteSpans(text),
): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  let previous: { quote: QuoteSpan; attribution: Attribution | undefined } | undefined;
  for (const quote of quotes) {
    const words = quoteWords(text, quote.inner);
    const short = wordCountBelow(words, MIN_WORDS);
    const described =
      short &&
      DESCRIBED_AS.test(ctx.masked.slice(Math.max(0, quote.inner[0] - DESCRIBED_REACH), quote.inner[0] - 1));
    if (short && !described && wordCountBelow(words, MIN_REPORTED_WORDS)) continue;
    if (NAMED_THING.test(ctx.masked.slice(Math.max(0, quote.inner[0] - 40), quote.inner[0] - 1))) continue;
    if (citedTitle(text, quote.inner, ctx.hits)) continue;
    let attribution = attribute(quote, paragraphs, ctx);
    if (
      short &&
      !(described ? describedBySpeaker(quote, attribution, ctx) : reportedSpeech(quote, attribution, ctx))
    )
      continue;
    // A quotation that follows another without attribution continues the same speaker:
    // in the same paragraph, or opening the next one.
    const opensParagraph = paragraphs[quote.paragraph]![0] === quote.inner[0] - 1;
    if (
      !attribution &&
      previous &&
      (previous.quote.lastParagraph === quote.paragraph ||
        (opensParagraph && previous.quote.lastParagraph === quote.paragraph - 1))
    ) {
      attribution = previous.attribution;
    }
    if (attribution?.speaker.via === 'pronoun' && previous?.attribution)
      attribution = antecedent(attribution, previous, quote, ctx);
    if (!attribution || (attribution.speaker.via === 'description' && !attribution.speaker.personId))
      attribution = givenName(quote, paragraphs, ctx) ?? attribution;
    // Short words are kept only beside a speaker found by the rules above, not by this last resort.
    if (!attribution && !short) attribution = subjectBeforeColon(quote, paragraphs, ctx);
    previous = { quote, attribution };
    // Optional keys are set one by one, in the order a reader sees them: a spread of `{}` or
    // of a one-key object costs several times a plain assignment, and this runs per quotation.
    const data: QuoteData = { words };
    if (attribution) data.speakerSpan = attribution.span;
    if (quote.unclosed) data.unclosed = true;
    const claim: QuoteClaim = {
      kind: 'quote',
      text: text.slice(quote.inner[0], quote.inner[1]),
      span: quote.inner,
    };
    if (attribution) claim.speaker = saidAs(attribution, text);
    claim.data = data;
    claims.push(claim as SuggestedClaim);
  }
  return claims;
}
