// Event claims: sentences that report a meeting, call, talks, summit, visit, statement or
// deadline, with the date, place and roster participants the sentence gives. A sentence
// without a date or a place is not reported as an event: too vague to record.
import { findDate, isFutureTense, mayHoldDate } from './dates.ts';
import { NOT_NAME_WORDS } from './lexicon.ts';
import type { NameHit } from './names.ts';
import type { EventClaimKind, Span, SuggestedClaim } from './types.ts';

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const TRIGGERS: [EventClaimKind, RegExp][] = [
  [
    'deadline',
    new RegExp(
      `\\bdeadlines?\\b|\\b(?:accept|agree|sign|respond|reply)\\w*\\b[^.]{0,60}\\bby (?:next )?(?:${DAY}|the end of)`,
      'i',
    ),
  ],
  [
    'call',
    /\b(?:(?:phone|telephone|video) (?:call|conversation)s?|calls? (?:between|with)|spoke by (?:tele)?phone|held a call|a call on|picked up the phone|(?:tele)?phoned)\b/i,
  ],
  ['summit', /\bsummits?\b/i],
  ['meeting', /\b(?:met|meets?|meetings?|gathered)\b/i],
  ['talks', /\b(?:talks|negotiations|discussions|(?:new|technical|next|first|second|third|final) round)\b/i],
  ['visit', /\b(?:visit(?:ed|s)?|travel(?:s|ed|led)? to|flew to|arrived in)\b/i],
  ['statement', /\b(?:joint statement|statement|readout|communiqu[eé])\b/i],
];
const PLACE = /\b(?:in|at) ((?:the )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})/gu;

// One cheap pass that rules out sentences no trigger can match.
const ANY_TRIGGER =
  /deadline|accept|agree|sign|respond|reply|call|phone|summit|met|meet|gather|talks|negotiation|discussion|round|visit|travel|flew|arrived|statement|readout|communiqu/i;

function eventKind(sentence: string): EventClaimKind | undefined {
  if (!ANY_TRIGGER.test(sentence)) return undefined;
  return TRIGGERS.find(([, pattern]) => pattern.test(sentence))?.[0];
}

function place(sentence: string): string | undefined {
  for (const m of sentence.matchAll(PLACE)) {
    const name = m[1]!.replace(/^the /, '').replace(/['’]s$/, '');
    if (!NOT_NAME_WORDS.has(name.split(' ')[0]!.toLowerCase())) return name;
  }
  return undefined;
}

export interface EventInput {
  text: string;
  masked: string;
  sentences: Span[];
  hits: NameHit[];
  published: string | undefined;
}

/** Event claims of a clean text, one per (kind, date) in the document. */
export function extractEvents({ text, masked, sentences, hits, published }: EventInput): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  const seen = new Map<string, string[]>();
  for (const [start, end] of sentences) {
    const sentence = masked.slice(start, end);
    const kind = eventKind(sentence);
    if (!kind) continue;
    const date = mayHoldDate(sentence) ? findDate(sentence, published) : undefined;
    const where = place(sentence);
    if (!date && !where) continue;
    const participants = [
      ...new Set(
        hits.filter((h) => h.span[0] >= start && h.span[1] <= end && !h.inQuote && h.id).map((h) => h.id!),
      ),
    ];
    const key = `${kind}|${date?.iso ?? where}`;
    const merged = seen.get(key);
    if (merged) {
      for (const id of participants) if (!merged.includes(id)) merged.push(id);
      continue;
    }
    seen.set(key, participants);
    claims.push({
      kind: 'event',
      text: text.slice(start, end),
      span: [start, end],
      data: {
        eventKind: kind,
        ...(date ? { date: date.iso, dateText: date.text } : {}),
        ...(where ? { place: where } : {}),
        participants,
        tense: isFutureTense(sentence) ? 'future' : 'past',
      },
    });
  }
  return claims;
}
