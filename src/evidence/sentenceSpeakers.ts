// A quotation's speaker read from the rest of its sentence, or the one before: its closing clause
// (", one official said."), an unclosed quotation's tail, a subject speaking just before, a subject's "as".
import { clauseSubject } from './clauseSpeakers.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import { afterText, clauseStart } from './quoteClauses.ts';
import type { QuoteSpan } from './quotes.ts';
import { speakerAfter } from './speakerAfter.ts';
import type { Attribution, SpeakerContext } from './speakers.ts';

export const SAYS = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`);
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
export function speakingBefore(
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
 * "Minister Kaldor welcomed the accord as "the first good news in two years"": what a subject
 * welcomes, hails or dismisses "as" is that subject's own characterisation.
 */
export function asSubject(ctx: SpeakerContext, start: number, open: number): Attribution | undefined {
  if (!/\bas\s*$/.test(ctx.masked.slice(Math.max(start, open - 4), open))) return undefined;
  return clauseSubject(ctx, start, open);
}

// A missing closing mark leaves the attribution inside the quotation's run: "…no one will be
// surprised, a senior diplomat said." ends an unclosed quotation with its own speaker.
const LAST_CLAUSE = /^,\s*[^,"]{1,100}$/;

/** The speaker an unclosed quotation's last clause names, when that clause attributes it. */
export function closingTail(quote: QuoteSpan, ctx: SpeakerContext): Attribution | undefined {
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
export function sentenceTail(
  quote: QuoteSpan,
  ctx: SpeakerContext,
  paragraphEnd: number,
): Attribution | undefined {
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
