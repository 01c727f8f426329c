// Pair tests on texts and figures for link.ts: two authors of one text, one text under two
// names, a version's sizes told twice, figures told as a change, and counts held by two parties.

import { authoredNoun } from './authoredNoun.ts';
import { authorsMisread } from './authorsMisread.ts';
import { partsOfOne } from './countParts.ts';
import { entityMentions } from './entities.ts';
import { changeOf, figureAt } from './figureChange.ts';
import type { Disagreement, SourceLink } from './link.ts';
import { datesOf, perFigure, perPassage } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import { ownerOfText } from './ownedTexts.ts';
import type { Passage } from './passages.ts';
import { pointsOfTwoThings } from './pointsOfAnother.ts';
import { provisionsSay } from './provisionNumbers.ts';
import { allMatches } from './regex.ts';
import { sizesOfTwoVersions } from './sizeAtTime.ts';
import { author, authorsDiffer, namesTheText } from './textAuthor.ts';
import { sizesText } from './textParts.ts';
import { quoteFrame, textOfIt } from './textPronoun.ts';
import { bothNameTheText, oneSizeTwoNames } from './textSizeNames.ts';
import type { TextVersions } from './textVersions.ts';
import type { Roster } from './types.ts';
import { sizesOfOneVersion } from './versionSizes.ts';
import { writtenItText } from './writtenIt.ts';

/** The two authors two passages give one text, where they cannot both have written it. */
export function twoAuthors(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const [aa, ab] = [author(a, roster), author(b, roster)];
  return aa && ab && authorsDiffer(aa, ab, roster) && sameTextNamed(a, b) && !authorsMisread(a, b)
    ? [aa, ab]
    : undefined;
}

// The word each passage names its text by: two authors contradict only on one text. A negotiation
// holds several (a mediator's framework, a party's counter-text, an alliance's paper), each
// someone's; two sources naming different ones say nothing against each other.
export const TEXT_NOUN =
  /\b(?:plan|draft|text|document|framework|proposal|paper|blueprint|initiative|memorandum|agreement|accord|treaty|declaration|statement|counter-?(?:text|proposal|draft)|map|annex(?:e(?=s))?)s?\b/gi;
// A counter-proposal is another text than the one it answers: "its own text ..., a counter-proposal
// to the Perin draft" names no author of the Perin draft.
export const COUNTER_TEXT = /\bcounter-?(?:proposals?|drafts?|texts?|plans?|offers?)\b/i;
export function sameTextNamed(a: Passage, b: Passage): boolean {
  // "It was written in Kessel", just after the counter-proposal is named: the counter-proposal.
  const counter = (p: Passage) => COUNTER_TEXT.test(p.text) || COUNTER_TEXT.test(textOfIt(p) ?? '');
  if (counter(a) !== counter(b)) return false;
  const provisions = provisionsSay(a, b);
  if (provisions !== undefined) return provisions;
  const nouns = (p: Passage) => {
    const named = (s: string) =>
      allMatches(TEXT_NOUN, s).map((m) => m[0].toLowerCase().replace(/(?<=annex)es$|s$/, ''));
    // A quotation naming no text is of the one its sentence names before it (textPronoun.ts).
    const said = named(p.text);
    // "We wrote it because the plan …": the text written is the first one named before "it".
    const it = said.length > 0 ? writtenItText(p) : undefined;
    if (it) return new Set(named(it).slice(0, 1));
    const all = new Set(said.length === 0 && p.kind === 'quote' ? named(quoteFrame(p) ?? '') : said);
    const own = authoredNoun(p.text, all);
    return own ? new Set([own]) : all;
  };
  const [na, nb] = [nouns(a), nouns(b)];
  // "It was an early draft prepared by my team" / "It was a Solmeran text": what each calls "it"
  // is the text its context is about, and "a text", "a draft" or "a paper" is no other name of it.
  const aboutIt = (p: Passage, n: Set<string>) =>
    IT_SUBJECT.test(p.text) && [...n].every((x) => GENERIC_TEXT.has(x));
  return (
    na.size === 0 ||
    nb.size === 0 ||
    [...na].some((n) => nb.has(n)) ||
    (aboutIt(a, na) && aboutIt(b, nb)) ||
    (namesTheText(a) && namesTheText(b) && !writtenItText(a) && !writtenItText(b))
  );
}
/**
 * One version of the text given two sizes by two sources, however little else their sentences
 * share (versionSizes.ts): linked and flagged, unless a source tells the two in turn or a flag
 * already sets the two figures against each other.
 */
