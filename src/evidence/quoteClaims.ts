// Quote claims: each quotation of three words or more with its speaker. Shorter quoted
// words ("basis", "well") are scare quotes or labels, not statements anyone can be held to —
// unless they are reported speech of a named speaker: in "Harke said the sides were "within
// reach"" two words are hers. A name given to a thing ("called the plan a "good start"") stays a label.
import { namedAsObject, objectOfFrontedPhrase } from './clauseObject.ts';
import { clauseDescription, clauseSubject, possessiveSpeaker, wordsOfSpeaker } from './clauseSpeakers.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import { firstHitFrom, hitsWithin } from './names.ts';
import { participleSpeaker } from './participleReports.ts';
import { findQuoteSpans, type QuoteSpan, quoteWords } from './quotes.ts';
import { allMatches } from './regex.ts';
import { endsWithAbbreviation } from './sentences.ts';
import { isSpaceCode } from './spaceCodes.ts';
import { speakerAfter } from './speakerAfter.ts';
import { speakerBefore } from './speakerBefore.ts';
import { type Attribution, fromHit, type SpeakerContext } from './speakers.ts';
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
// A stop ends a sentence; so does a quotation whose words end on one ('… of "no more than ten
// kilometres." He declined …'): masked, its stop is the last underscore before the closing mark.
// The next clause opens with a capital, a figure or a masked quotation, maybe after an opening mark.
const STOP = /[.!?]/;
// What /["')]/ and /["'(]/ match, by code: tested per character of the walk back.
const isCloserCode = (c: number): boolean => c === 34 || c === 39 || c === 41;
const isOpenerCode = (c: number): boolean => c === 34 || c === 39 || c === 40;
const CLAUSE_HEAD = /[\p{Lu}\d_]/u;
/** What CLAUSE_HEAD says of the character at `at`: ASCII by its code, the rest by the pattern. */
function clauseHeadAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return CLAUSE_HEAD.test(text[at]!);
}
const ABBREV_END =
  /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Nov|Dec|Jan|Feb|Aug|Sept?|Oct)|\b\p{Lu})$/u;

