// Who wrote each post of a channel whose posts are not all its owner's: the line a channel app
// prints over a post with the author's name and the role the app gives them ("Ada Lind · Admin",
// "Per Holm · forwarded by Admin"), a forward's bare "Forwarded" over the name of the one forwarded,
// and the dash that signs a post's last words ("… in due course. — A. Lind, Spokesperson").
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import type { Span, Speaker } from './types.ts';

const NAME_WORDS =
  "\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:(?:of|the|for|and|de|van|von|bin)[ \\t]+){0,2}\\p{Lu}[\\p{L}'’.-]*){0,5}";
// The app's roles beside an author's name; a forward names the one who shared it after "by".
const AUTHOR_LINE = new RegExp(
  `^(${NAME_WORDS})[ \\t]*[·•|][ \\t]*(?:[Aa]dmin|[Oo]wner|[Mm]oderator|[Ee]ditor|[Aa]uthor|[Ff]orwarded by [^\\n]{1,40})$`,
  'u',
);
// A forward shown as a bare mark over the forwarded channel's name on a line of its own.
const FORWARD_MARK = /(?:^|\n)[ \t]*(?:[Ff]orwarded(?: message)?)[ \t]*\n\s*$/u;
const NAME_LINE = new RegExp(`^${NAME_WORDS}$`, 'u');
const NAME_LINE_MAX = 60;

export interface PostAuthor {
  name: string;
  nameStart: number;
  body: Span[];
}

/**
 * The author a post's own head names, with the post's paragraphs after it: the last of the author
 * lines that open it (a pinned post repeats its author's line; `channel`'s own name is one), or the
 * name under a bare "Forwarded"
 * (the mark itself is the platform's chrome, taken off the body before). Undefined for a post with
 * no head of its own, which is the channel's.
 */
export function postAuthor(text: string, body: Span[], channel: string): PostAuthor | undefined {
  let found: PostAuthor | undefined;
  for (let i = 0; i < body.length - 1; i++) {
    const [s, e] = body[i]!;
    const line = text.slice(s, e).trim();
    // A feed copied whole sets the channel's own name over each of its posts.
    const m = line === channel ? [line, line] : AUTHOR_LINE.exec(line);
    if (!m) break;
    found = { name: m[1]!, nameStart: text.indexOf(m[1]!, s), body: body.slice(i + 1) };
  }
  if (found || body.length < 2) return found;
  const [s, e] = body[0]!;
  const line = text.slice(s, e).trim();
  if (line.length > NAME_LINE_MAX || !NAME_LINE.test(line)) return undefined;
  if (!FORWARD_MARK.test(text.slice(Math.max(0, s - 40), s))) return undefined;
  return { name: line, nameStart: text.indexOf(line, s), body: body.slice(1) };
}

// " — A. Lind, Spokesperson", " — Per Holm", " — S.K.": the signer after a dash, an office after a comma
// at most, closing the post's last sentence (a dash inside one sets off words, not a signer).
const DASH_SIGNATURE = new RegExp(
  `(?<=[.!?"”)])[ \\t]+[—–][ \\t]*((?:\\p{Lu}\\.[ \\t]*){1,3}(?:\\p{Lu}[\\p{L}'’-]+)?|${NAME_WORDS})(?:,[ \\t]*[^\\n.!?,]{2,60})?[ \\t]*$`,
  'u',
);

/**
 * A post signed after a dash: its words without the signature, and the signer when the name is
 * more than initials ("— S.K." signs the channel's own post, whose author the head names already).
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
  const name = m[1]!.trim();
  if (!/\p{Ll}{2}/u.test(name)) return { span: [start, wordsEnd] };
  const at = from + m.index + m[0].indexOf(name);
  const speaker = { ...(speakerNamed(name, gazetteer) ?? { name, via: 'name' as const }), said: name };
  const span: Span = [start, wordsEnd];
  return { span, signer: { span, speaker, speakerSpan: [at, at + name.length] } };
}
