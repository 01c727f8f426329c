// A wire's lede opens with its dateline: "DRAVA, March 10 (Reuters) - The ceasefire …",
// "DRAVA (AP) — …", "Drava (AFP) - …", "VEYRIN, Aurenne, 7 March (Meridian Wire) – …". The
// dateline is the story's frame (its place and filing day, read by published.ts), not part of
// the lede's claim: left in, its day stands beside the claim's day and its words dilute the
// lede's likeness to other sources. It is set apart as its own paragraph, as wires that print
// it on a line of its own do (a state agency's "DRAVA, March 10. /TASS/." already ends a sentence).
const PLACE_WORD = "\\p{Lu}[\\p{L}'’.-]*";
// Months as wires write them, with their capital: the pattern is case-sensitive so that a
// place is a run of capitalised words.
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})`;
// Place (up to four words, or two capitals "KESSEL/DRAVA"), an optional country, an optional
// day, the agency in brackets, a dash; the lede then starts with a capital or a quote.
const DATELINE = `^${PLACE_WORD}(?:[ /]${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?(?:,\\s*${DAY})?\\s*\\(\\p{Lu}[^()\\n]{0,38}\\)\\s*[—–-]`;
const LEDE_DATELINE = new RegExp(`${DATELINE}(?=\\s+["“]?\\p{Lu})`, 'u');

/** A wire dateline set apart as its own paragraph ("DRAVA, March 10 (Reuters) -"). */
export const WIRE_DATELINE_ALONE = new RegExp(`${DATELINE}$`, 'u');

/** Whether a paragraph opens with a wire's dateline, alone or before its lede. */
export const opensWithWireDateline = (p: string): boolean =>
  p.includes('(') && (LEDE_DATELINE.test(p) || WIRE_DATELINE_ALONE.test(p));

// Only the top of a story carries its dateline.
const LEDE_PARAGRAPHS = 4;

/** The paragraphs with the first wire dateline near the top set apart from its lede. */
export function setWireDatelineApart(paragraphs: string[]): string[] {
  for (let i = 0; i < Math.min(paragraphs.length, LEDE_PARAGRAPHS); i++) {
    const paragraph = paragraphs[i]!;
    // The agency's brackets are the one literal every dateline holds.
    if (!paragraph.includes('(')) continue;
    const m = LEDE_DATELINE.exec(paragraph);
    if (!m) continue;
    const lede = paragraph.slice(m[0].length).trim();
    return [...paragraphs.slice(0, i), m[0], lede, ...paragraphs.slice(i + 1)];
  }
  return paragraphs;
}
