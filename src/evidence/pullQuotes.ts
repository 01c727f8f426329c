// A post that only quotes someone: a ministry's or a party's account sets its principal's words in
// marks with the attribution after a dash ('"The so-called deadline has no legal meaning." —
// Minister Pavel Surin at today's briefing') or before a colon ('FM Surin: "We will not sign."').
// The words are the quoted person's, not the account's, and the quotation ends at its closing mark.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { isRole } from './genre.ts';
import { scanNames } from './names.ts';
import type { Span, Speaker } from './types.ts';

// The marks are plain in a clean text. One quotation and its attribution make the whole post.
const DASH_AFTER = /^"([^"\n]{8,600})"\s*[—–]\s*(\p{Lu}[^\n"]{2,120})$/u;
const COLON_BEFORE = /^(\p{Lu}[^\n":]{2,60}):\s*"([^"\n]{8,600})"\s*$/u;
// What follows the person in an attribution: the occasion ("at today's briefing", "on Channel One").
const OCCASION = /\s+(?:at|on|in|during|to|after|before|via)\s.*$|\s*[,(].*$/i;

// "Foreign Ministry", "Press Office": the account's own institution, not a person it quotes.
const INSTITUTION =
  /^(?:ministry|office|department|service|government|embassy|mission|presidency|administration|cabinet|council|committee|commission|agency|bureau|secretariat)$/i;

export interface PullQuote {
  /** The quoted words, without the marks. */
  span: Span;
  speaker: Speaker;
  speakerSpan: Span;
}

/** The quotation a post is made of and the one it names, or undefined when the post is its author's own words. */
export function pullQuote(text: string, [start, end]: Span, gazetteer: Gazetteer): PullQuote | undefined {
  const post = text.slice(start, end).trim();
  const lead = start + text.slice(start, end).indexOf(post);
  const dash = DASH_AFTER.exec(post);
  const colon = dash ? null : COLON_BEFORE.exec(post);
  if (!dash && !colon) return undefined;
  const [words, attribution] = dash ? [dash[1]!, dash[2]!] : [colon![2]!, colon![1]!];
  const who = attribution.replace(OCCASION, '').trim();
  const wordsAt = lead + post.indexOf(`"${words}"`) + 1;
  const whoAt = lead + post.indexOf(who);
  const person = scanNames(who, gazetteer, () => false).find((h) => h.kind === 'person' && h.id);
  const speaker = person ? speakerNamed(person.name, gazetteer) : undefined;
  // A name the roster lacks is taken only as a full name, after any title ("Ambassador Lena Vos").
  const full = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)$/u.exec(who)?.[1];
  const unknown = full?.split(/\s+/).some((w) => isRole(w) || INSTITUTION.test(w)) ? undefined : full;
  if (!speaker && !unknown) return undefined;
  return {
    span: [wordsAt, wordsAt + words.length],
    speaker: { ...(speaker ?? { name: unknown!, via: 'name' as const }), said: who },
    speakerSpan: [whoAt, whoAt + who.length],
  };
}
