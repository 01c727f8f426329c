// Which of two texts a passage on authorship speaks of. A negotiation often holds the mediator's
// text and a counter-text of a bloc or a side ("the six-point counter-proposal", "the bloc's
// paper", "the rival paper", "their own proposal"), and sources dispute who wrote each in the same
// words ("it was written in X"): who wrote the one says nothing of who wrote the other.

import { perPassage } from './linkSupport.ts';
import type { LinkDocument, Passage } from './passages.ts';
import { author } from './textAuthor.ts';
import type { Roster } from './types.ts';

/** The mediator's text under negotiation, or another's counter-text. */
export type WhichText = 'main' | 'counter';

const NOUN = '(?:proposals?|plans?|papers?|texts?|drafts?|frameworks?|documents?|blueprints?)';
// A text set against the mediator's: "the counter-proposal", "a rival paper", "their own proposal".
const COUNTER = new RegExp(
  `\\bcounter-?(?:proposals?|drafts?|texts?|plans?|offers?|papers?)\\b|\\b(?:rival|alternative|competing|parallel)\\s+(?:[\\p{L}-]+\\s+)?${NOUN}\\b|\\b(?:its|their)\\s+own\\s+(?:[\\p{L}-]+\\s+)?${NOUN}\\b|\\b${NOUN}\\s+of\\s+the\\s+(?:neighbou?rs|bloc|region)\\b`,
  'giu',
);
// A regional grouping's text by its generic name: "the bloc's paper", "the grouping's own proposal".
const BLOC = new RegExp(`\\b(?:bloc|grouping|alliance)['’]s\\s+(?:[\\p{L}-]+\\s+)?${NOUN}\\b`, 'giu');
// The mediator's text: "the revised text", "a mediation plan", "the mediator's draft".
const MAIN = new RegExp(
  `\\brevised\\s+(?:[\\p{L}-]+\\s+)?${NOUN}\\b|\\b(?:mediation|mediators?|mediator['’]s|mediators['’]|envoy['’]s)\\s+(?:own\\s+)?${NOUN}\\b|\\b${NOUN}\\s+(?:is|was)\\s+the\\s+(?:mediation|mediator)['’]s\\b`,
  'giu',
);
// How far back a passage's own "it", "the paper" or "the proposal" is looked for: two sentences.
const REACH = 400;
const SENTENCES_BACK = 2;
// Words that may say who wrote a text: only such passages need the sentences before them.
const WRITING = /\b(?:draft|drafted|drawn|drew|written|wrote|prepared|authored|penned|pen|work|came from)\b/i;

const contextBefore = new WeakMap<Passage, string>();

/**
 * Notes, for each passage that may say who wrote a text, the sentences just before it in its
 * paragraph: "It was written in X" speaks of the text they name. Linear: one slice per passage.
 */
export function noteAuthoredTexts(docs: LinkDocument[], passages: Passage[]): void {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  for (const p of passages) {
    const text = texts.get(p.source);
    if (text === undefined || p.kind === 'event' || !WRITING.test(p.text)) continue;
    // A release's paragraph is a sentence or two: the one before it may name the text.
    const paragraphs = text
      .slice(Math.max(0, p.span[0] - REACH), p.span[0])
      .split(/\n\s*\n/)
      .slice(-2);
    const sentences = paragraphs
      .join(' ')
      .split(/(?<=[.!?;]["”’]?)\s+/)
      .filter((x) => /\p{L}/u.test(x));
    contextBefore.set(p, sentences.slice(-SENTENCES_BACK).join(' '));
  }
}

/** The names of the roster's guarantors and blocs, as they stand before a text's noun. */
function blocNames(roster: Roster): RegExp | undefined {
  const names = roster.parties
    .filter((p) => p.role === 'guarantor')
    .flatMap((p) => [p.name, ...p.aliases])
    .map((n) => n.replace(/^the\s+/i, ''))
    .filter((n) => n.length > 1)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return undefined;
  const bloc = `(?:${names.join('|')})`;
  // "the KBC's paper", "the ECOTAS Proposal"; "the paper adopted by the Northmere Union".
  return new RegExp(
    `(?<![\\p{L}])${bloc}(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+)?${NOUN}\\b|\\b${NOUN}\\s+(?:(?:adopted|tabled|endorsed|issued|circulated|put forward)\\s+by|of)\\s+(?:the\\s+)?${bloc}(?![\\p{L}])`,
    'giu',
  );
}
const blocsOf = new WeakMap<Roster, RegExp | undefined>();

/** The last text a stretch of words names, by where it is named: the counter-text or the mediator's. */
function lastNamed(words: string, roster: Roster): WhichText | undefined {
  if (!blocsOf.has(roster)) blocsOf.set(roster, blocNames(roster));
  const bloc = blocsOf.get(roster);
  let last: { at: number; which: WhichText } | undefined;
  const see = (re: RegExp | undefined, which: WhichText) => {
    if (!re) return;
    re.lastIndex = 0;
    for (const m of words.matchAll(re)) if (!last || m.index >= last.at) last = { at: m.index, which };
  };
  see(MAIN, 'main');
  see(COUNTER, 'counter');
  see(bloc, 'counter');
  see(BLOC, 'counter');
  return last?.which;
}

/**
 * The text a passage's words on authorship are about: named in the passage itself, or the
 * mediator's where it says the mediator wrote it, else named in the sentences just before it ("It
 * is called a proposal of the neighbours, but it was written in X"). Undefined where none says.
 */
export const whichTextAuthored = perPassage((p, roster): WhichText | undefined => {
  const own = lastNamed(p.text, roster);
  if (own) return own;
  const by = author(p, roster);
  if (by && roster.parties.some((x) => x.id === by && x.role === 'mediator')) return 'main';
  const before = contextBefore.get(p);
  return before ? lastNamed(before, roster) : undefined;
});

/** Whether two passages on authorship speak of two texts: the mediator's and a counter-text. */
export function twoTextsAuthored(a: Passage, b: Passage, roster: Roster): boolean {
  const [ta, tb] = [whichTextAuthored(a, roster), whichTextAuthored(b, roster)];
  return ta !== undefined && tb !== undefined && ta !== tb;
}
