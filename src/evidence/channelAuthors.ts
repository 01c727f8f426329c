// Who wrote each post of a channel whose posts are not all its owner's: the line a channel app
// prints over a post with the author's name and the role the app gives them ("Ada Lind · Admin",
// "Per Holm · forwarded by Admin"), a forward's bare "Forwarded" over the name of the one forwarded,
// and the dash that signs a post's last words ("… in due course. — A. Lind, Spokesperson").
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { displayName } from './postChannels.ts';
import { withoutChrome } from './postChrome.ts';
import type { Span, Speaker } from './types.ts';

const NAME_WORDS = displayName(0, 5);
// The app's roles after the dot it sets beside an author's name (a bar sets off a web page's
// byline instead); a forward names the one who shared it after "by".
const AUTHOR_LINE = new RegExp(
  `^(${NAME_WORDS})[ \\t]*[·•][ \\t]*(?:[Aa]dmin|[Oo]wner|[Mm]oderator|[Ee]ditor|[Aa]uthor|[Ff]orwarded by [^\\n]{1,40})$`,
  'u',
);
// "Forwarded from Norland MFA" over a post: whose channel wrote it.
export const FORWARDED = /^\[?Forwarded from\s+([^\]\n]{2,60}?)\]?$/;
// A forward shown as a bare mark over the forwarded channel's name on a line of its own.
const FORWARD_MARK = /(?:^|\n)[ \t]*(?:[Ff]orwarded(?: message)?)[ \t]*\n\s*$/u;
const NAME_LINE = new RegExp(`^${NAME_WORDS}$`, 'u');
const FORWARDED_NAME_MAX = 60;

export interface PostHead {
  name: string;
  nameStart: number;
  body: Span[];
}

const lineOf = (text: string, [s, e]: Span) => text.slice(s, e).trim();

/**
 * The author a post's own head names, with the post's paragraphs after it (the app's chrome taken
 * off): "Forwarded from …", the last of the author lines that open it (a pinned post repeats its
 * author's line; `channel`'s own name is one), or the name under a bare "Forwarded" (the mark
 * itself is the platform's chrome, taken off the body before). Undefined for a post with no head
 * of its own, which is the channel's.
 */
export function postHead(text: string, body: Span[], channel: string): PostHead | undefined {
  const forward = body.length > 1 ? FORWARDED.exec(lineOf(text, body[0]!)) : null;
  if (forward) {
    const name = forward[1]!.trim();
    // The app's note on the forward ("[Translated from Norlandic]") is no part of it.
    return { name, nameStart: text.indexOf(name, body[0]![0]), body: withoutChrome(text, body.slice(1)) };
  }
  let found: PostHead | undefined;
  for (let i = 0; i < body.length - 1; i++) {
    const line = lineOf(text, body[i]!);
    // A feed copied whole sets the channel's own name over each of its posts.
    const name = line === channel ? line : AUTHOR_LINE.exec(line)?.[1];
    if (!name) break;
    found = { name, nameStart: text.indexOf(name, body[i]![0]), body: body.slice(i + 1) };
  }
  if (!found && body.length > 1) {
    const line = lineOf(text, body[0]!);
    const start = body[0]![0];
    if (
      line.length <= FORWARDED_NAME_MAX &&
      NAME_LINE.test(line) &&
      FORWARD_MARK.test(text.slice(Math.max(0, start - 40), start))
    )
      found = { name: line, nameStart: text.indexOf(line, start), body: body.slice(1) };
  }
  return found && { ...found, body: withoutChrome(text, found.body) };
}

/** A post's paragraphs without an author's line under its last words: the app's, not the post's. */
export function withoutAuthorTail(text: string, body: Span[]): Span[] {
  let to = body.length;
  while (to > 1 && AUTHOR_LINE.test(lineOf(text, body[to - 1]!))) to--;
  return body.slice(0, to);
}

// " — A. Lind, Spokesperson", " — Per Holm", " — S.K.": the signer after a dash, an office after a comma
// at most, closing the post's last sentence (a dash inside one sets off words, not a signer).
const DASH_SIGNATURE = new RegExp(
  `(?<=[.!?"”)])[ \\t]+[—–][ \\t]*((?:\\p{Lu}\\.[ \\t]*){1,3}(?:\\p{Lu}[\\p{L}'’-]+)?|${NAME_WORDS})(?:,[ \\t]*[^\\n.!?,]{2,60})?[ \\t]*$`,
  'u',
);
// What a feed sets after a post's last dash that signs no one: its state or a credit ("— Live",
// "— Developing", "— Photo").
const NOT_SIGNER = /^(?:Live|Updated?|Updates|Developing|Breaking|Thread|Source|Photo|Video|Watch)\b/u;

/**
 * A post signed after a dash: its words without the signature, and the signer when the name is a
 * person's: initials and a surname, two names or more, or one name the roster knows as a person's
 * (one word alone is as often a place or an outlet: "— Kessel", "— Reuters"). "— S.K." signs the
 * account's own post, whose author the head names already.
 */
export function dashSignedPost(
  text: string,
  [start, end]: Span,
  gazetteer: Gazetteer,
): { span: Span; signer?: { span: Span; speaker: Speaker; speakerSpan: Span } } | undefined {
  const from = Math.max(start, end - 120);
  const m = DASH_SIGNATURE.exec(text.slice(from, end));
  if (!m) return undefined;
  const wordsEnd = from + m.index;
  if (wordsEnd - start < 20) return undefined;
  const span: Span = [start, wordsEnd];
  const name = m[1]!.trim();
  if (!/\p{Ll}{2}/u.test(name) || NOT_SIGNER.test(name)) return { span };
  const named = speakerNamed(name, gazetteer);
  if (!/[\s.]/u.test(name) && !named?.personId) return { span };
  const at = from + m.index + m[0].indexOf(name);
  const speaker = { ...(named ?? { name, via: 'name' as const }), said: name };
  return { span, signer: { span, speaker, speakerSpan: [at, at + name.length] } };
}
