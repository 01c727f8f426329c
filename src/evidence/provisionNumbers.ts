// A provision named by its number: "Clause 9", "Point 9", "Article 9", "the ninth point".
// Sources call one provision a clause, a point or an article each their own way (a readout's
// "Article 9" is a wire's "point 9"), so a number said of two passages names one provision,
// and two numbers two provisions: "Clause 7 was drafted by Arvenia" says nothing of Clause 9.
import { ORDINAL_WORDS } from '../core/calendar.ts';
import { notTheTexts } from './foreignProvisions.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';

// Ordinals as dates spell them: "the ninth point" is point 9.
const ORDINALS: readonly string[] = ORDINAL_WORDS;
const PROVISION = '(?:clause|article|point|paragraph|provision)';
// "Clause 9", "point 7(b)"; "the seventh point". Another instrument's ("point 9 of the agenda",
// "NATO's Article 5") or a speaker's own point ("the first point I would make") is not the text's
// (foreignProvisions.ts).
const NUMBERED = new RegExp(`\\b${PROVISION}\\s+(\\d{1,3}|[IVX]{1,5})\\b(?!\\s*(?:km|kilomet|per|%))`, 'gi');
const BY_ORDINAL = new RegExp(`\\bthe\\s+(${ORDINALS.join('|')})\\s+${PROVISION}\\b`, 'gi');
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function fromRoman(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const [v, next] = [ROMAN[r[i]!]!, ROMAN[r[i + 1] ?? ''] ?? 0];
    n += v < next ? -v : v;
  }
  return n;
}

/** The numbers of the provisions a passage names. */
export function provisionNumbers(p: Passage): Set<number> {
  const hit = memo.get(p);
  if (hit) return hit;
  const out = new Set<number>();
  const text = p.text;
  for (const m of allMatches(NUMBERED, text)) {
    if (notTheTexts(text, m.index, m.index + m[0].length)) continue;
    const n = m[1]!;
    // A Roman numeral only as written: "Article IX", not "point I".
    if (/^\d/.test(n)) out.add(Number(n));
    else if (/^[IVX]+$/.test(n) && n.length > 1) out.add(fromRoman(n));
  }
  for (const m of allMatches(BY_ORDINAL, text))
    if (!notTheTexts(text, m.index, m.index + m[0].length))
      out.add(ORDINALS.indexOf(m[1]!.toLowerCase()) + 1);
  memo.set(p, out);
  return out;
}
const memo = new WeakMap<Passage, Set<number>>();

/** Whether two passages name one provision by its number ("Clause 9" / "Point 9"). */
export const oneProvision = (a: Passage, b: Passage): boolean => {
  const [na, nb] = [provisionNumbers(a), provisionNumbers(b)];
  return [...na].some((n) => nb.has(n));
};

/** Whether two passages name provisions by number, and none alike ("Clause 7" / "Clause 9"). */
export const otherProvisions = (a: Passage, b: Passage): boolean => {
  const [na, nb] = [provisionNumbers(a), provisionNumbers(b)];
  return na.size > 0 && nb.size > 0 && ![...na].some((n) => nb.has(n));
};

/**
 * Whether two passages name one text by the provisions they number: true for one number ("Clause
 * 9" / "Point 9"), false for two ("Clause 7" / "Clause 9"), undefined where one numbers none.
 */
export const provisionsSay = (a: Passage, b: Passage): boolean | undefined =>
  oneProvision(a, b) ? true : otherProvisions(a, b) ? false : undefined;
