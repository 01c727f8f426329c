// A percentage is a share of some whole, and its sentence names the whole right after it: "80 per
// cent of the compensation fund", "55% of income tax", "30 percent of the observers' budget". Two
// shares of two wholes the sentences name, sharing no word, count two things; a whole left unsaid
// or named only as "it" or "them" may be either.

import { oncePerFigure } from './figureMemo.ts';
import { meaningWords } from './meaning.ts';
import type { Quantity } from './numbers.ts';

// The whole after "of", to the end of its noun phrase: four words at most, ended by punctuation, a
// preposition, a verb of the clause or an "and" that brings in another noun ("the fund and an
// international trust"), not by one that joins two words of the whole ("income and corporate tax").
const OF_WHOLE =
  /^\s+of\s+(?!(?:it|them|this|that|these|those|which|whom)\b)((?:(?!(?:and\s+(?:an?|the|its|their)|to|for|in|on|at|by|with|from|over|under|would|will|shall|is|are|was|were|be|which|that|who)\b)[\p{L}'’-]+\s*){1,4})/iu;

/** The meaning words of the whole a percentage is of, when its sentence names one (read once per figure). */
const wholeOf = oncePerFigure((text: string, q: Quantity): Set<string> | undefined => {
  if (q.unit !== 'percent') return undefined;
  const m = OF_WHOLE.exec(text.slice(q.index + q.text.length));
  const words = m ? meaningWords(m[1]!) : undefined;
  return words && words.size > 0 ? words : undefined;
});

/** Whether two percentages are shares of two wholes their sentences name apart. */
export function sharesOfTwoWholes(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [wx, wy] = [wholeOf(ta, x), wholeOf(tb, y)];
  return wx !== undefined && wy !== undefined && ![...wx].some((w) => wy.has(w));
}
