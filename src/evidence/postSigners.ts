// A channel's statement signed under its last paragraph by the one who speaks for it: the name on a
// line and the office on the next ("Ada Lind" over "Spokesperson", "Per Holm" over "Head of the
// Press Service"). The words above the signature are the signer's, as a signed letter's are.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { isBio } from './postChrome.ts';
import type { Span, Speaker } from './types.ts';

// The name's line: two to four capitalised words; the office's: a short line with no stop.
const SIGNATURE =
  /\n[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]*\n\s*(\p{Lu}[^\n.!?]{2,60})[ \t]*$/u;

/** The words of a post (`post`) its signature closes and the signer, or undefined for an unsigned post. */
export function signedPost(
  text: string,
  [start, end]: Span,
  gazetteer: Gazetteer,
): { span: Span; speaker: Speaker; speakerSpan: Span } | undefined {
  // The signature sits in the post's last few lines: read only those.
  const from = Math.max(start, end - 200);
  const tail = text.slice(from, end);
  const m = SIGNATURE.exec(tail);
  if (!m || !isBio(m[2]!.trim())) return undefined;
  const wordsEnd = text.slice(start, from + m.index).trimEnd().length + start;
  if (wordsEnd <= start) return undefined;
  const name = m[1]!;
  const at = from + m.index + m[0].indexOf(name);
  return {
    span: [start, wordsEnd],
    speaker: { ...(speakerNamed(name, gazetteer) ?? { name, via: 'name' as const }), said: name },
    speakerSpan: [at, at + name.length],
  };
}
