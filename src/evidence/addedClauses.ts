// "Varin confirmed that a Norland delegation will visit Kessel next week, while noting that
// officials had already held talks in Fjellby": a remark added after the first, in a clause of
// its own, tells its own occasion — its place, its day and its tense are not the first clause's.
// Such a clause is read for events apart, as a sentence of its own would be.
import { allMatches } from './regex.ts';
import type { Span } from './types.ts';

const ADDED =
  /,\s+(?:while\s+|and\s+)?(?:noting|adding|stressing|recalling|pointing out|underlining)\s+(?:that\s)?/gi;

/** `span` cut before each clause that adds a remark of its own. */
export function addedClauses(text: string, span: Span): Span[] {
  const sentence = text.slice(span[0], span[1]);
  // allMatches, not matchAll: matchAll clones the pattern on every call, once per sentence.
  const cuts = allMatches(ADDED, sentence).map((m) => span[0] + m.index + 1);
  if (cuts.length === 0) return [span];
  const edges = [span[0], ...cuts, span[1]];
  return edges.slice(1).map((end, i) => [edges[i]!, end] as Span);
}