// Per text read, and per paragraph start, how far the paragraph was read without a boundary: a
// paragraph of many quotations and no stop outside them is not read whole once per quotation.
const unbrokenTo = new WeakMap<SpeakerContext, Map<number, number>>();
// What a boundary runs over after its stop: one read on from the unbroken stretch's end backs over these.
const BOUNDARY_TAIL = /["')\s]/;

/**
 * Where the clause after the last sentence boundary in `[lo, at)` starts, or -1: read backwards, so
 * a quotation's clause costs the length of its sentence, however many stops stand before it.
 */
function lastBoundary(ctx: SpeakerContext, from: number, lo: number, at: number): number {
  const { masked, text } = ctx;
  for (let k = at - 1; k > lo; k--) {
    if (!isSpaceCode(masked.charCodeAt(k - 1)) || isSpaceCode(masked.charCodeAt(k))) continue;
    const head = isOpenerCode(masked.charCodeAt(k)) ? k + 1 : k;
    if (head >= at || !clauseHeadAt(masked, head)) continue;
    let stop = k - 1;
    while (stop >= lo && isSpaceCode(masked.charCodeAt(stop))) stop--;
    while (stop >= lo && isCloserCode(masked.charCodeAt(stop))) stop--;
    if (stop < lo) continue;
    if (masked[stop] === '_') {
      if (masked[stop + 1] === '"' && STOP.test(text[stop]!)) return k;
    } else if (STOP.test(masked[stop]!) && !ABBREV_END.test(masked.slice(Math.max(from, stop - 12), stop)))
      // An abbreviation is at most four characters: the last twelve give the paragraph's answer.
      return k;
  }
  return -1;
}

/** Start of the clause holding `at`: after the last sentence boundary in its paragraph. */
function clauseStart(ctx: SpeakerContext, from: number, at: number): number {
  const { masked } = ctx;
  const unbroken = unbrokenTo.get(ctx) ?? new Map<number, number>();
  unbrokenTo.set(ctx, unbroken);
  // Read back from `at` down to what is known unbroken; a boundary straddling that point (a stop,
  // closing marks and spaces) is read whole.
  const known = Math.min(unbroken.get(from) ?? from, at);
  let lo = known;
  while (lo > from && BOUNDARY_TAIL.test(masked[lo - 1]!)) lo--;
  if (lo > from) lo--;
  const start = lastBoundary(ctx, from, lo, at);
  if (start !== -1) return start;
  unbroken.set(from, Math.max(at, unbroken.get(from) ?? from));
  return from;
}

/**
 * The text after a closing mark up to the next quotation or the end of the sentence. A semicolon
 * right after the mark ends it too: the clause after it ('"…"; Arvenia insists it is not') has a
 * subject of its own, who speaks its own words.
 */
function afterText(masked: string, close: number, paragraphEnd: number): string {
  const rest = masked.slice(close + 1, paragraphEnd);
  if (/^\s?;/.test(rest)) return '';
  // A title's period goes on with the name: '"…," Ms. Lind said.' and '"…," said Mr. Roe, who …'.
  // Read on from each stop, never the whole paragraph: the first real end is near.
  ATTRIBUTION_END.lastIndex = 0;
  let cut = rest.length - 1;
  for (let m = ATTRIBUTION_END.exec(rest); m !== null; m = ATTRIBUTION_END.exec(rest)) {
    if (m[0][0] !== '.' || !endsWithAbbreviation(rest, m.index)) {
      cut = m.index;
      break;
    }
  }
  ATTRIBUTION_END.lastIndex = 0;
  return rest.slice(0, cut + 1);
}
const ATTRIBUTION_END = /"|[.!?]\s/g;

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
function subjectBeforeColon(
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
function headlineSpeaker(quote: QuoteSpan, paragraphs: Span[], ctx: SpeakerContext): Attribution | undefined {
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

const SAYS = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`);
// The verbs of a sentence that sets a speaker talking: "Sautereau is speaking to reporters",
// "The minister addressed the chamber", or any reporting verb ("She told reporters in Ilvas").
const SPEAKING = new RegExp(
  `\\b(?:speak(?:s|ing)?|spoke|address(?:es|ed|ing)|brief(?:s|ed|ing)|(?:${REPORTING_VERBS}))\\b`,
);

/**
 * "Sautereau is speaking to reporters in Ilvas. Key line: the text was "…"": a quotation whose own
 * sentence has no reporting verb, after a sentence of the same paragraph whose named subject is
 * speaking, is that subject's — a liveblog's and a wire's way of giving the words just announced.
 */
function speakingBefore(
  quote: QuoteSpan,
  ctx: SpeakerContext,
  paragraphStart: number,
  start: number,
): Attribution | undefined {
  if (start <= paragraphStart) return undefined;
  // The sentence before is read first: most have no speaking verb, and it is the shorter read.
  const previous = clauseStart(ctx, paragraphStart, start - 1);
  if (!SPEAKING.test(ctx.masked.slice(previous, start))) return undefined;
  const sentenceEnd = ctx.masked.slice(quote.inner[1], quote.inner[1] + 200).search(/[.!?]\s|\n|$/);
  const own = ctx.masked.slice(start, quote.inner[1] + Math.max(0, sentenceEnd));
  if (SAYS.test(own.replace(/_+/g, ' '))) return undefined;
  const subject = clauseSubject(ctx, previous, start);
  // A country opening the sentence ("Arvenia is speaking") is no one to quote.
  return subject && (subject.speaker.personId || !subject.speaker.partyId) ? subject : undefined;
}

/**
 * "President Varga has repeated the line she gave by phone: "…"": a colon before the mark
 * introduces the words of the sentence's subject, whatever its verb — when the sentence opens
 * with a person's name or a description ("A senior diplomat put it bluntly: "…"").
 */
function colonSubject(ctx: SpeakerContext, start: number, open: number): Attribution | undefined {
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
const colonBefore = (ctx: SpeakerContext, start: number, open: number): boolean =>
  /:\s*$/.test(ctx.masked.slice(Math.max(start, open - 3), open));

/**
 * "Minister Kaldor welcomed the accord as "the first good news in two years"": what a subject
 * welcomes, hails or dismisses "as" is that subject's own characterisation.
 */
function asSubject(ctx: SpeakerContext, start: number, open: number): Attribution | undefined {
  if (!/\bas\s*$/.test(ctx.masked.slice(Math.max(start, open - 4), open))) return undefined;
  return clauseSubject(ctx, start, open);
}

// A missing closing mark leaves the attribution inside the quotation's run: "…no one will be
// surprised, a senior diplomat said." ends an unclosed quotation with its own speaker.
const LAST_CLAUSE = /^,\s*[^,"]{1,100}$/;

/** The speaker an unclosed quotation's last clause names, when that clause attributes it. */
function closingTail(quote: QuoteSpan, ctx: SpeakerContext): Attribution | undefined {
  if (!quote.unclosed) return undefined;
  const [from, to] = quote.inner;
  const comma = ctx.text.lastIndexOf(',', to);
  if (comma <= from || !LAST_CLAUSE.test(ctx.text.slice(comma, to))) return undefined;
  return speakerAfter(ctx.text.slice(comma, to), comma, ctx, false);
}

// Quoted words named as a text's: 'the phrase "…"', 'the draft reads "…"', '"…" appears in the text'.
const TEXT_WORDS_BEFORE =
  /\b(?:(?:the|a|that|this|same)\s+(?:phrase|wording|words?|term|formula|expression)|reads|(?:text|draft|clause|article|paragraph|annex|preamble|accord|treaty|agreement|communiqu[eé]|resolution)\s+(?:says|said|states|stated))\s*[:,]?\s*$/i;
const TEXT_WORDS_AFTER =
  /\b(?:appears?|appeared|recurs?|recurred|occurs?|occurred|features?|featured|(?:is|are|was|were) found)\s+(?:in|twice|again|throughout)\b|\bthe text says\b/i;

/**
 * A phrase quoted inside a sentence that runs on and closes on its source: 'wants "a fair number
 * of days" with the text, one official said.' The sentence's last clause names the speaker when no
 * other quotation stands between; a last resort, after every reading nearer the marks.
 */
function sentenceTail(quote: QuoteSpan, ctx: SpeakerContext, paragraphEnd: number): Attribution | undefined {
  if (quote.unclosed) return undefined;
  const close = quote.inner[1];
  const rest = afterText(ctx.masked, close, paragraphEnd);
  if (!/[.!?]\s*$/.test(rest)) return undefined;
  const comma = rest.lastIndexOf(',');
  if (comma <= 0 || !LAST_CLAUSE.test(rest.slice(comma))) return undefined;
  // 'The phrase "…" appears in both drafts, the envoy noted.': words a text holds are the text's,
  // not the words of whoever remarks on them at the sentence's end.
  const open = quote.inner[0] - 1;
  if (TEXT_WORDS_BEFORE.test(ctx.masked.slice(Math.max(0, open - 60), open))) return undefined;
  if (TEXT_WORDS_AFTER.test(rest.slice(0, comma))) return undefined;
  return speakerAfter(rest.slice(comma), close + 1 + comma, ctx, false);
}

/**
 * The speaker of a paragraph that a colon at the end of the one before introduces:
 * "Anja Veller noted:" then the quotation, or bullets, in paragraphs of their own.
 */
export function introducedBy(
  quote: QuoteSpan,
  paragraphs: Span[],
  ctx: SpeakerContext,
): Attribution | undefined {
  const own = paragraphs[quote.paragraph]!;
  const intro = paragraphs[quote.paragraph - 1];
  if (!intro || own[0] !== quote.inner[0] - 1) return undefined;
  return colonSpeaker(intro, ctx);
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

/**
 * Whether a short quotation is what a named speaker is reported to have said ('"Not yet," Varin
 * said') — or what a described one is, as the subject of the reporting verb in the same sentence
 * before it ('A Vesmori diplomat said his government had "serious reservations"').
 */
function reportedSpeech(
  quote: QuoteSpan,
  attribution: Attribution | undefined,
  ctx: SpeakerContext,
): boolean {
  if (!attribution) return false;
  const [end, open] = [attribution.span[1], quote.inner[0]];
  if (attribution.strong) return end > open || !NAMING.test(ctx.masked.slice(end, open));
  if (attribution.speaker.via !== 'description' || end > open) return false;
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
    if (short && wordCountBelow(words, MIN_REPORTED_WORDS)) continue;
    if (NAMED_THING.test(ctx.masked.slice(Math.max(0, quote.inner[0] - 40), quote.inner[0] - 1))) continue;
    let attribution = attribute(quote, paragraphs, ctx);
    if (short && !reportedSpeech(quote, attribution, ctx)) continue;
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
