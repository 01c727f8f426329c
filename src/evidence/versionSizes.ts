// Which version of the negotiated text a size counts. A draft leaks, is revised and is answered by
// a party's own paper; each is counted in points or articles, and sources name each by the words
// around its size: "the leaked 28-point draft", "the earlier 12-point plan", "the revised text has
// 19 points", "the new text runs to 20", "a six-point counter-paper of its own". Two sources that
// give one version two sizes contradict each other however little else their sentences share;
// two versions' sizes ("the leaked draft had 28 points; the revised one has 19") do not.
// The tag is read from the words nearest the size in its own clause, not past another size.
import { deniedBeside } from './correctedFigures.ts';
import { changeOf } from './figureChange.ts';
import { TEXT_NOUNS } from './lexicon.ts';
import { perFigure } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { sizesText } from './textParts.ts';
import { statesSize } from './textSizes.ts';
import { countsChange, NOT_THE_EARLIER } from './textVersions.ts';

export type VersionTag = 'earlier' | 'later' | 'counter';

const TEXT_NAME = `(?:${TEXT_NOUNS}|proposals?|blueprints?)`;
// An adjective places a text only before the text it qualifies ("the first draft", "the earlier
// 12-point plan"), so "the first round" and "earlier this month" place none; a participle or a
// verb of revision places it wherever it stands in the clause ("the draft that leaked", "was revised").
const BEFORE_TEXT = String.raw`(?=\s+(?:[\p{L}\d'’-]+\s+){0,2}?${TEXT_NAME}\b)`;
const MARKS = new RegExp(
  String.raw`\b(?:(counter-?(?:proposals?|papers?|plans?|drafts?|texts?|offers?)|(?:its|their) own${BEFORE_TEXT})|(leak(?:ed|s)?|(?:first|original|earlier|initial|previous|old|former)${BEFORE_TEXT}|originally|initially|first (?:tabled|presented|circulated|published|drafted|proposed)|(?:began|begun|started) (?:as|with))|(revised|revision|redrafted|updated|amended|(?:new|latest|current|final)${BEFORE_TEXT}|now (?:runs|has|contains|stands|counts)))\b`,
  'giu',
);
// Where the clause of a size ends: a stop, a new subject, or words that bring in another version's
// size ("nine points, down from the twelve of the earlier draft", "19 points instead of 26").
const CLAUSE_END =
  /[.;!?](?:\s|$)|,\s+(?:and|but|while|whereas)\b|\s(?:while|whereas)\s|,?\s+(?:down from|up from|instead of|compared with|against|than)\b/iu;
// Where it begins: a stop, or the words that set it against what comes before ("shorter than the
// 21-point draft that leaked").
const CLAUSE_START = /[.;!?]\s|\b(?:than|instead of|compared with|against|from)\s/giu;
// The object of "replaces": "the revised document replaces a draft of 20 points".
const REPLACED =
  /\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:the|an?|its)\s+(?:(?:[\p{L}-]+\s+){1,2}of\s+)?$/iu;
