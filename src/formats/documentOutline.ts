// From a document's paragraphs (Word's or a PDF's) to the nested provisions of a draft, in
// the JSON draft shape the outline parser already validates (core/outline/jsonSchema.ts),
// so a document import ends in the same provisions, paths and checks as any other import.
//
// A paragraph is a provision when Word numbers it (its label) or when it opens with a
// typed number the text parser recognises ("3.", "(a)", "Article 4"). Nesting follows the
// list a number belongs to: a number of a list already open is a sibling of that list's
// last point (closing what was opened under it); a number of a new list opens under the
// current point — as the text parser's style stack does. Keyword ranks (Part > Chapter >
// Article) and heading levels close lower structures first.
import { ParleyError } from '../core/errors.ts';
import { cleanHeading, looksLikeHeading } from '../core/outline/headings.ts';
import type { JsonProvision } from '../core/outline/jsonSchema.ts';
import { readMarkers } from '../core/outline/readMarkers.ts';

/** One paragraph as read from a document. */
export interface Block {
  text: string;
  /** The number Word shows for it (automatic numbering). */
  label?: string;
  /** The list and level the label belongs to. */
  key?: string;
  /** A bold run opening the paragraph. */
  lead?: string;
  /** Heading level of its style (0 = Heading 1). */
  outline?: number;
  /** Styled as the document's title. */
  title?: boolean;
  /** Came from a table of provisions (number column + text column). */
  cell?: boolean;
  /** Its paragraph's place in the document's body: the same in either view of tracked changes. */
  at?: number;
  /** Who made the tracked changes in its paragraph (Word's `w:author`). */
  authors?: string[];
}

export interface DocumentDraft {
  title?: string;
  preamble?: string;
  provisions: JsonProvision[];
}

interface Open {
  key: string;
  rank: number | undefined;
  node: JsonProvision;
  /** Value of its number, for telling a list from prose that starts with a number. */
  value: number | undefined;
  /** Paragraphs of its text. */
  paragraphs: string[];
}

/**
 * Builds the draft's outline. Throws `parse_error` when no paragraph is numbered (the
 * message says how to number them), with `details.source` the document's name.
 */
export function outlineOf(blocks: readonly Block[], source: string): DocumentDraft {
  const roots: JsonProvision[] = [];
  const stack: Open[] = [];
  const front: string[] = [];
  let title: string | undefined;
  const finish = (open: Open) => {
    open.node.text = open.paragraphs.join('\n\n');
  };
  for (const block of blocks) {
    const numbered = numberOf(block, stack);
    if (!numbered) {
      const top = stack.at(-1);
      if (!top) {
        if (title === undefined && (block.title || (front.length === 0 && looksLikeHeading(block.text))))
          title = block.text;
        else front.push(block.text);
      } else if (
        top.paragraphs.length === 0 &&
        !top.node.heading &&
        top.rank !== undefined &&
        looksLikeHeading(block.text)
      )
        // "Article 3" on a line of its own, its title on the next: the title is the heading.
        top.node.heading = block.text;
      else top.paragraphs.push(block.text);
      continue;
    }
    // Close what this number ends: everything opened after its own list's last point,
    // or, for a new list, points of an equal or lower structural rank.
    const same = stack.findLastIndex((o) => o.key === numbered.key);
    if (same >= 0) for (const open of stack.splice(same)) finish(open);
    else if (numbered.rank !== undefined) {
      while (stack.length > 0) {
        const top = stack.at(-1)!;
        if (top.rank !== undefined && top.rank < numbered.rank) break;
        finish(stack.pop()!);
      }
    }
    const node: JsonProvision = { number: numbered.number, text: '' };
    const { heading, text } = splitHeading(block, numbered);
    if (heading) node.heading = heading;
    const parent = stack.at(-1);
    if (!parent) roots.push(node);
    else if (parent.node.children) parent.node.children.push(node);
    else parent.node.children = [node];
    stack.push({
      key: numbered.key,
      rank: numbered.rank,
      node,
      value: numbered.value,
      paragraphs: text ? [text] : [],
    });
  }
  for (const open of stack.splice(0)) finish(open);
  if (roots.length === 0) {
    throw new ParleyError(
      'parse_error',
      `${source} has no numbered paragraphs: number the provisions (Word's numbering, or typed numbers like "1.", "(a)" or "Article 1") and import it again`,
      { source, line: 1 },
    );
  }
  return {
    ...(title !== undefined ? { title } : {}),
    ...(front.length ? { preamble: front.join('\n\n') } : {}),
    provisions: roots,
  };
}

