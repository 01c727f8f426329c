// A figure said without its unit because the sentence before has just given it: "Ardesia
// asked in January for six million tonnes a year. We accepted four and a half." The second
// sentence counts tonnes a year, in millions, as speakers and reporters leave the repeated
// words out. Read only where the ellipsis is plain: a short sentence whose figure stands
// alone (no noun after it: "three days later" counts days, not tonnes), after a sentence
// with a figure of its unit, of a like size.
import { complementFigures } from './complements.ts';
import { elidedFigures } from './elidedFigures.ts';
import { type Quantity, quantities } from './numbers.ts';

// An elliptical answer or rejoinder is short; a long sentence that names no unit has its own subject.
const MAX_WORDS = 10;
// What may follow a figure that stands alone: its sentence's end, a pause, or a coordinating word.
const STANDS_ALONE = /^\s*(?:[.,;:!?)"'”’—–]|$|(?:and|or|but|not|then|now)\b)/i;
// The scale word of the figure before, which the elided figure shares ("four and a half" million).
const SCALE: [RegExp, number][] = [
  [/\b(?:trillion)\b/i, 1e12],
  [/\b(?:billion|bn)\b/i, 1e9],
  [/\b(?:million|mln|mn)\b/i, 1e6],
  [/\b(?:thousand)\b/i, 1e3],
];
// Two figures of one unit set side by side are of a like size: within ten times of each other.
const LIKE_SIZE = 10;

/** The figures `sentence` gives in the unit of the last figure of `before`, that sentence. */
export function elidedQuantities(sentence: string, before: string): Quantity[] {
  const stated = quantities(sentence);
  const of = quantities(before)
    .filter((q) => q.unit !== '')
    .at(-1);
  if (!of) return [];
  if (stated.length > 0 || sentence.split(/\s+/).length > MAX_WORDS)
    return pronounFigures(sentence, of, stated);
  const scale = SCALE.find(([re]) => re.test(of.text))?.[1] ?? 1;
  const figures = elidedFigures(sentence, { ...of, index: 0, text: '' }, []).filter((q) =>
    STANDS_ALONE.test(sentence.slice(q.index + q.text.length)),
  );
  if (figures.length !== 1) return [];
  const value = figures[0]!.value * (figures[0]!.value < 1000 ? scale : 1);
  const ratio = value / of.value;
  if (ratio > LIKE_SIZE || ratio < 1 / LIKE_SIZE) return [];
  const { approx: _, ...exact } = of;
  return [{ ...exact, value, index: figures[0]!.index, text: figures[0]!.text }];
}

// "it", "this" or "they" and a verb of having right before a bare figure: "Today, after weeks of
// work, it runs to 17", "They now number 150". The pronoun stands for what the sentence before
// counted, so its figure is in that unit, however long the sentence.
const PRONOUN_HAVING =
  /\b(?:it|this|that|they)\s+(?:(?:now|still|only|already)\s+)?(?:has|have|runs? to|ran to|numbers?|numbered|comes? to|came to|stands? at|stood at|totals?|amounts? to|is|are)\s+(?:(?:now|only|just|still|some|about|around|roughly|nearly|almost)\s+)?$/i;
function pronounFigures(sentence: string, of: Quantity, stated: Quantity[]): Quantity[] {
  const { approx: _, ...exact } = of;
  return complementFigures(sentence, [{ ...exact, index: 0, text: '' }]).filter(
    (q) =>
      PRONOUN_HAVING.test(sentence.slice(Math.max(0, q.index - 50), q.index)) &&
      !stated.some((x) => x.index <= q.index && q.index < x.index + x.text.length),
  );
}
