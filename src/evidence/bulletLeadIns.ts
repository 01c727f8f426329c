// The line that introduces a bulleted item: "Ministers adopted a nine-point counter-proposal …
// Its central elements are:" then "- a guaranteed minimum flow of 1,500 cubic metres". An item
// says nothing alone; what its figures are (a party's demand, a text's terms) is in the lead-in.

import type { LinkDocument, Passage } from './passages.ts';

// A list item's own mark: a dash, a bullet, "(a)", "ii)".
const ITEM = /^\s*(?:[-–—•*▪◦]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+/i;
// How far back the lead-in of a long list is looked for.
const REACH = 2000;

/**
 * The line ending in a colon that leads the list `before` ends in, when its last line is an item:
 * back over the items before it to the first line that is none.
 */
function leadInBefore(before: string): string | undefined {
  const lines = before.split('\n');
  if (!ITEM.test(lines.at(-1)!)) return undefined;
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '' || ITEM.test(line)) continue;
    return line.endsWith(':') ? line : undefined;
  }
  return undefined;
}

// What each passage holding a list item follows in its document: a lead-in may stand before the
// passage, or begin its line before the passage's first sentence.
const preceding = new WeakMap<Passage, string>();

/** Notes, for each passage that holds a bulleted item, the text of its document before it. */
export function noteBulletLeadIns(docs: LinkDocument[], passages: Passage[]): void {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  for (const p of passages) {
    const text = texts.get(p.source);
    if (text !== undefined && (ITEM.test(p.text) || ITEM_LINE.test(p.text)))
      preceding.set(p, text.slice(Math.max(0, p.span[0] - REACH), p.span[0]));
  }
}
const ITEM_LINE = new RegExp(`\\n${ITEM.source.slice(1)}`, 'i');

/** The line leading the list whose item holds the passage's text at `index`, if it stands in one. */
export function leadInAt(p: Passage, index: number): string | undefined {
  const before = preceding.get(p);
  if (before === undefined) return undefined;
  const end = p.text.indexOf('\n', index);
  return leadInBefore(before + p.text.slice(0, end === -1 ? undefined : end));
}
