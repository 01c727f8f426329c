// A figure set right against another to deny it: "It has 20 points, not 19", "nineteen points,
// and not twenty-two as some media had claimed", "not 150 but 200 observers". Officials correct a
// count so when another side's figure is going round: the denied figure is that other account of
// the same count, not a second figure the source gives (an earlier version, a part). "Not one" after
// a count is a status, not a figure: "28 points, not one of them agreed", "not one settled".
import { type Quantity, quantities } from './numbers.ts';
import { numberOf, ONES } from './numberWords.ts';

const WORDS = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FIGURE = `(\\d{1,3}(?:,\\d{3})+|\\d+|(?:${WORDS})(?:[\\s-]+(?:${WORDS}))?)`;
// What may follow the denied figure: a stop, "as …" (who said it), "but", or a counted word (kept,
// to be the count's own noun: "20 points, not 19 points", never "not one agreed").
const DENIED_END = `(?=\\s*(?:[,.;:!?)"'”’—–-]|$)|\\s+(?:as|but|by|that|which)\\b|\\s+(\\p{L}+)\\s*[,.;:!?)"'”’—–-])`;
// Right after the figure: ", not 19", " - and not 19", "; not nineteen".
const NOT_AFTER = new RegExp(`^["'”’]?\\s*(?:[,;—–-]\\s*)?(?:and\\s+)?not\\s+${FIGURE}${DENIED_END}`, 'iu');
// Right before it: "not 150 but 200 observers", "not nineteen points but twenty".
const NOT_BEFORE = new RegExp(`\\bnot\\s+${FIGURE}(?:\\s+\\p{L}+)?\\s*,?\\s+but\\s+$`, 'iu');
// A denied figure stands close to the one it is set against.
const REACH = 40;

/** The values `text` denies right beside its figure `q` ("20 points, not 19": 19). */
export function deniedBeside(text: string, q: Quantity): number[] {
  const end = q.index + q.text.length;
  const match = NOT_AFTER.exec(text.slice(end, end + REACH));
  const after = match?.[1] && !statusNotOne(q, match[1], match[2]) ? match[1] : undefined;
  const before = NOT_BEFORE.exec(text.slice(Math.max(0, q.index - REACH), q.index))?.[1];
  return [after, before].flatMap((raw) => {
    const value = raw === undefined ? undefined : numberOf(raw);
    return value === undefined || value === q.value ? [] : [value * (q.factor ?? 1)];
  });
}

/**
 * Whether "not <figure> <word>" after a count tells how many of it stand somewhere, not another
 * count: "28 points, not one agreed" (a word that is not the count's noun), "twelve articles, not
 * one!" (none of many; a correction sets a near figure against the count, "two points, not one").
 */
function statusNotOne(q: Quantity, figure: string, word: string | undefined): boolean {
  if (word !== undefined) return quantities(`${figure} ${word}`)[0]?.unit !== q.unit || q.unit === '';
  return /^one$/i.test(figure) && q.value > 2;
}
