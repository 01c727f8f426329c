// A text's size across its versions. Drafts are revised as talks go on: a fourteen-point draft
// becomes a sixteen-point memorandum, a twenty-point plan is cut to nineteen points. Two sources
// that give a text two sizes contradict each other only when both speak of one version; a size
// told as a version's ("the revised text of twenty-two points", "the first draft ran to fourteen
// points"), or two sizes some source tells as successive versions, are states of a text that
// changed. A count of what was added or dropped ("adds three points") is a change, not a size.
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

// The parts a text is counted in: "a 28-point plan", "a treaty of twelve articles".
const TEXT_PARTS = new Set(['point', 'article', 'clause', 'paragraph', 'section', 'chapter']);
const isTextSize = (q: Quantity) => TEXT_PARTS.has(q.unit);

// Words that place a text among its versions.
const VERSION =
  /\b(?:revised|revision|versions?|first|original(?:ly)?|earlier|initial(?:ly)?|previous|updated|amended|expanded|new|became|grew|cut|trimmed|shortened|merged|folded)\b/i;
// How far around a size the words that place its text may stand, within its sentence.
const BEFORE = 60;
const AFTER = 40;

// A count of what changed: "adds three points", "the two added points", "a further two articles".
const CHANGE_BEFORE =
  /\b(?:adds?|added|adding|drops?|dropped|dropping|removes?|removed|deletes?|deleted|further|another)\s+(?:\w+\s+)?$/i;
const CHANGE_WITHIN = /\b(?:added|new|more|additional|extra|fewer|dropped|removed|deleted)\b/i;

/** Whether a count says how much a text changed ("adds three points"), not how large it is. */
export function countsChange(p: Passage, q: Quantity): boolean {
  if (!isTextSize(q)) return false;
  return CHANGE_WITHIN.test(q.text) || CHANGE_BEFORE.test(p.text.slice(Math.max(0, q.index - 30), q.index));
}

// Which version the words name: an early one or a later one. Two sizes each of "the revised
// draft" are of one version, and contradict.
const EARLY = /^(?:first|original|originally|earlier|initial|initially|previous)$/i;

/** The version the words around a text's size place it at ('early', 'later'), if they do. */
function versionOf(p: Passage, q: Quantity): 'early' | 'later' | undefined {
  const word = versionWord(p, q);
  return word === undefined ? undefined : EARLY.test(word) ? 'early' : 'later';
}

/** The word around a text's size that places it among the text's versions. */
function versionWord(p: Passage, q: Quantity): string | undefined {
  const around = p.text.slice(Math.max(0, q.index - BEFORE), q.index + q.text.length + AFTER);
  const at = Math.min(q.index, BEFORE);
  // Only within the size's own sentence: a stop before it or after it ends what speaks of it.
  const start = around.slice(0, at).search(/[.!?;]\s[^.!?;]*$/);
  const end = around.slice(at).search(/[.!?;](?:\s|$)/);
  return VERSION.exec(around.slice(start === -1 ? 0 : start + 1, end === -1 ? undefined : at + end))?.[0];
}

/**
 * The sizes of texts the sources tell as successive versions: a source that gives a text two
 * sizes and places either among its versions ("a 16-point memorandum, an expanded version of a
 * 14-point draft"). Returns whether two sizes were told so.
 */
export function versionsTold(passages: Passage[]): (x: Quantity, y: Quantity) => boolean {
  const bySource = new Map<string, { sizes: Set<number>; versioned: boolean }>();
  for (const p of passages)
    for (const q of p.quantities) {
      if (!isTextSize(q) || countsChange(p, q)) continue;
      const told = bySource.get(p.source) ?? { sizes: new Set(), versioned: false };
      told.sizes.add(q.value);
      told.versioned ||= versionWord(p, q) !== undefined;
      bySource.set(p.source, told);
    }
  const pairs = new Set<string>();
  for (const { sizes, versioned } of bySource.values())
    if (versioned) for (const x of sizes) for (const y of sizes) if (x !== y) pairs.add(`${x} ${y}`);
  return (x, y) => pairs.has(`${x.value} ${y.value}`);
}

/**
 * Whether two sizes of a text are of two of its versions, not one text counted twice: told as
 * two versions' (an early one and a later, or one told as a version's and one not), or some
 * source told both as successive versions (`versions`). Two sizes of "the revised draft" are of
 * one version.
 */
export function twoVersions(
  a: Passage,
  x: Quantity,
  b: Passage,
  y: Quantity,
  versions: (x: Quantity, y: Quantity) => boolean,
): boolean {
  if (!isTextSize(x) || !isTextSize(y)) return false;
  return versionOf(a, x) !== versionOf(b, y) || versions(x, y);
}
