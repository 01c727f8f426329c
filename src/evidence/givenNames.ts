// An unnamed source a report describes ("A Western diplomat", "One woman"), and the name it lets
// them go by when they give one: "A retired teacher, who gave his name only as Jon, …", "a fisherman
// identified only as Berg". Reporters write the name so when the source gives no more: it is the
// speaker's, as written.
import type { Speaker } from './types.ts';

export const ANONYMOUS = /^(?:an?|one|another)\s+/i;
const GIVEN_NAME =
  /^,?\s+(?:who\s+)?(?:(?:gave|giving)\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+(?:only\s+)?as|(?:(?:who\s+)?(?:was|is)\s+)?(?:identified|named)\s+only\s+as)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/** The unnamed source `phrase` (ending at `end` of `text`) describes, by the name it gave if any. */
export function unnamedSource(phrase: string, text: string, end: number): Speaker {
  const given = GIVEN_NAME.exec(text.slice(end, end + 80))?.[1];
  return { name: given ?? phrase.replace(ANONYMOUS, ''), via: given ? 'name' : 'description', said: phrase };
}
