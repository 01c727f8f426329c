// A vote's tally: "by 112 votes to 61", "Ayes 112, Noes 61", "112 in favour and 61 against". Two
// sources that give one vote's tally with one figure alike and the other not ("by 112 votes to
// 59") misreport one of them; two tallies alike in neither figure are of two votes.
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// Tallies are given in digits: a chamber's record, a wire, a ministry alike.
const N = '(\\d[\\d,]*)';
const numberOf = (s: string) => Number(s.replace(/,/g, ''));
// One stretch of optional space between words each: no run of spaces is tried two ways.
const TALLIES = [
  new RegExp(`\\b${N}\\s+votes?\\s+(?:to|against)\\s+${N}\\b`, 'i'),
  new RegExp(`\\b(?:ayes|yeas)\\b:?\\s*${N}[,;]?\\s+(?:and\\s+)?(?:noes|nays)\\b:?\\s*${N}\\b`, 'i'),
  new RegExp(`\\b${N}\\s+(?:in favou?r|for),?\\s+(?:(?:and|with|to)\\s+)?${N}\\s+against\\b`, 'i'),
];

type Tally = [number, number];

/** The tally a passage gives, votes for and against, if it gives one. */
export const tallyOf = perPassage((p: Passage): Tally | undefined => {
  for (const re of TALLIES) {
    const m = re.exec(p.text);
    if (m) return [numberOf(m[1]!), numberOf(m[2]!)];
  }
  return undefined;
});

/** Whether two passages give one vote's tally: one figure alike at least. */
export function oneTally(a: Passage, b: Passage, roster: Roster): [Tally, Tally] | undefined {
  const [x, y] = [tallyOf(a, roster), tallyOf(b, roster)];
  return x && y && (x[0] === y[0] || x[1] === y[1]) ? [x, y] : undefined;
}
