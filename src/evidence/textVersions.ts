// Versions of a text named by their size: "the twenty-point framework", "a revised text of
// twenty-two points", "the nineteen-point version". Where the sources themselves say the text
// was revised, each count of its points names one version: a 20-point and a 22-point text are
// two texts, neither linked nor flagged as two counts of one. Where no source says so, two
// counts of one text's points are two accounts of one thing, and may contradict.
import { datesOf, perPassage } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// The nouns (as numbers.ts folds them) that count the parts of a text, so its size.
const TEXT_PARTS = new Set(['point', 'article', 'clause', 'paragraph', 'section', 'pag', 'chapter']);

// What a sized text is called, as meaning.ts folds it ("framework", "plan", "text" → draft):
// "two gauging points" count places, "a twenty-point framework" a text's points.
const TEXT_NOUNS = new Set([
  'draft',
  'memorandum',
  'version',
  'propose',
  'paper',
  'agreement',
  'statement',
  'initiat',
]);

/**
 * Whether a quantity counts the parts of a text: "twenty points", "a 12-article treaty", "the
 * nineteen-point version"; not "three joint inspection points".
 */
export const sizesText = (q: Quantity): boolean =>
  TEXT_PARTS.has(q.unit) && (!q.which || q.which.some((w) => TEXT_NOUNS.has(w)));

/**
 * Whether two counts name one text by its size, however each source calls it: "a confidential
 * fourteen-point memorandum" and "a 14-point draft".
 */
export const oneVersion = (x: Quantity, y: Quantity): boolean =>
  sizesText(x) && sizesText(y) && x.unit === y.unit && x.value === y.value;

// What says a text has had more than one version: "revised", "a new version", "amended", "the
// first draft", "the original text", "sixteen points instead of fourteen", a size told at two
// times ("first tabled as an 18-point paper, it now runs to 21 points"; "cut to 19 points"; "a
// 20-point plan became a 22-point text").
const REVISION = new RegExp(
  [
    String.raw`\b(?:revised|revision|redrafted|amended|updated|expanded|versions?|instead of|became|grew out of)\b`,
    String.raw`\b(?:new|first|original|earlier|previous|initial|latest) (?:text|draft|framework|plan|memorandum|proposal|document)\b`,
    String.raw`\b(?:first|originally|initially) (?:presented|tabled|circulated|put forward|drafted|published)\b`,
    String.raw`\b(?:now (?:runs|has|contains|stands)|(?:cut|reduced|trimmed|raised|increased|brought) (?:down |up )?to)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether any source says a counted text was revised: a passage that sizes a text and says it
 * is a version ("a revised text of twenty-two points", "the nineteen-point version was born").
 */
export function versionsKnown(passages: Passage[]): boolean {
  return passages.some((p) => p.quantities.some(sizesText) && REVISION.test(p.text));
}

// A count of parts added or taken out ("adds three points", "the two new points", "dropped four
// articles") is a change, not a text's size: "adds three points" says nothing against "twenty points".
const CHANGED_BY =
  /\b(?:adds?|added|adding|drops?|dropped|removes?|removed|deletes?|deleted|merges?|merged|new|further|more|extra)\s+(?:\p{L}+\s+)?$/iu;
const changesText = (p: Passage, q: Quantity): boolean =>
  CHANGED_BY.test(p.text.slice(Math.max(0, q.index - 30), q.index)) ||
  /^\s+(?:\p{L}+\s+)?(?:added|more|new)\b/iu.test(p.text.slice(q.index + q.text.length));

// Which version a passage says it sizes: the revised one, or the first.
const REVISED = /\b(?:revised|revision|new|updated|amended|latest)\b/i;
const FIRST = /\b(?:first|original|initial|earlier|previous)\b/i;
const stageOf = perPassage((p): 'revised' | 'first' | undefined => {
  const [revised, first] = [REVISED.test(p.text), FIRST.test(p.text)];
  return revised === first ? undefined : revised ? 'revised' : 'first';
});

/**
 * Whether two counts name two versions of a text: sizes of a text that differ, one of them a
 * change ("adds three points") and the other a size; or in a set whose sources say the text was
 * revised — unless both passages name one version alike ("the revised
 * draft runs to 12 articles" / "the revised draft now has 14") and date it on no two days.
 */
export function twoVersions(
  known: boolean,
  a: Passage,
  x: Quantity,
  b: Passage,
  y: Quantity,
  roster: Roster,
): boolean {
  if (!sizesText(x) || !sizesText(y) || x.value === y.value) return false;
  if (changesText(a, x) !== changesText(b, y)) return true;
  if (!known) return false;
  const stage = stageOf(a, roster);
  if (stage === undefined || stage !== stageOf(b, roster)) return true;
  const [da, db] = [datesOf(a, roster), datesOf(b, roster)];
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}
