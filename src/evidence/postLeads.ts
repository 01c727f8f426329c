// A channel's post that gives another's words under a lead naming them: a forward's "From the
// Minister of State for Dialogue: …" under the app's "Forwarded" mark, or a channel's 'The
// President: "…"'. The words after the lead are the one it names (a name, or an office whose
// holder the roster gives), not the channel's; a lead naming no one known leaves the post as it is.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { officeHolder } from './offices.ts';
import type { PullQuote } from './pullQuotes.ts';
import { fromPerson } from './speakers.ts';
import type { Span } from './types.ts';

// "From X: words": the forward's origin, then its words.
const FROM_LEAD = /^From\s+((?:the\s+)?\p{L}[^\n:"“”]{2,80}):\s+(?=\S)/u;
// "X: "words"": a lead and one quotation that make the whole post (the marks are plain in a clean text).
const QUOTED_LEAD = /^((?:the\s+)?\p{Lu}[^\n:"]{2,60}):\s*"([^"\n]{8,600})"\s*$/iu;

/**
 * The words a post's lead gives to the one it names, or undefined. An office alone ("The President")
 * is the holder in the channel's own party, `party`, when the roster knows several.
 */
export function postLead(
  text: string,
  [start, end]: Span,
  gazetteer: Gazetteer,
  party?: string,
): PullQuote | undefined {
  const post = text.slice(start, end);
  const from = FROM_LEAD.exec(post);
  const quoted = from ? null : QUOTED_LEAD.exec(post);
  const lead = from ?? quoted;
  if (!lead) return undefined;
  const who = lead[1]!.trim();
  const holder = speakerNamed(who, gazetteer) ?? officeSpeaker(who, gazetteer, text, party);
  if (!holder) return undefined;
  const whoAt = start + post.indexOf(who);
  const wordsAt = from ? start + from[0].length : start + post.indexOf(`"${quoted![2]}"`) + 1;
  const wordsEnd = from ? end : wordsAt + quoted![2]!.length;
  return {
    span: [wordsAt, wordsEnd],
    speaker: { ...holder, said: who },
    speakerSpan: [whoAt, whoAt + who.length],
  };
}

const officeSpeaker = (who: string, gazetteer: Gazetteer, text: string, party: string | undefined) => {
  const person =
    officeHolder(who, gazetteer, text) ?? (party ? officeHolder(who, gazetteer, text, [party]) : undefined);
  return person ? { ...fromPerson(person), via: 'title' as const } : undefined;
};
