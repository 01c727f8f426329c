// Extraction: every suggested claim of one clean text — quotes with speakers, roster
// mentions, events, provision topics and positions — each with its span into that text.
// Cheap passes run over the whole text; chrono only sees sentences that name an event.

import { captionOrBriefingQuotes } from './briefingCaptions.ts';
import { broadcastTurns } from './broadcastScripts.ts';
import { bulletQuotes, introducedParagraphs } from './bullets.ts';
import { chatQuotes } from './chatExports.ts';
import { withCuedSpeakers } from './cuedClips.ts';
import { withEchoedSpeakers } from './echoedWords.ts';
import { emailQuotes } from './emailThreads.ts';
import { type EventInput, extractEvents } from './events.ts';
import { forumThreadQuotes } from './forumThreads.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import type { Genre } from './genre.ts';
import { mediatorsOf } from './handedInPerson.ts';
import { handleThreadQuotes } from './handleThreads.ts';
import { headedMessageQuotes } from './headedMessages.ts';
import { headlineQuote } from './headlineQuote.ts';
import { interjectionQuotes } from './interjections.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import { type NameHit, scanNames } from './names.ts';
import { withOfficeHolders } from './officeNamed.ts';
import { withOfficeSpeakers } from './officeSpeakers.ts';
import { type PagePrincipal, pageParty, pagePrincipal } from './ownPage.ts';
import { withOwnSide } from './ownSide.ts';
import { withAuthors } from './ownVoice.ts';
import { extractPositions } from './positions.ts';
import { openerQuotes } from './postOpeners.ts';
import { postQuote } from './posts.ts';
import { extractProvisionMentions } from './provisionMentions.ts';
import { extractQuotes } from './quoteClaims.ts';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './quotes.ts';
import { relayedQuotes } from './relayedWords.ts';
import { replyComments } from './replyComments.ts';
import { splitParagraphSpans, splitSentences } from './sentences.ts';
import type { ShapedLabelReader } from './shapedLabels.ts';
import { opensWithOtherSubject } from './speakerPhrases.ts';
import type { SpeakerContext } from './speakers.ts';
import { addressQuote } from './speeches.ts';
import { stampedCommenters } from './stampedCommenters.ts';
import { stampedCommentQuotes } from './stampedComments.ts';
import { subtitleTurns } from './subtitleCues.ts';
import { settleHeadQuotations } from './transcriptHead.ts';
import { addressedQuotes, findTurns, reportedInTurns, turnQuotes } from './turns.ts';
import type { ExtractContext, Span, SuggestedClaim } from './types.ts';
import { transcriptTurns } from './unlabelledInterviews.ts';

const FOLLOWED_BY_VERB = new RegExp(`^(?:,[^,"_]{1,100},)?\\s+(?:${REPORTING_VERBS})\\b`);

const PRECEDED_BY_VERB = new RegExp(`,\\s+(?:${REPORTING_VERBS})\\s+$`);

// A preposition (not "according to", which names a source) or an opening bracket just before a name;
// one of place too ("outside the Villa Nord", "behind the Grand Hotel"): a building is no speaker.
const GOVERNED_NAME =
  /(?:(?<!\baccording\s)\b(?:in|at|from|to|into|near|for|of|on|over|with|towards?|outside|inside|behind|beside|beyond|across|opposite|around)\s+(?:the\s+)?|\(\s*)$/i;

const KIND_ORDER = { event: 0, position: 1, quote: 2, mention: 3 } as const;

function insideAny(spans: Span[]): (at: number) => boolean {
  // Quotes come sorted, and so do the positions asked about: a moving cursor suffices.
  let i = 0;
  return (at) => {
    while (i > 0 && spans[i - 1]![0] > at) i--;
    while (i < spans.length && spans[i]![1] <= at) i++;
    const span = spans[i];
    return span !== undefined && span[0] <= at && at < span[1];
  };
}

// "When Varin asked about the date, the envoy's adviser Ada Lind declined": a fronted subordinate
// clause (or "Asked whether …") is no place for the sentence's subject, which follows its comma.
const FRONTED_CLAUSE =
  /^\s*(?:(?:But|And|Yet)\s+)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Aa]lthough|[Tt]hough|[Ii]f|[Bb]ecause|[Oo]nce|[Ss]ince|[Uu]ntil|[Ww]hereas|[Aa]sked\s+(?:whether|if|about|why|how|what|when))\s/;
