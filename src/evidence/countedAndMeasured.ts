// Whether two figures count or measure one thing, for link.ts: the unit a quantity says, one
// group of people counted, what a measure is of, and one span of days.

import { aboutOthers } from './linkLikeness.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import { measuredByRelative } from './measuredRelative.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { offTwoLines, placesSomething } from './placingDistances.ts';
import { isMeasure } from './quantityUnits.ts';
import { kindsMeet, sameFigure, sameValue } from './sameFigure.ts';
import { spans } from './timeSpans.ts';
import type { Roster } from './types.ts';

/**
 * The words that say a quantity's unit: a counted noun's head ("four measurement stations":
 * "station"; "measurement" says which), a measure's every word ("cubic metres", "kilometres").
 */
export function unitWords(q: Quantity): string[] {
  const words = [...meaningWords(q.text)];
  const head = words.at(-1);
  return head === q.unit ? [head] : words;
}

// Both read once per passage, not once per pair it is compared in.
export const figureWords = perPassage((p) => new Set(p.quantities.flatMap((q) => [...meaningWords(q.text)])));
export const unitsSaid = perPassage((p) => new Set(p.quantities.flatMap(unitWords)));

export const TIME_WORDS = new Set(['year', 'month', 'week', 'day', 'hour', 'season', 'time']);
// The words of a number ("1.2 billion") are the number, not a word besides it.
export const NUMBER_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mln']);

/**
 * Why two passages are about one thing, if they are: they share enough rare words, or both
 * state the same kind of fact (a count of one thing, a status, an author, a delegation's
 * head, the deal's guarantor) about a shared subject.
 */
/**
 * A count in one passage whose kind is said ("the nine Belmoran border guards"), and the
 * same noun with the same kind words in the other, uncounted ("the Belmoran border guards
 * detained in January"): one group named twice.
 */
export function namedGroup(a: Passage, b: Passage, roster: Roster): Quantity | undefined {
  const groups = groupsCounted(a, roster);
  if (groups.length === 0 || b.quantities.length > 0) return undefined;
  const other = ownWords(b, roster);
  return groups.find((x) => other.has(x.unit) && x.which!.every((w) => other.has(w)));
}
// Counts whose kind two words say at least: "two foreign ministers" is any two, not a group.
export const groupsCounted = perPassage((p) => p.quantities.filter((x) => (x.which?.length ?? 0) >= 2));
// A passage's own meaning words, without those of the sentences its "it" points back to.
export const ownWords = perPassage((p) => meaningWords(p.text));

// Units that count people of one kind; "people" and "persons" may be any of them.
export const PEOPLE = new Set([
  ...['person', 'prisoner', 'troop', 'monitor', 'civilian', 'refugee', 'hostage', 'migrant'],
  ...['fisher', 'sailor', 'seafarer', 'crew', 'worker', 'journalist', 'offici'],
]);
// Words of people counted, and of sides, say whose count, not which: no word besides.
export const PEOPLE_WORDS = new Set([...PEOPLE, 'side', 'sid', 'each', 'parti', 'party']);
// A figure this large is itself a sign of one count: ten people are any ten.
export const TELLING_COUNT = 20;

/**
 * "About 800 people have returned" and "1,200 civilians had returned": "people" stands for the
 * kind the other names, so two figures of them are two figures for one count.
 */
export const GENERIC_PEOPLE = /\b(?:people|persons|individuals|nationals|strong|members?|personnel|staff)$/i;
// People counted by their role: what befell them ("340 people released") says they are none of these.
export const ROLES = new Set(['monitor', 'troop', 'offici', 'worker', 'journalist']);
export const roleAndFate = (x: Quantity, y: Quantity): boolean => {
  const [generic, other] = x.unit === 'person' ? [x, y] : [y, x];
  return (
    ROLES.has(other.unit) &&
    generic.which !== undefined &&
    !other.which?.some((w) => generic.which!.includes(w))
  );
};
// The names of peoples a count of people gives ("212 Sembarran crew members"): the capitalised
// words after the figure, a line in capitals apart.
export const peoplesNamed = (q: Quantity): string[] =>
  q.text
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
// "212 Tarvish crew members" and "64 Ostrian fishermen" are people of two nations: two groups.
export const twoPeoples = (x: Quantity, y: Quantity): boolean => {
  const [nx, ny] = [peoplesNamed(x), peoplesNamed(y)];
  return nx.length > 0 && ny.length > 0 && !nx.some((w) => ny.includes(w));
};
export const peopleOfOneKind = (x: Quantity, y: Quantity): boolean =>
  (x.unit === 'person') !== (y.unit === 'person') &&
  !roleAndFate(x, y) &&
  !twoPeoples(x, y) &&
  // Only the words themselves: "citizens", "armies" are folded to persons too, and are no generic word.
  GENERIC_PEOPLE.test(x.unit === 'person' ? x.text : y.text) &&
  PEOPLE.has(x.unit === 'person' ? y.unit : x.unit) &&
  x.rate === y.rate &&
  x.part === y.part &&
  kindsMeet(x, y) &&
  // As for one unit (sameFigure.ts): a figure ten times another counts another thing ("two armies").
  Math.max(x.value, y.value) < 10 * Math.min(x.value, y.value);

