// The thing a length is of, named before a relative clause: "the Vell pipeline, which is more
// than 600 kilometres long", "a border that runs some 212 km". Without it a length names no thing,
// and is set against any other length of the unit (a road corridor's, a zone's).
import { meaningWords } from './meaning.ts';
import type { Quantity } from './numbers.ts';

const RELATIVE_BEFORE =
  /([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*,?\s+(?:which|that)\s+(?:is|was|are|were|runs?|ran|stretch(?:es)?|extends?|measures?)\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+|under\s+|roughly\s+|around\s+|just\s+)*$/iu;

/** The meaning words of the noun a relative clause gives a figure to, if it does. */
export function measuredByRelative(text: string, q: Quantity): Set<string> | undefined {
  const m = RELATIVE_BEFORE.exec(text.slice(Math.max(0, q.index - 60), q.index));
  const words = m ? meaningWords(m[1]!) : undefined;
  return words && words.size > 0 ? new Set(words) : undefined;
}