// "Varin's spokeswoman, Ada Lind, rejected it": the name in apposition to a possessive's office is
// the subject; the possessor only owns the office.
const POSSESSOR_OF_APPOSED = /^['’]s\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+,\s*$/u;

/** Where a sentence's fronted subordinate clause ends (its first comma), else its start. */
// "A Torvanian deputy minister, Oleg Varin, went further.": the name in apposition to the description
// that opens the sentence is its subject (no preposition in the description: "The talks with
// Torvania's envoy, Ada Lind, …" are the subject, not the envoy).
const DESCRIBED_APPOSED =
  /^\s*(?:A|An|The)\s+(?:(?!(?:with|to|for|from|in|on|at|by|about|against|between|and|or)\s)[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s*$/u;

function frontedClauseEnd(masked: string, start: number, end: number): number {
  if (!FRONTED_CLAUSE.test(masked.slice(start, start + 40))) return start;
  const comma = masked.indexOf(',', start);
  return comma === -1 || comma >= end ? start : comma;
}

function markSubjects(hits: NameHit[], sentences: Span[], masked: string): void {
  let h = 0;
  for (const [start, end] of sentences) {
    let first = true;
    let opener: NameHit | undefined;
    const fronted = frontedClauseEnd(masked, start, end);
    for (; h < hits.length && hits[h]!.span[0] < end; h++) {
      const hit = hits[h]!;
      if (hit.span[0] < start || hit.inQuote || hit.kind === 'party') continue;
      if (hit.runStart < fronted && fronted > start) {
        if (FOLLOWED_BY_VERB.test(masked.slice(hit.span[1], hit.span[1] + 120))) hit.subject = true;
        continue;
      }
      if (
        opener?.subject &&
        masked[hit.span[1]] === ',' &&
        POSSESSOR_OF_APPOSED.test(masked.slice(opener.span[1], hit.runStart))
      ) {
        opener.subject = false;
        hit.subject = true;
        opener = undefined;
        continue;
      }
      if (first && masked[hit.span[1]] === ',' && DESCRIBED_APPOSED.test(masked.slice(start, hit.runStart))) {
        hit.subject = true;
        first = false;
        continue;
      }
      opener = first ? hit : undefined;
      // "At a rally in Port Edrin, the chairman …", "(Kestrel News)": a name the roster lacks governed
      // by a preposition or set in brackets is a place or a body as often as a person, and no
      // subject; the sentence's subject may still follow it. A roster person keeps the place: "a
      // video of President Kostal" has no other subject for a later "her words" to go back to.
      if (
        first &&
        hit.kind === 'unknown' &&
        GOVERNED_NAME.test(masked.slice(Math.max(start, hit.runStart - 40), hit.runStart))
      ) {
        if (FOLLOWED_BY_VERB.test(masked.slice(hit.span[1], hit.span[1] + 120))) hit.subject = true;
        continue;
      }
      // "The Head of State thanked President Birch": a first name after an office's verb is its object.
      const opens = first && !opensWithOtherSubject(masked.slice(start, hit.runStart));
      // ", said Transport Minister Ada Lind.": the inverted attribution's name is its verb's subject too.
      const lead = masked.slice(Math.max(start, hit.runStart - 20), hit.runStart);
      const inverted = lead.includes(',') && PRECEDED_BY_VERB.test(lead);
      if (opens || inverted || FOLLOWED_BY_VERB.test(masked.slice(hit.span[1], hit.span[1] + 120)))
        hit.subject = true;
      first = false;
    }
  }
}

function mentionClaims(text: string, hits: NameHit[]): SuggestedClaim[] {
  return hits
    .filter((h) => h.kind !== 'unknown')
    .map((h) => ({
      kind: 'mention' as const,
      text: text.slice(h.span[0], h.span[1]),
      span: h.span,
      data: { entity: h.kind === 'party' ? ('party' as const) : ('person' as const), id: h.id! },
    }));
}

/**
 * The spoken quotations of `text` with the comments under a post and the posts of a handle-stamped
 * thread read apart: each is its writer's, never part of a post or a turn that ran on over it, and
 * the document's other words are still read by the readers that take them.
 */
function spokenQuotes(
  text: string,
  paragraphs: Span[],
  genre: Genre,
  gazetteer: Gazetteer,
  title?: string,
  principal?: PagePrincipal,
  shaped?: ShapedLabelReader | null,
): SuggestedClaim[] {
  const voiced = voicedQuotes(text, paragraphs, genre, gazetteer, title, principal, shaped);
  const comments = [
    ...replyComments(text, gazetteer),
    ...(genre === 'social' ? stampedCommenters(text, paragraphs, gazetteer) : []),
    ...(handleThreadQuotes(text, gazetteer) ?? []),
  ].sort((a, b) => a.span[0] - b.span[0]);
  if (comments.length === 0) return voiced;
  const overlapped = overlappedBy(
    voiced.map((q) => q.span),
    comments.map((c) => c.span),
  );
  return [...voiced.filter((_, k) => !overlapped[k]), ...comments].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * For each span of `spans`, whether any of `others` overlaps it: one sweep, the spans by their
 * ends and the others by their starts, a pointer over the others keeping the greatest end of
 * those that start before the span ends (a page of thousands of quotes and comments is read
 * once, not once per pair).
 */
function overlappedBy(spans: Span[], others: Span[]): boolean[] {
  const byEnd = spans.map((_, k) => k).sort((a, b) => spans[a]![1] - spans[b]![1]);
  const byStart = others.toSorted((a, b) => a[0] - b[0]);
  const overlapped = new Array<boolean>(spans.length).fill(false);
  let next = 0;
  let furthest = Number.NEGATIVE_INFINITY;
  for (const k of byEnd) {
    const [start, end] = spans[k]!;
    for (; next < byStart.length && byStart[next]![0] < end; next++)
      furthest = Math.max(furthest, byStart[next]![1]);
    overlapped[k] = furthest > start;
  }
  return overlapped;
}

function voicedQuotes(
  text: string,
  paragraphs: Span[],
  genre: Genre,
  gazetteer: Gazetteer,
  title?: string,
  principal?: PagePrincipal,
  shaped?: ShapedLabelReader | null,
): SuggestedClaim[] {
  // A video's timed captions and a forum's Q&A thread, in any genre: their turns are read from
  // stamps, cues and comment headers, not labels.
  // A chat's stamped messages name their senders: read before the captions they would pass for.
  const cues = subtitleTurns(text);
  if (cues) return turnQuotes(text, cues, gazetteer, genre === 'press-conference');
  const captions =
    chatQuotes(text, gazetteer) ??
    headedMessageQuotes(text, gazetteer) ??
    captionOrBriefingQuotes(text, gazetteer, title) ??
    forumThreadQuotes(text, paragraphs, gazetteer) ??
    emailQuotes(text, gazetteer) ??
    stampedCommentQuotes(text, gazetteer, genre === 'social');
  const transcript = genre === 'press-conference' || genre === 'meeting-transcript';
  // A reader that took the document and read nothing leaves a transcript to its turns.
  if (captions && (captions.length > 0 || !transcript)) return captions;
  if (transcript) {
    const turns = broadcastTurns(
      text,
      transcriptTurns(text, paragraphs, findTurns(text, paragraphs, shaped)),
      gazetteer,
    );
    return turnQuotes(text, turns, gazetteer, genre === 'press-conference');
  }
  if (genre === 'social') return postQuote(text, paragraphs, gazetteer, title);
  return addressQuote(text, paragraphs, gazetteer, title, principal);
}

/** Unmarked paragraphs a speaker's colon introduces; a transcript's and a post's words are read as turns and posts. */
function spokenParagraphs(genre: Genre, paragraphs: Span[], ctx: SpeakerContext): SuggestedClaim[] {
  return genre === 'press-conference' || genre === 'meeting-transcript' || genre === 'social'
    ? []
    : introducedParagraphs(paragraphs, ctx);
}

/**
 * Events of the text. A spokesperson's statement quoted whole (a government readout's body in one
 * quotation, quotes.ts `statement`) reports the meetings and calls as the document's own voice
 * would: its words are read for events as if unquoted.
 */
function statementEvents(
  text: string,
  quotes: QuoteSpan[],
  masked: string,
  hits: NameHit[],
  sentences: Span[],
  dated: Pick<EventInput, 'published' | 'received' | 'dayHeadings' | 'mediators'>,
  genre: Genre,
): SuggestedClaim[] {
  if (!quotes.some((q) => q.statement))
    return extractEvents({ ...dated, text, masked, sentences, hits, genre });
  const statements = quotes.filter((q) => q.statement).map((q) => q.inner);
  const inStatement = (at: number) => statements.some(([s, e]) => s <= at && at < e);
  // Its keys in the order of the call above: one shape of input, so extractEvents is compiled once.
  return extractEvents({
    ...dated,
    text,
    masked: maskQuotes(
      text,
      quotes.filter((q) => !q.statement),
    ),
    sentences,
    hits: hits.map((h) => (h.inQuote && inStatement(h.span[0]) ? { ...h, inQuote: false } : h)),
    genre,
  });
}

/** Suggested claims of a clean text (see types.ts); pure and deterministic. */
export function extractClaims(cleanText: string, context: ExtractContext): SuggestedClaim[] {
  const gazetteer = buildGazetteer(context.roster);
  const genre = context.genre ?? 'news';
  const paragraphs = splitParagraphSpans(cleanText);
  // The masthead is the title or one of the first lines of an official page.
  const mastheads = [
    ...(context.title ? [context.title] : []),
    ...(context.site ? [context.site] : []),
    ...cleanText.slice(0, 400).split('\n', 4),
  ];
  const principal = pagePrincipal(mastheads, gazetteer, cleanText);
  const publisher = pageParty(mastheads, gazetteer);
  // Transcripts and posts are one speaker's words a stretch at a time; marks inside them
  // are that speaker quoting someone, not quotations of the document's own.
  const voiced = spokenQuotes(
    cleanText,
    paragraphs,
    genre,
    gazetteer,
    context.title,
    principal,
    context.shapedLabels,
  );
  const inVoiced = insideAny(voiced.map((c) => c.span));
  const allQuotes = findQuoteSpans(cleanText);
  const quotes = allQuotes.filter((q) => voiced.length === 0 || !inVoiced(q.inner[0]));
  const addressed =
    genre === 'press-conference'
      ? addressedQuotes(
          cleanText,
          voiced,
          allQuotes.filter((q) => !quotes.includes(q)).map((q) => q.inner),
        )
      : [];
  const masked = maskQuotes(cleanText, quotes);
  const hits = scanNames(cleanText, gazetteer, insideAny(quotes.map((q) => q.inner)));
  const sentences = splitSentences(cleanText);
  markSubjects(hits, sentences, masked);
  const ctx: SpeakerContext = {
    text: cleanText,
    masked,
    hits,
    gazetteer,
    ...(principal ? { principal } : {}),
    ...(publisher ? { pageParty: publisher } : {}),
  };
  const provisions = context.provisions ?? [];
  const published = context.published;
  // A bullet in quotation marks is read once, as the bullet of the speaker who introduced it.
  const bullets =
    genre === 'joint-statement'
      ? []
      : [...bulletQuotes(paragraphs, ctx), ...spokenParagraphs(genre, paragraphs, ctx)];
  const inBullet = insideAny(bullets.map((c) => c.span));
  const read = extractQuotes(
    cleanText,
    paragraphs,
    ctx,
    bullets.length === 0 ? quotes : quotes.filter((q) => !inBullet(q.inner[0])),
  );
  // A post or an address quoting someone by name ("Henrik Dahl told me: "…"") reports their words
  // as a turn does.
  const reported = voiced.length > 0 ? reportedInTurns(cleanText, paragraphs, ctx, voiced, allQuotes) : [];
  const relayed = voiced.length > 0 ? relayedQuotes(cleanText, voiced, gazetteer) : [];
  const opened =
    voiced.length > 0 ? openerQuotes(cleanText, voiced, allQuotes, hits, gazetteer, reported) : [];
  const claims = ([] as SuggestedClaim[])
    .concat(
      voiced,
      addressed,
      reported,
      relayed,
      opened,
      genre === 'meeting-transcript' ? interjectionQuotes(cleanText, gazetteer) : [],
      bullets,
      voiced.length > 0 ? settleHeadQuotations(cleanText, voiced, read) : read,
      genre === 'news' ? headlineQuote(cleanText, paragraphs, read) : [],
      mentionClaims(cleanText, hits),
      extractProvisionMentions(cleanText, provisions),
      statementEvents(
        cleanText,
        quotes,
        masked,
        withOfficeHolders(cleanText, hits, gazetteer),
        sentences,
        {
          published,
          received: context.received,
          dayHeadings: context.dayHeadings,
          mediators: mediatorsOf(context.roster),
        },
        genre,
      ),
      extractPositions({ text: cleanText, masked, sentences, hits, gazetteer, provisions }),
    )
    .sort((a, b) => a.span[0] - b.span[0] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  // Last, as last resorts: a speaker still known only by an office goes to its one holder named
  // here; words still without a speaker to the one whose attributed quotation repeats them.
  return withEchoedSpeakers(
    withCuedSpeakers(
      withOfficeSpeakers(
        withAuthors(withOwnSide(claims, voiced, principal), voiced, cleanText),
        cleanText,
        hits,
        gazetteer,
        inVoiced,
      ),
      cleanText,
      gazetteer,
    ),
  );
}
