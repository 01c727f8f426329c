// A text's size across its versions: "the twenty-point framework", "a revised text of twenty-two
// points", "the nineteen-point version". Drafts are revised as talks go on, so two sources that
// give a text two sizes contradict each other only when both speak of one version. Each size is
// placed at a version — an early one ("the first draft ran to fourteen points") or a later one
// ("the revised text of twenty-two points") — by its own words, or else by what the other sources
// say of that same size. Two sizes placed apart, or one placed and one not, or two a source tells
// in turn ("first tabled as an 18-point paper, it now runs to 21 points"), are two versions.
// Two sizes placed alike are one version counted twice, and contradict: a wire giving the revised
// plan fifteen points where the others give it sixteen — unless the two are dated on two days
// (two revisions). A count of what was added or dropped ("adds three points") is a change, not a size.
import { deniedBeside } from './correctedFigures.ts';
import { changeOf } from './figureChange.ts';
import { tabledBesideLeak } from './leakedDrafts.ts';
import { TEXT_NOUNS } from './lexicon.ts';
import { datesOf, perFigure } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { provisionsBoth, sizesText } from './textParts.ts';
import type { Roster } from './types.ts';

/**
 * Whether two counts name one text by its size, however each source calls it: "a confidential
 * fourteen-point memorandum" and "a 14-point draft".
 */
export const oneVersion = (x: Quantity, y: Quantity): boolean =>
  sizesText(x) && sizesText(y) && (x.unit === y.unit || provisionsBoth(x, y)) && x.value === y.value;

/** Whether a count says how much a text changed ("adds three points"), not how large it is. */
export function countsChange(p: Passage, q: Quantity): boolean {
  return sizesText(q) && changeOf(p, q).by;
}

type Stage = 'early' | 'later';

// Words that place a text at one of its versions. Verbs and their participles do so wherever
// they stand in the size's sentence ("it was revised", "now runs to 21 points", "cut to 19 points",
// "first tabled as"); an ordinal or "new" only before the text it qualifies ("the first draft",
// "the original 18-point text", "a new text"), so "the first round" places no text.
const VERSION_VERB =
  'revised|revision|redrafted|amended|updated|expanded|versions?|became|grew|cut|trimmed|shortened|reduced|merged|folded|originally|initially|now (?:runs|has|contains|stands)|first (?:tabled|presented|circulated|put forward|drafted|published|proposed)';
// Not "leaked": a leak tells how a text became known, not which version it is ("the leaked 28-point
// plan" is often the one the others call "the 28-point plan", and a size told of it disputes theirs).
const VERSION_ADJECTIVE = 'first|original|earlier|initial|previous|new|latest|current|present';
// A proposal or a blueprint has versions as the text has; an edition is one ("in its current edition").
const TEXT_NAME = `${TEXT_NOUNS}|proposal|blueprint|edition`;
const PLACES = new RegExp(
  String.raw`\b(?:(${VERSION_VERB})\b|(${VERSION_ADJECTIVE})\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${TEXT_NAME})s?\b)`,
  'iu',
);
const EARLY = /^(?:first|original|originally|earlier|initial|initially|previous)$/i;
// Right before a size, words that make it what a version was made from: "an expanded version of a
// 14-point draft", "sixteen points instead of fourteen", "grew from 18 to 21 points", "grown from
// a 12-point draft".
const MADE_FROM =
  /\b(?:(?:version|revision|expansion) of (?:a|an|the|its)|instead of|from(?: (?:a|an|the|its))?)\s+$/i;
// Right after a size, words that make it what a version was made into: "nineteen points instead
// of twenty-seven", "16 points, down from 20".
const MADE_INTO = /^,?\s*(?:instead of|down from|up from)\b/i;
// Right after a size, a verb that makes it the subject of the change: what was revised ("Twelve
// points became nine", "the 18 points were cut to 14", "its 20 articles shrank to 16").
const CHANGED_INTO =
  /^\s*(?:points?|articles?)?\s*(?:became|turned into|(?:was|were|has been|have been) (?:cut|trimmed|reduced|pared)(?: down)? to|shrank to|grew to|went (?:down|up) to)\b/i;
// Later in its sentence, the text's own later version named apart: "the twelve-point paper of 24
// February and its updated version", "the 14-point draft that leaked on 4 March" (a leak is of a
// draft before the one tabled).
const LATER_REACH = 200;
const LATER_APART =
  /\band (?:of |to |on )?(?:its|the|a) (?:updated|revised|new|amended|later|latest) (?:version|text|draft|edition)|^[\s\p{L}-]{0,20}?\b(?:that|which) (?:was |had |has )?(?:been )?leaked\b/iu;
// Right after a size, another denied as an earlier version's: ", not the twelve of the leaked draft".
export const NOT_THE_EARLIER =
  /^,?\s+(?:and\s+)?not\s+(?:the\s+)?[\p{L}\d-]+(?:\s+or\s+[\p{L}\d-]+)?\s+(?:points?\s+|articles?\s+)?(?:of|in)\s+the\s+(?:leaked|earlier|first|original|previous|old|initial)\b/iu;
// How far around a size the words that place its text may stand, within its sentence.
const BEFORE = 60;
const AFTER = 40;

/**
 * The version the words around a text's size place it at, if they do: within its own sentence,
 * and not past another size of a text (in "first tabled as an 18-point paper, now runs to 21
 * points", "first" places the 18 points and "now runs" the 21).
 */
const ownStage = (p: Passage, q: Quantity): Stage | undefined => stageWords(p, q);

// Read once per figure, as changeWords.
const stageWords = perFigure((p, q): Stage | undefined => readStage(p, q));

