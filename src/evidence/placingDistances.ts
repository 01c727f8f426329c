// A distance that places something ("the field lies about 60 kilometres south of the capital",
// "the dam, 38 km upstream of the border", "a village 5 km from the line") says where it is, not
// how long, wide or deep anything is: set against a zone's width or a road's length it is another
// thing measured, and a flag on the two tells of a disagreement there is not.
import { perFigure } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

const PLACING =
  /^\s*(?:\(\s*[^)]{0,20}\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?|up-?stream|down-?stream|inland|offshore|away)\b(?:\s+(?:of|from)\b)?|^\s*(?:from|off)\s+(?:the\s+)?(?:town|city|village|capital|border|coast|frontier|port)\b/i;

// A distance off a line or an edge: "within 12 nautical miles of the zone's edge", "boats may fish
// within six miles of either coast", "withdraw 20 km from the river line". It bounds a band along
// that line, not the size of a zone; two such distances off one line are compared.
const OFF_LINE =
  /^\s*(of|from)\s+(?:the\s+|either\s+|each\s+|both\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,3}?(?:coasts?|shores?|coastlines?|edges?|borders?|frontiers?|lines?|baselines?))\b/iu;
const after = (p: Passage, q: Quantity) =>
  p.text.slice(q.index + q.text.length, q.index + q.text.length + 40);

/** Whether a measure tells where something lies rather than a size; read once per figure. */
export const placesSomething = perFigure((p: Passage, q: Quantity): boolean => PLACING.test(after(p, q)));

/** The line or edge a distance is told off, as meaning words, and whether it is told "from" it. */
const offWhat = perFigure((p: Passage, q: Quantity): { words: Set<string>; from: boolean } | undefined => {
  const m = OFF_LINE.exec(after(p, q));
  return m ? { words: meaningWords(m[2]!), from: m[1]!.toLowerCase() === 'from' } : undefined;
});

/**
 * Whether two distances bound two bands, or one a band and the other a zone's size: off two lines
 * or edges that share no word, or one "within" so far "of" a line and the other neither off one nor
 * a width on each side of one. A distance "from" a line ("pull back five kilometres from the
 * line") is one side of a zone along it, as a width on each side is.
 */
export function offTwoLines(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  const [la, lb] = [offWhat(a, x), offWhat(b, y)];
  if (la && lb) return ![...la.words].some((w) => lb.words.has(w));
  const [off, other] = la ? [la, y] : [lb, x];
  return off !== undefined && !off.from && other.rate !== 'side';
}
