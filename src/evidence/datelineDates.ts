// A wire's dateline ("FJELLBY, March 5 (Wirenews) - …") gives the day the story was filed, not
// the day of what its lead reports: a lead's "met on Tuesday" is compared by Tuesday alone.
import { findDates } from './dates.ts';
import { perPassage } from './linkSupport.ts';

// The town in capitals, its date and the agency, up to the dash the lead starts after.
export const DATELINE_LEAD =
  /^\p{Lu}[\p{Lu}'’. -]{1,40},\s+[^-–—(\n]{3,40}?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]{1,2}\s+/u;

/** The days a passage names, without its dateline's. */
export const datesBesideDateline = perPassage((p) => {
  const lead = DATELINE_LEAD.exec(p.text);
  const text = lead ? p.text.slice(lead[0].length) : p.text;
  return findDates(text, p.published).map((d) => d.iso);
});

// Its date: a month's name or number after the town ("DRAVA, March 4 (Reuters) -", "KESSEL, 4.3. -").
const DATED = /\d/;

/** Where a sentence's leading dateline ends, if it opens with one that gives a date; else 0. */
export function filedDayEnd(sentence: string): number {
  const lead = DATELINE_LEAD.exec(sentence);
  return lead && DATED.test(lead[0]) ? lead[0].length : 0;
}