export function versionSizeFlags(
  passages: Passage[],
  links: SourceLink[],
  disagreements: Disagreement[],
  versions: TextVersions,
  roster: Roster,
): Disagreement[] {
  const figures = (d: Disagreement) =>
    (d.values ?? []).map((v) => Number.parseFloat(v)).sort((x, y) => x - y);
  const flagged = new Set(disagreements.filter((d) => d.kind === 'number').map((d) => figures(d).join(' ')));
  const flags: Disagreement[] = [];
  // What the flags of other counts refuse refuses these too: a source telling the two in turn, two
  // times told, an annex or a speaker's points against the body's, a part of the other.
  const apart = (a: Passage, x: Quantity, b: Passage, y: Quantity) =>
    versions.toldInTurn(x, y) ||
    sizesOfTwoVersions(a, x, b, y) ||
    pointsOfTwoThings(a.text, x, b.text, y) ||
    partsOfOne(a, x, b, y) ||
    datedApart(a, b, roster);
  for (const [x, y, alsoX, alsoY] of sizesOfOneVersion(passages, apart)) {
    if (flagged.has([x.q.value, y.q.value].sort((v, w) => v - w).join(' '))) continue;
    links.push({ a: x.p, b: y.p, reason: `one version's size (${x.q.unit})` });
    flags.push({
      kind: 'number',
      reason: `${x.q.text} vs ${y.q.text}`,
      a: x.p,
      b: y.p,
      values: [`${x.q.value} ${x.q.unit}`, `${y.q.value} ${y.q.unit}`],
      ...(alsoX.length ? { alsoA: alsoX } : {}),
      ...(alsoY.length ? { alsoB: alsoY } : {}),
    });
  }
  return flags;
}

// One version's sizes told on two days each source names are two revisions of it ("a revised
// version of nineteen points on 9 May", "a revised text of twenty-two points on 18 May").
export function datedApart(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [datesOf(a, roster), datesOf(b, roster)];
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}

/**
 * Whether two passages that size a text name it each by a name of the text itself, and neither as
 * someone's own or a counter-proposal: "the 14-point agreement" and "a fifteen-point document".
 */
export function sizedUnderTwoNames(a: Passage, b: Passage, roster: Roster): boolean {
  if (
    COUNTER_TEXT.test(a.text) ||
    COUNTER_TEXT.test(b.text) ||
    namesOwner(a, roster) ||
    namesOwner(b, roster)
  )
    return false;
  const nouns = (p: Passage) =>
    new Set(allMatches(TEXT_NOUN, p.text).map((m) => m[0].toLowerCase().replace(/s$/, '')));
  return bothNameTheText(nouns(a), nouns(b));
}

// "The 14-point agreement" and "a fifteen-point document": two sizes of the one text, though its two
// names are two kinds to sameUnit; the link's own test, so what is linked as one text is compared.
export const sizesUnderTwoNames = (
  a: Passage,
  x: Quantity,
  b: Passage,
  y: Quantity,
  roster: Roster,
): boolean => oneSizeTwoNames(x, y) && sizedUnderTwoNames(a, b, roster);

// A text named after its owner ("a Solmeran text") is one of the texts its words name, not any.
export const namesOwner = perPassage((p, roster) => ownerOfText(p, roster, 'not ') !== undefined);
export const GENERIC_TEXT = new Set(['text', 'draft', 'document', 'paper']);
export const IT_SUBJECT = /^\s*(?:it|this|that)\s+(?:is|was)\b/i;

// A figure told as a change (figureChange.ts): what it became, what it was before, or, of a text's
// size, how many parts were added or dropped. The figure from before does not contradict it.
export const toldAsChange = (p: Passage, q: Quantity): boolean => {
  const change = changeOf(p, q);
  return change.became || change.was || (change.by && sizesText(q));
};

// A party as the one who holds, sends or loses what is counted: "Torvania holds 1,200 prisoners",
// "Arvenia has deployed 400 troops". Two counts held by two parties are two quantities, not two
// accounts of one; "Arvenia says 1,200" names a source, not a holder.
export const HOLDER_VERB =
  /^[^.;:!?]{0,30}?\b(?:holds?|held|has|have|had|keeps?|kept|deploy(?:s|ed)?|has deployed|sent|sends|lost|loses|released|releases|freed|frees|returned|returns|fields?|controls?|keeps? back|detains?|detained)\b[^.;:!?]{0,40}$/i;
// Read once per figure: the parties named before it do not change with the figure it is compared to.
export const holderOf = perFigure((p, q, roster): string | undefined => {
  const at = figureAt(p, q);
  if (at === -1 || roster === undefined) return undefined;
  const named = entityMentions(p.text.slice(0, at), roster).filter((e) => e.person === undefined);
  const last = named.at(-1);
  return last && HOLDER_VERB.test(p.text.slice(last.end, at)) ? last.party : undefined;
});
export function twoHolders(a: Passage, x: Quantity, b: Passage, y: Quantity, roster: Roster): boolean {
  const [ha, hb] = [holderOf(a, x, roster), holderOf(b, y, roster)];
  return ha !== undefined && hb !== undefined && ha !== hb;
}
