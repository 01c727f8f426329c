// One act on one day, told by several sources in their own words and figures: "Dravik and
// Solmere exchanged 404 prisoners on Saturday", "176 Solmeran citizens returned home yesterday",
// "the exchange of prisoners carried out on 14 March". Each gives its own count or part (a side's
// own people, the total), so counts do not tie them; the act and its day do.
import { datesOf, ownMeaning, perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// Acts that move people across a line, as meaning.ts folds them ("swapped" → exchange, "freed"
// → release, "handed over" → deliver), and the words that say people are moved.
export const TRANSFER = new Set(['exchange', 'release', 'deliver', 'receiv', 'return']);
const PEOPLE = new Set([
  'prisoner',
  'person',
  'servicemen',
  'civilian',
  'hostage',
  'detain',
  'captiv',
  'soldier',
]);
// "Came home", "returned home": people moved, told from the side that gets them back.
const HOME = /\b(?:came|come|comes|coming|returned|return|returning|back|are|were|is|be) home\b/i;

/** Whether a passage tells people moved across a line: exchanged, released, handed over, home. */
export const movesPeople = perPassage((p, roster): boolean => {
  // The passage's meaning words as linking reads them once (linkSupport.ts), not read again here.
  const words = ownMeaning(p, roster);
  if (HOME.test(p.text)) return true;
  return [...words].some((w) => TRANSFER.has(w)) && [...words].some((w) => PEOPLE.has(w));
});

// A passage naming more days than this tells a sequence, not one act.
const MOST_DAYS = 2;

/**
 * The day two passages both tell people moved across the line on, if one: "exchanged 404
 * prisoners on Saturday" and "Today 214 of our people came home", of one Saturday.
 */
export function oneDatedAct(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [da, db] = [actDays(a, roster), actDays(b, roster)];
  return da && db ? da.find((d) => db.includes(d)) : undefined;
}

// The days a passage tells people moved on, once per passage, not once per pair it is in.
export const actDays = perPassage((p, roster): string[] | undefined => {
  if (!movesPeople(p, roster)) return undefined;
  const days = [...new Set(datesOf(p, roster))];
  return days.length > 0 && days.length <= MOST_DAYS ? days : undefined;
});