const BECAME = /^\s*(?:points?|articles?)?\s*(?:became|turned into|shrank to|grew to)\b/i;
// A size whose clause names its text only as "it", "this" or "that".
const IT = /(?:^|[\s,"“])(?:it|this|that)\s+(?:is|was|has|had|runs|ran|contains|counts)\b/iu;
const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS})\\b`, 'iu');
// "According to a copy seen by the Post", "a draft obtained by": a text read before it was made public.
const FROM_COPY = /\b(?:copy|draft|version|text)\b[^.;]{0,40}?\b(?:seen|obtained|reviewed)\s+by\b/i;
const BEFORE_REACH = 200;
const AFTER_REACH = 60;

/** The version of the text a size counts, where the words nearest it in its clause tell one. */
export const versionTagOf = perFigure((p, q): VersionTag | undefined => readTag(p, q));

function readTag(p: Passage, q: Quantity): VersionTag | undefined {
  if (!sizesText(q)) return undefined;
  const change = changeOf(p, q);
  // "Cut from 24 articles to 17": the figure moved from is the earlier text's, the one it became the later's.
  if (change.was) return 'earlier';
  let from = Math.max(0, q.index - BEFORE_REACH);
  let to = q.index + q.text.length + AFTER_REACH;
  for (const o of p.quantities)
    if (o !== q && sizesText(o)) {
      if (o.index < q.index) from = Math.max(from, o.index + o.text.length);
      else to = Math.min(to, o.index);
    }
  const before = p.text.slice(from, q.index);
  // "Eight points, not the twelve of the leaked version": a size set against an earlier version's.
  if (NOT_THE_EARLIER.test(p.text.slice(q.index + q.text.length))) return 'later';
  // What a text replaces is its earlier version ("it replaces the 12-point plan"), and so is what
  // became another ("Twelve points became nine").
  if (REPLACED.test(before) || BECAME.test(p.text.slice(q.index + q.text.length, to))) return 'earlier';
  const stop = Math.max(...[...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length), 0);
  const own = before.slice(stop);
  const afterAll = p.text.slice(q.index + q.text.length, Math.max(to, q.index + q.text.length));
  const cut = afterAll.search(CLAUSE_END);
  const clause = `${own}${q.text}${cut === -1 ? afterAll : afterAll.slice(0, cut)}`;
  const [start, end] = [own.length, own.length + q.text.length];
  let best: { tag: VersionTag; distance: number } | undefined;
  for (const m of clause.matchAll(MARKS)) {
    const tag: VersionTag = m[1] ? 'counter' : m[2] ? 'earlier' : 'later';
    const distance = m.index + m[0].length <= start ? start - m.index - m[0].length : m.index - end;
    if (!best || distance < best.distance) best = { tag, distance };
  }
  if (best) return best.tag;
  if (change.became) return 'later';
  // "It is a text of eight points": an "it" that names no version is the text the words before name.
  if (IT.test(own))
    return tagOfText(p.antecedents?.at(-1) ?? p.text.slice(Math.max(0, from - BEFORE_REACH), from));
  // "A 14-point plan ..., according to a copy seen by the Post": a text told from a copy not yet public.
  // Only where it is the one size the passage tells: beside another, the copy may be of either.
  const onlySize = p.quantities.every((o) => o === q || !sizesText(o));
  return onlySize && FROM_COPY.test(p.text) ? 'earlier' : undefined;
}

/** The version the last sentence of some words names a text by, if they name one. */
function tagOfText(words: string): VersionTag | undefined {
  const last = words
    .split(/(?<=[.!?])\s+/)
    .filter((x) => TEXT.test(x))
    .at(-1);
  if (last === undefined) return undefined;
  let tag: VersionTag | undefined;
  for (const m of last.matchAll(MARKS)) tag = m[1] ? 'counter' : m[2] ? 'earlier' : 'later';
  return tag;
}

// "13 points, including an annex", "thirteen points and an annex": a count of more than the
// body, or of the body beside its annex, which others count as one.
const ANNEX_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?,?\s*(?:including|plus|and|with)\s+(?:an?|its|the|one|two)?\s*(?:annex|appendix|appendices|annexes|schedule)/iu;
const withAnnex = (p: Passage, q: Quantity): boolean =>
  ANNEX_AFTER.test(p.text.slice(q.index + q.text.length, q.index + q.text.length + 60));

/** One size of one version, told by one passage. */
interface Told {
  p: Passage;
  q: Quantity;
}

// More sizes than this for one version is a text the tags did not tell apart, not a dispute.
const MOST_SIZES = 3;
// How many sources' tellings of one size are tried against another's: a bound, not a choice.
const FIRST_TELLINGS = 4;

/**
 * Pairs of passages of two sources that give one version of the text two sizes: one pair per two
 * sizes, the first told of each. Linear in the sizes: each is tagged once and kept per tag and value.
 */
export function sizesOfOneVersion(
  passages: Passage[],
  apart: (a: Passage, x: Quantity, b: Passage, y: Quantity) => boolean,
): [Told, Told, Passage[], Passage[]][] {
  const byTag = new Map<string, Map<number, Told[]>>();
  for (const p of passages)
    for (const q of p.quantities) {
      if (!statesSize(p, q) || countsChange(p, q) || deniedBeside(p.text, q).length > 0 || withAnnex(p, q))
        continue;
      const tag = versionTagOf(p, q);
      if (tag === undefined) continue;
      const key = `${tag} ${q.unit === 'article' ? 'point' : q.unit}`;
      const values = byTag.get(key) ?? new Map<number, Told[]>();
      const told = values.get(q.value) ?? [];
      if (!told.some((t) => t.p.source === p.source)) told.push({ p, q });
      values.set(q.value, told);
      byTag.set(key, values);
    }
  // Each side's other tellings of its size by the same version's name, shown beside it.
  const others = (told: Told[], one: Told) => told.filter((t) => t !== one).map((t) => t.p);
  const pairs: [Told, Told, Passage[], Passage[]][] = [];
  for (const values of byTag.values()) {
    if (values.size < 2 || values.size > MOST_SIZES) continue;
    const sizes = [...values.values()];
    for (let i = 0; i < sizes.length; i++)
      for (let j = i + 1; j < sizes.length; j++) {
        const pair = firstApartPair(sizes[i]!, sizes[j]!, apart);
        if (pair) pairs.push([...pair, others(sizes[i]!, pair[0]), others(sizes[j]!, pair[1])]);
      }
  }
  return pairs;
}

/** The first two tellings of two sizes by two sources that nothing else tells apart. */
function firstApartPair(
  xs: Told[],
  ys: Told[],
  apart: (a: Passage, x: Quantity, b: Passage, y: Quantity) => boolean,
): [Told, Told] | undefined {
  for (const x of xs.slice(0, FIRST_TELLINGS))
    for (const y of ys.slice(0, FIRST_TELLINGS))
      if (x.p.source !== y.p.source && !apart(x.p, x.q, y.p, y.q)) return [x, y];
  return undefined;
}
