// A figure set right against another to deny it: "It has 20 points, not 19", "nineteen points,
// and not twenty-two as some media had claimed", "not 150 but 200 observers". Officials correct a
// count so when another side's figure is going round: the denied figure is that other account of
// the same count, not a second figure the source gives (an earlier version, a part).
import { numberOf, ONES, type Quantity } from './numbers.ts';

const WORDS = Object.keys(ONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FIGURE = `(\\d{1,3}(?:,\\d{3})+|\\d+|(?:${WORDS})(?:[\\s-]+(?:${WORDS}))?)`;
// What may follow the denied figure: a stop, "as …" (who said it), "but", or a counted word.
const DENIED_END = `(?=\\s*(?:[,.;:!?)"'”’—–-]|$)|\\s+(?:as|but|by|that|which)\\b|\\s+\\p{L}+\\s*[,.;:!?)"'”’—–-])`;
// Right after the figure: ", not 19", " - and not 19", "; not nineteen".
const NOT_AFTER = new RegExp(`^["'”’]?\\s*(?:[,;—–-]\\s*)?(?:and\\s+)?not\\s+${FIGURE}${DENIED_END}`, 'iu');
// Right before it: "not 150 but 200 observers", "not nineteen points but twenty".
const NOT_BEFORE = new RegExp(`\\bnot\\s+${FIGURE}(?:\\s+\\p{L}+)?\\s*,?\\s+but\\s+$`, 'iu');
// A denied figure stands close to the one it is set against.
const REACH = 40;

/** The values `text` denies right beside its figure `q` ("20 points, not 19": 19). */
export function deniedBeside(text: string, q: Quantity): number[] {
  const end = q.index + q.text.length;
  const after = NOT_AFTER.exec(text.slice(end, end + REACH))?.[1];
  const before = NOT_BEFORE.exec(text.slice(Math.max(0, q.index - REACH), q.index))?.[1];
  return [after, before].flatMap((raw) => {
    const value = raw === undefined ? undefined : numberOf(raw);
    return value === undefined || value === q.value ? [] : [value * (q.factor ?? 1)];
  });
}
