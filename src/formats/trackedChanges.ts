// A Word document's tracked changes as changes to provisions: the document is read in both
// views (original, accepted), its paragraphs matched by their place in the body — the same
// in either view — and each Word-numbered paragraph of the original opens a provision's
// stretch of paragraphs. A stretch whose text differs is a replacement, one gone from the
// accepted view a deletion, and a numbered paragraph only the accepted view has a new
// provision after the original provision before it. Only Word's automatic numbering is
// matched: a typed number is text, and a change to it would be a change to the text.
import { ParleyError } from '../core/errors.ts';
import { type Block, outlineOf } from './documentOutline.ts';
import { readDocx } from './docxRead.ts';

export interface TrackedChange {
  kind: 'replace' | 'delete' | 'new';
  /** The original provision it is on (new: placed after), by its place among the original's numbered paragraphs. */
  index: number;
  /** The provision's text once the change is accepted; absent for a deletion. */
  text?: string;
  /** Who made the change (Word's authors), or empty when Word does not say. */
  authors: string[];
}

interface Stretch {
  head: Block;
  blocks: Block[];
}

/** Splits the blocks into stretches opened by a Word-numbered paragraph; what comes before is dropped. */
function stretches(blocks: readonly Block[]): Stretch[] {
  const out: Stretch[] = [];
  for (const block of blocks) {
    if (block.label !== undefined) out.push({ head: block, blocks: [block] });
    else out.at(-1)?.blocks.push(block);
  }
  return out;
}

/** A stretch's text as the import stores it: its paragraphs, joined, without the number. */
function textOf(stretch: Stretch, name: string): string {
  const provisions = outlineOf(stretch.blocks, name).provisions;
  return provisions[0]?.text ?? '';
}

const authorsOf = (stretch: Stretch): string[] => [
  ...new Set(stretch.blocks.flatMap((b) => b.authors ?? [])),
];

/**
 * The document's tracked changes on its Word-numbered provisions, in the order of the
 * original; `provisions` is how many numbered paragraphs the original has (the caller
 * checks it against the provisions it imported). Throws `invalid_input` (not a readable
 * .docx; a numbered paragraph inserted before the first provision, which no provision
 * precedes).
 */
export function trackedChanges(
  bytes: Uint8Array,
  name: string,
): { changes: TrackedChange[]; provisions: number } {
  const original = stretches(readDocx(bytes, 'original', name));
  const accepted = stretches(readDocx(bytes, 'accepted', name));
  const byPlace = new Map(accepted.map((s) => [s.head.at, s]));
  const originalPlaces = new Set(original.map((s) => s.head.at));
  const changes: TrackedChange[] = [];
  original.forEach((before, index) => {
    const after = byPlace.get(before.head.at);
    if (!after) {
      changes.push({ kind: 'delete', index, authors: authorsOf(before) });
      return;
    }
    const text = textOf(after, name);
    if (text !== textOf(before, name)) {
      changes.push({
        kind: 'replace',
        index,
        text,
        authors: [...new Set([...authorsOf(before), ...authorsOf(after)])],
      });
    }
  });
  for (const added of accepted) {
    if (originalPlaces.has(added.head.at)) continue;
    const index = original.findLastIndex((s) => (s.head.at ?? 0) < (added.head.at ?? 0));
    if (index < 0) {
      throw new ParleyError(
        'invalid_input',
        `${name}: the numbered paragraph "${added.head.text.slice(0, 60)}" is inserted before the first provision, so no provision precedes it; accept or reject that change in Word first`,
        { file: name, field: 'trackedAsAmendments' },
      );
    }
    changes.push({ kind: 'new', index, text: textOf(added, name), authors: authorsOf(added) });
  }
  // Deletions and replacements first, then the new provisions, each in the document's order.
  return { changes: changes.sort((a, b) => a.index - b.index), provisions: original.length };
}
