// The parts a text is counted in: "twenty points", "a 12-article treaty", "the nineteen-point
// version". Official texts number their provisions as points, articles, clauses or paragraphs,
// and sources name one text's parts each their own way.
import type { Quantity } from './numbers.ts';

// The nouns (as quantityUnits.ts folds them) that count the parts of a text, so its size.
const TEXT_PARTS = new Set(['point', 'article', 'clause', 'paragraph', 'section', 'pag', 'chapter']);
// Its numbered provisions, which sources call points, articles, clauses or paragraphs alike
// (meaning.ts folds the last three to "article"): "20 points" and "22 articles" count one thing.
const PROVISIONS = new Set(['point', 'article']);

// What a sized text is called, as meaning.ts folds it ("framework", "plan", "text" → draft):
// "two gauging points" count places, "a twenty-point framework" a text's points. Stems as folded,
// so apart from lexicon.ts's TEXT_NOUNS (words as written).
const TEXT_NOUNS = new Set([
  'draft',
  'memorandum',
  'version',
  'propose',
  'paper',
  'agreement',
  'statement',
  'initiat',
  // "a twelve-point position paper": "position" folds with "positive" (meaning.ts).
  'constructive',
  // "a seven-point counter-proposal": the compound's first word (a counter-terrorism strategy
  // counted in points is a text too); "a seven-point counterproposal" in one word.
  'counter',
  'counterpropos',
  // "thirteen operative points", "twelve operative paragraphs": a resolution's or a plan's own
  // provisions, told apart from its preamble and annexes.
  'operat',
]);

/**
 * Whether a quantity counts the parts of a text: "twenty points", "a 12-article treaty", "the
 * nineteen-point version"; not "three joint inspection points".
 */
export const sizesText = (q: Quantity): boolean =>
  TEXT_PARTS.has(q.unit) && (!q.which || q.which.some((w) => TEXT_NOUNS.has(w)));

/**
 * Whether two counts count one text's provisions, however each source names them: "The framework
 * has 20 points" and "The framework consists of 22 articles".
 */
export const provisionsBoth = (x: Quantity, y: Quantity): boolean =>
  PROVISIONS.has(x.unit) && PROVISIONS.has(y.unit) && sizesText(x) && sizesText(y);