/**
 * "140 persons from each side" and "140 detainees from each side": one count of people, the
 * generic word standing for the kind the other names. Same figure, same share per side.
 */
export function onePeopleCount(x: Quantity, y: Quantity, wordsBesides: number): boolean {
  const generic = x.unit === 'person' ? y : y.unit === 'person' ? x : undefined;
  if (generic === undefined || !PEOPLE.has(generic.unit) || x.unit === y.unit || x.rate !== y.rate)
    return false;
  if (roleAndFate(x, y) || twoPeoples(x, y)) return false;
  if (!kindsMeet(x, y)) return false;
  // One figure is sign enough; two figures need a word besides, as two counts of one unit do.
  return (sameValue(x.value, y.value) && x.value >= TELLING_COUNT) || wordsBesides > 0;
}

// What a measure measures: "a zone of twenty kilometres", "the line runs for 212 km", "a
// ten-kilometre zone", "the 212-km line"; past the giver a noun of giving names ("the pledge by
// Hanmura of USD 45 million", "a loan from the Union of 10 million").
export const MEASURED_BEFORE =
  /((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:(?:by|from)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:(?:of|runs?|running|ran|extends?|extending|stretch(?:es|ing)?|measur(?:es|ing))\s+)(?:for\s+|over\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|up to\s+)?$/iu;
export const MEASURED_AFTER = /^\s*((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)/u;
export const STRETCH_AFTER =
  /^\s*((?:[\p{L}-]+\s+)?(?:zone|section|stretch|strip|segment|corridor|road|highway|line|border|frontier|runway|pipeline|railway|track|belt|perimeter|radius|buffer|route|wall|fence|canal)s?)\b/iu;

/** The meaning words of the thing a measure is of, when the text says; else undefined. */
export function measuredThing(p: Passage, q: Quantity): Set<string> | undefined {
  const named = namedMeasured(p, q);
  // A distance on each side of a line is the width of a band along it: a zone.
  return q.rate === 'side' ? new Set([...(named ?? []), 'zone']) : named;
}

export function namedMeasured(p: Passage, q: Quantity): Set<string> | undefined {
  const before = MEASURED_BEFORE.exec(p.text.slice(Math.max(0, q.index - 40), q.index));
  if (before) return new Set(meaningWords(before[1]!));
  const relative = measuredByRelative(p.text, q);
  if (relative) return relative;
  // The adjective form names its noun after it: "212-km line", "ten-kilometre zone"; so does a
  // measure right before a noun of a stretch of ground or of a line ("the 6km section", "a 5 km
  // buffer zone"), where a plain figure's next word is no noun of it ("15 km from the capital").
  if (!/-\S+$/.test(q.text)) {
    const stretch = STRETCH_AFTER.exec(p.text.slice(q.index + q.text.length));
    return stretch ? new Set(meaningWords(stretch[1]!)) : undefined;
  }
  const after = MEASURED_AFTER.exec(p.text.slice(q.index + q.text.length));
  const words = after ? new Set(meaningWords(after[1]!)) : undefined;
  return words && words.size > 0 ? words : undefined;
}

/**
 * Whether two measures may be of one thing: two different figures of two things the texts
 * name ("a ceasefire line of 212 km", "a zone of five km") are not; one figure stated twice
 * is one thing however named ("a share of 400 million m³", "a volume of 400 million m³").
 */
export function sameMeasured(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  if (!isMeasure(x.unit) || sameFigure(x, y)) return true;
  // Where a thing lies is no size of a thing (placingDistances.ts).
  if (placesSomething(a, x) !== placesSomething(b, y) || offTwoLines(a, x, b, y)) return false;
  const [ta, tb] = [measuredThing(a, x), measuredThing(b, y)];
  return !ta || !tb || [...ta].some((w) => tb.has(w));
}

export const spansOf = perPassage((p) => spans(p.text));
// Words that say a span, not what it is of.
export const SPAN_WORDS = /^(?:within|after|befor|until|entri|forc|enter)$/;

/**
 * Two passages that give a span of time for one thing: "heavy weapons leave the zone within
 * thirty days" / "weapons are withdrawn from the zone within thirty (30) days"; "its mandate
 * will run for twelve months" / "Mandate: 12 months". One span and a word besides in common.
 */
export function oneSpan(a: Passage, b: Passage, besides: string[], roster: Roster): string | undefined {
  const [sa, sb] = [spansOf(a, roster), spansOf(b, roster)];
  if (sa.length === 0 || sb.length === 0 || aboutOthers(a, b, roster)) return undefined;
  // The words of the spans themselves ("twelve months") are the figure, not a word besides.
  const said = new Set([...sa, ...sb].flatMap((x) => [...meaningWords(x.text)]));
  const words = besides.filter((w) => !SPAN_WORDS.test(w) && !said.has(w));
  const same = sa.find((x) => sb.some((y) => y.days === x.days));
  return same !== undefined && words.length >= 1 ? `one span of ${same.days} days` : undefined;
}