interface Numbered {
  number: string;
  key: string;
  rank: number | undefined;
  value: number | undefined;
  /** The paragraph's text after a typed number. */
  rest: string;
}

/** The paragraph's number — Word's, or a typed one — or undefined for a plain paragraph. */
function numberOf(block: Block, stack: readonly Open[]): Numbered | undefined {
  const inHeading = block.outline !== undefined;
  if (block.label !== undefined) {
    const marker = readMarkers({
      line: 1,
      indent: 0,
      content: block.label,
      ...(inHeading ? { headingDepth: 1 } : {}),
    })[0];
    return {
      number: marker?.written ?? block.label.replace(/[.:]$/, ''),
      key: block.key ?? `label:${marker?.kind ?? block.label}`,
      rank: rankOf(
        block,
        marker?.kind.startsWith('kw:') ? keywordRank(marker.kind.replace(/#\d+$/, '')) : undefined,
      ),
      value: marker?.value,
      rest: block.text,
    };
  }
  const marker = readMarkers({
    line: 1,
    indent: 0,
    content: block.text,
    ...(inHeading ? { headingDepth: 1 } : {}),
  })[0];
  if (!marker) return undefined;
  // Undecorated arithmetic ("2024 was…", "3 delegations") reads as prose unless it continues a list.
  if (marker.plainNumber && !block.cell) {
    const open = stack.findLast((o) => o.key === `typed:${marker.kind}`);
    // "2bis" after "2" continues the list as "3" would.
    const continues = open
      ? open.value !== undefined && (marker.value === open.value + 1 || marker.value === open.value)
      : marker.value === 1;
    if (!continues) return undefined;
  }
  const kind = marker.kind.replace(/#\d+$/, '');
  return {
    number: marker.written,
    key: `typed:${kind}`,
    rank: rankOf(block, kind.startsWith('kw:') ? keywordRank(kind) : marker.rank),
    value: marker.value,
    rest: marker.rest.trim(),
  };
}

const KEYWORD_RANKS: Record<string, number> = { part: 7, chapter: 8, section: 9, article: 10, paragraph: 11 };
const keywordRank = (kind: string) => KEYWORD_RANKS[kind.slice(3)];

/**
 * The keyword's rank (Part 7 … Paragraph 11), so a Word-numbered "Article 2" and a typed
 * "Article 3" are peers; a heading-styled number without a keyword outranks them all.
 */
function rankOf(block: Block, keyword: number | undefined): number | undefined {
  if (keyword !== undefined) return keyword;
  return block.outline !== undefined ? block.outline + 1 : undefined;
}

function splitHeading(block: Block, numbered: Numbered): { heading?: string; text: string } {
  const rest = numbered.rest.trim();
  // The bold lead may take in a typed number ("**2. Scope** It applies…"): the heading is what follows it.
  const typedNumber = block.text.length - numbered.rest.length;
  const lead =
    block.lead && block.lead.length > typedNumber ? block.lead.slice(Math.max(0, typedNumber)).trim() : '';
  if (lead !== '' && rest.startsWith(lead)) return { heading: lead, text: rest.slice(lead.length).trim() };
  // A heading-styled numbered paragraph ("Article 1" in Heading 1) carries the title.
  // So does a typed "Article 1 — Purpose" (a structural number with a short title after it).
  if ((block.outline !== undefined || numbered.rank !== undefined) && rest !== '' && looksLikeHeading(rest))
    return { heading: cleanHeading(rest), text: '' };
  return { text: rest };
}
