// A figure said without its unit because its own sentence has just given it: "The first draft
// ran to twenty articles; the text initialled yesterday has fifteen", "Arvenia held 40 prisoners
// and Torvania had 52". The bare figure is what a verb of having or counting takes ("has",
// "numbers", "comes to", "stands at", "is"), and counts what the figure before it counts. Only a
// figure standing alone is read ("has fifteen days" counts days), and only one of a like size.
// A body named by what its members do numbers those members: "the monitoring mission, which we
// expect to number 48" counts monitors, as "an observer team numbering 12" counts observers.
import { meaningWords } from './meaning.ts';
import { type Quantity, quantities } from './numbers.ts';
import { numberOf, ONES } from './numberWords.ts';
import { rangeEnds } from './rangeEnds.ts';

// A verb of having or counting, then at most a word of degree, right before the bare figure.
const HAVING =
  /\b(?:has|have|had|having|numbers?|numbered|numbering|totals?|totall?ed|totall?ing|comes? to|came to|runs? to|ran to|amounts? to|amounted to|stands? at|stood at|is|are|was|were)\s+(?:(?:now|only|just|still|some|about|around|roughly|nearly|almost|barely|at most|at least)\s+)?$/i;
const WORDS = Object.keys(ONES).join('|');
// A bare figure: digits or number words, not a year, and nothing counted after it.
const BARE = new RegExp(
  `(?<![\\p{L}\\d.,/])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:${WORDS})(?:[\\s-]+(?:${WORDS}))?)(?=\\s*(?:[.,;:!?)"'”’—–]|$|(?:and|or|but|according|under|in|at|by|since|now)\\b))`,
  'giu',
);
// A figure for the same thing as the one before is of its size: within three times of it ("the
// annex has three" beside "20 points" counts another thing's points).
const LIKE_SIZE = 3;

/** The figures `sentence` gives bare after a verb of having, in the unit of the figure before them. */
export function complementFigures(sentence: string, stated: Quantity[]): Quantity[] {
  if (stated.length === 0) return [];
  const found: Quantity[] = [];
  for (const m of sentence.matchAll(BARE)) {
    if (stated.some((q) => q.index <= m.index && m.index < q.index + q.text.length)) continue;
    if (!HAVING.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const of = stated.filter((q) => q.unit !== '' && q.index + q.text.length <= m.index).at(-1);
    if (!of) continue;
    // A figure in millions or billions ("3 billion … is 2.5") is read by ellipsis.ts's scales, not here.
    if (/\b(?:thousand|million|billion|trillion|mln|mn|bn)\b/i.test(of.text)) continue;
    const base = numberOf(m[1]!);
    if (base === undefined || /^one$/i.test(m[1]!)) continue;
    const value = base * (of.factor ?? 1);
    const ratio = value / of.value;
    if (ratio > LIKE_SIZE || ratio < 1 / LIKE_SIZE) continue;
    const { approx: _, stage: __, part: ___, open: ____, ...kind } = of;
    found.push({ ...kind, value, index: m.index, text: m[0] });
  }
  return found;
}

// "monitoring mission … to number 48": what its members do or are, the body, then "number".
const BODY_NUMBERS = new RegExp(
  `\\b([\\p{L}-]{1,40})\\s+(?:mission|team|force|contingent|group)\\b[^.;:!?]{0,50}?\\b(?:numbers|numbered|numbering|to number|will number|would number)\\s+(?:(?:about|some|around|roughly|nearly|up to)\\s+)?${BARE.source.slice(BARE.source.indexOf('('))}`,
  'iu',
);
// The members a body is named for, as meaning.ts folds them: monitors (and observers), troops.
const MEMBERS = new Set(['monitor', 'troop']);

/** The count of its members a body named for them is said to number: "a monitoring mission … to number 48". */
export function bodyNumbers(sentence: string): Quantity[] {
  const m = BODY_NUMBERS.exec(sentence);
  const unit = m ? [...meaningWords(m[1]!)][0] : undefined;
  const value = m ? numberOf(m[2]!) : undefined;
  if (!m || !unit || !MEMBERS.has(unit) || value === undefined) return [];
  const at = m.index + m[0].length - m[2]!.length;
  return [{ value, unit, step: 1, factor: 1, index: at, text: m[2]! }];
}

/** A sentence's quantities, with the figures it gives bare in a unit said before them (in order). */
export function quantitiesWithComplements(sentence: string): Quantity[] {
  const stated = quantities(sentence);
  const said = [...complementFigures(sentence, stated), ...bodyNumbers(sentence)];
  const more = [
    ...said,
    ...rangeEnds(sentence, stated).filter((q) => !said.some((x) => x.index === q.index)),
  ];
  return more.length === 0 ? stated : [...stated, ...more].sort((x, y) => x.index - y.index);
}
