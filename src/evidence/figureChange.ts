// A figure told as a change, not as a state: what a number became ("revised to 19 points", "cut
// to 400, down from 600") or by how much it moved ("adds three points", "a further two articles").
// Either is no account of the figure from before, which it does not contradict. Linking reads it
// of any figure (link.ts) and of a text's size (textVersions.ts): one reading for both.
import { perFigure } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

export interface FigureChange {
  /** Told as what the figure became: "revised to 19 points", "cut to 400, down from 600". */
  became: boolean;
  /** Told as an amount added or taken out: "adds three points", "three points more". */
  by: boolean;
  /** Told as the figure it moved from: "up from 30%", "cut from 24 articles". */
  was: boolean;
}

/**
 * Where a figure stands in its passage: at its own offset, not at the first like it ("404" told
 * twice). -1 where the passage's text does not hold it there (a figure read from other words).
 */
export const figureAt = (p: Passage, q: Quantity): number =>
  p.text.startsWith(q.text, q.index) ? q.index : -1;

// "The revised draft now has 14" is only the present: two sources may both say it of one revision.
// The figure changed from may stand between: "cut from 24 articles to 17", "tightened from
// twenty-two points to seventeen".
const CHANGED_TO =
  /\b(?:revised|reduced|cut|trimmed|tightened|raised|increased|expanded|lowered|pared|shortened|lengthened|extended|amended|changed|brought|scaled)\s+(?:\w+\s+){0,2}?(?:from\s+[\w,.-]+(?:\s+[\w-]+){0,3}?\s+)?(?:down\s+|up\s+|back\s+)?to\s+$/i;
const CHANGED_FROM = /^\S*\s+(?:\S+\s+){0,2}?(?:down|up)\s+from\b|^\S*\s*,?\s+(?:down|up)\s+from\b/i;
// An amount of parts added or taken out: "adds three points", "dropped four articles", "a further
// two articles", "the two added points", "three points more", "cut four points" (where "cut to four
// points" is what it became). ("A new 22-point draft" is a size.)
const BY_BEFORE =
  /\b(?:(?:adds?|added|adding|drops?|dropped|dropping|removes?|removed|deletes?|deleted|merges?|merged|further|another|extra|lost|loses|losing|gained|gains|gaining|shed|sheds)\s+(?:\p{L}+\s+)?|(?:cuts?|cutting|trimmed|struck|scrapped)\s+(?:out\s+|by\s+)?)$/iu;
// The figure a change moved from, told as what it was: "would keep 55 per cent, up from 30% today",
// "cut from 24 articles to 17". Another source's account of the present is no account of it.
const FROM_BEFORE =
  /\b(?:up|down|revised|reduced|cut|trimmed|tightened|raised|increased|expanded|lowered|pared|shortened|lengthened|extended|amended|changed|scaled)\s+from\s+$/i;
const BY_WITHIN = /\b(?:added|new|more|additional|extra|fewer|dropped|removed|deleted)\b/i;
const BY_AFTER = /^\s+(?:\p{L}+\s+)?(?:added|more|new)\b/iu;

/** How the words around a figure tell it as a change, read once per figure. */
export const changeOf = perFigure((p, q): FigureChange => {
  const at = figureAt(p, q);
  const became =
    at !== -1 &&
    (CHANGED_TO.test(p.text.slice(Math.max(0, at - 60), at)) ||
      CHANGED_FROM.test(p.text.slice(at, at + q.text.length + 30)));
  const by =
    BY_WITHIN.test(q.text) ||
    BY_BEFORE.test(p.text.slice(Math.max(0, q.index - 30), q.index)) ||
    BY_AFTER.test(p.text.slice(q.index + q.text.length, q.index + q.text.length + 30));
  const was = at !== -1 && FROM_BEFORE.test(p.text.slice(Math.max(0, at - 30), at));
  return { became, by, was };
});