function readStage(p: Passage, q: Quantity): Stage | undefined {
  let from = Math.max(0, q.index - BEFORE);
  let to = q.index + q.text.length + AFTER;
  let laterTo = p.text.length;
  for (const o of p.quantities)
    if (o !== q && sizesText(o)) {
      if (o.index < q.index) from = Math.max(from, o.index + o.text.length);
      else {
        to = Math.min(to, o.index);
        laterTo = Math.min(laterTo, o.index);
      }
    }
  const before = p.text.slice(from, q.index);
  if (MADE_FROM.test(before)) return 'early';
  if (NOT_THE_EARLIER.test(p.text.slice(q.index + q.text.length))) return 'later';
  const after = p.text.slice(q.index + q.text.length, to);
  if (MADE_INTO.test(after)) return 'later';
  if (CHANGED_INTO.test(after)) return 'early';
  // Its sentence after it, up to the next size (no further than LATER_REACH).
  const rest = p.text.slice(
    q.index + q.text.length,
    Math.min(laterTo, q.index + q.text.length + LATER_REACH),
  );
  if (LATER_APART.test(rest.split(/[.!?;](?:\s|$)/)[0]!)) return 'early';
  // Only within the size's own sentence: a stop before it or after it ends what speaks of it.
  const start = before.search(/[.!?;]\s[^.!?;]*$/);
  const end = after.search(/[.!?;](?:\s|$)/);
  const around = `${before.slice(start + 1)}${q.text}${end === -1 ? after : after.slice(0, end)}`;
  const m = PLACES.exec(around);
  const word = (m?.[1] ?? m?.[2])?.split(' ')[0];
  return word === undefined ? undefined : EARLY.test(word) ? 'early' : 'later';
}

/** What the sources tell of a text's versions, read once over all passages (textVersions). */
export interface TextVersions {
  /** Whether some source told both sizes in turn, as successive versions. */
  toldInTurn: (x: Quantity, y: Quantity) => boolean;
  /** The version the sources' own words place each size at; null where they place it two ways. */
  placed: Map<string, Stage | null>;
}

// Points and articles of a text are one unit (textParts.ts).
const sizeKey = (q: Quantity) => `${q.unit === 'article' ? 'point' : q.unit} ${q.value}`;

/**
 * Reads the sizes the sources tell as successive versions — a source that gives a text two sizes
 * and places either ("a 16-point memorandum, an expanded version of a 14-point draft") — and the
 * version each size is placed at where any source places it.
 */
export function textVersions(passages: Passage[]): TextVersions {
  const bySource = new Map<string, { sizes: Set<number>; versioned: boolean; denied: Set<string> }>();
  const placed = new Map<string, Stage | null>();
  for (const p of passages)
    for (const q of p.quantities) {
      if (!sizesText(q) || countsChange(p, q)) continue;
      const told = bySource.get(p.source) ?? { sizes: new Set(), versioned: false, denied: new Set() };
      told.sizes.add(q.value);
      // "It has 20 points, not 19": its source tells the two as accounts of one version.
      for (const v of deniedBeside(p.text, q)) told.denied.add(`${q.value} ${v}`).add(`${v} ${q.value}`);
      const stage = ownStage(p, q);
      told.versioned ||= stage !== undefined;
      bySource.set(p.source, told);
      if (stage === undefined) continue;
      const known = placed.get(sizeKey(q));
      placed.set(sizeKey(q), known === undefined || known === stage ? stage : null);
    }
  const pairs = new Set<string>();
  for (const { sizes, versioned, denied } of bySource.values())
    if (versioned)
      for (const x of sizes)
        for (const y of sizes) if (x !== y && !denied.has(`${x} ${y}`)) pairs.add(`${x} ${y}`);
  return { toldInTurn: (x, y) => pairs.has(`${x.value} ${y.value}`), placed };
}

/** The version a size is of: by its own words, or else by where the other sources place it. */
const stageOf = (p: Passage, q: Quantity, versions: TextVersions): Stage | undefined =>
  ownStage(p, q) ?? versions.placed.get(sizeKey(q)) ?? undefined;

/**
 * Whether two different sizes of a text are of two of its versions, not one text counted twice:
 * one a change and the other a size; two sizes some source told in turn; two placed apart (an
 * early one and a later, or one placed and one not); or two of one version dated on two days
 * (two revisions). Two sizes of "the revised draft", or of the size the others give the revised
 * one, are of one version.
 */
export function twoVersions(
  a: Passage,
  x: Quantity,
  b: Passage,
  y: Quantity,
  versions: TextVersions,
  roster: Roster,
): boolean {
  if (!sizesText(x) || !sizesText(y) || x.value === y.value) return false;
  if (countsChange(a, x) !== countsChange(b, y)) return true;
  if (versions.toldInTurn(x, y)) return true;
  // The leaked draft against the text on the table, unless that is told as the first version.
  const tabled = tabledBesideLeak(a, x, b, y, roster);
  if (tabled && ownStage(...tabled) !== 'early') return true;
  // "It has 20 points, not 19" sets its size against the other's as two accounts of one version,
  // unless the other's own words tell it as the first ("tightened from twenty-two points").
  if (deniedBeside(a.text, x).includes(y.value) || deniedBeside(b.text, y).includes(x.value))
    return ownStage(a, x) === 'early' || ownStage(b, y) === 'early';
  const [sx, sy] = [stageOf(a, x, versions), stageOf(b, y, versions)];
  if (sx !== sy) return true;
  if (sx === undefined) return false;
  const [da, db] = [datesOf(a, roster), datesOf(b, roster)];
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}
