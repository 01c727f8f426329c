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
// two articles", "the two added points", "three points more". ("A new 22-point draft" is a size.)
const BY_BEFORE =
  /\b(?:adds?|added|adding|drops?|dropped|dropping|removes?|removed|deletes?|deleted|merges?|merged|further|another|extra|lost|loses|losing|gained|gains|gaining|shed|sheds)\s+(?:\p{L}+\s+)?$/iu;
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

// How far a measure moved, not where it stands: "prices have risen by about 40 per cent", "exports
// fell by a third", "a 12% increase". A share or a level ("18 percent of the catch", "a fund of $200
// million") and such a movement are two measures: only two movements are one. "By" with no verb of
// movement before it ("reduced by decree") or a size a text is cut to is read elsewhere (`became`).
const MOVE_VERB =
  '(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|increase[sd]?|increasing|decrease[sd]?|decreasing|grow|grows|grew|grown|growing|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|decline[sd]?|declining|shr[ai]nk|shrunk|shrinks|soar(?:s|ed|ing)?|slump(?:s|ed|ing)?|plunge[sd]?|plunging|(?:gone|went|go(?:es)?) (?:up|down)|up|down|higher|lower)';
const MOVED_BY_BEFORE = new RegExp(
  `\\b${MOVE_VERB}\\s+by\\s+(?:about\\s+|around\\s+|some\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+|close to\\s+|an estimated\\s+)?$`,
  'i',
);
const MOVE_NOUN_AFTER =
  /^\s+(?:rise|increase|jump|surge|hike|drop|fall|decline|decrease|reduction|cut|slump|plunge)\b/i;
const MOVE_NOUN_BEFORE = /\b(?:rise|increase|jump|surge|hike|drop|fall|decline|decrease|reduction)\s+of\s+$/i;

/** Whether a figure is told as how far a measure rose or fell, not as the measure itself. */
export const movedBy = perFigure((p, q): boolean => {
  const at = figureAt(p, q);
  if (at === -1) return false;
  const before = p.text.slice(Math.max(0, at - 50), at);
  const after = p.text.slice(at + q.text.length, at + q.text.length + 20);
  return MOVED_BY_BEFORE.test(before) || MOVE_NOUN_BEFORE.test(before) || MOVE_NOUN_AFTER.test(after);
});
