// Infers each point's level from its numbering style, as legal numbering parsers do:
// the first style seen is level 1, a new style nests under the current point, and a
// style already open returns to its level. Also holds the prose-versus-number heuristic.
import type { Marker } from './marker.ts';
import { childPath } from './paths.ts';

interface OpenStyle {
  kind: string;
  indent: number;
  rank?: number;
  path: string;
  value: number;
  /** Which run of this list under the same parent (see `place`), 1 for the first. */
  run: number;
}

/** What the lines before a marker say about it. */
export interface PlaceContext {
  /** The line continues a paragraph (no blank line or marker before it). */
  midParagraph: boolean;
  /** An unnumbered paragraph of its own came after the previous point. */
  afterLeadIn: boolean;
  /** The previous point's text ends with ":" ("… shall ensure transparency by:"). */
  introducesList: boolean;
}

export interface Placement {
  marker: Marker;
  path: string;
  parent?: string;
}

/**
 * Heuristic for plain numbers ("12.", "(3)"), which dates and amounts can mimic: one
 * continues its list only up to MAX_GAP past the previous number (going back is fine),
 * and opens a new list only up to MAX_OPENING. "2025. The parties" after point 3 is text.
 */
export const MAX_GAP = 30;
export const MAX_OPENING = 100;
/** Columns deeper than a same-style point that put a point inside that point's block. */
export const NEST_INDENT = 2;

export class StyleStack {
  private readonly open: OpenStyle[] = [];
  private readonly taken = new Set<string>();

  /** Where a point with these marker readings goes, or undefined when it is prose. */
  place(markers: Marker[], indent: number, context: PlaceContext): Placement | undefined {
    const marker = this.choose(markers);
    if (marker === undefined) return undefined;
    const same = this.closestSameStyle(marker.kind, indent);
    const sibling = same === undefined ? undefined : this.open[same]!;
    let depth: number;
    let run = 1;
    if (sibling !== undefined && !this.nestsUnder(sibling, indent, marker)) {
      if (marker.plainNumber && marker.value > sibling.value + MAX_GAP) return undefined;
      depth = same!;
      run = sibling.run;
      if (marker.value === 1 && this.taken.has(this.pathAt(depth, marker.key, run))) {
        // A restart that would repeat a number. Right after a point that introduces a
        // list ("7bis. … shall ensure transparency by:" then "1.") or a deeper point of
        // another style, it is that point's sub-list. After a lead-in paragraph inside
        // one point ("Option 1…5", a note, "Option 1…2" again) it is a new run,
        // addressed "g2-opt1". At top level it stays a duplicate.
        if (context.introducesList || depth < this.open.length - 1) depth = this.open.length;
        else if (context.afterLeadIn && depth > 0) run++;
      }
    } else {
      if (marker.plainNumber && marker.value > MAX_OPENING) return undefined;
      // A wrapped line starting "(d), of the Convention" must not open a list mid-sentence.
      if (context.midParagraph && marker.rank === undefined && marker.value !== 1) return undefined;
      depth = marker.rank === undefined ? this.open.length : this.ancestorDepth(marker.rank);
    }
    if (depth === this.open.length) run = 1;
    // An option is an alternative wording of some point; before any point it is preamble.
    if (marker.kind.startsWith('option') && depth === 0) return undefined;
    const parent = this.open[depth - 1]?.path;
    const path = this.pathAt(depth, marker.key, run);
    this.open.length = depth;
    this.open.push({ kind: marker.kind, indent, rank: marker.rank, path, value: marker.value, run });
    this.taken.add(path);
    return parent === undefined ? { marker, path } : { marker, path, parent };
  }

  private pathAt(depth: number, key: string, run: number): string {
    return childPath(this.open[depth - 1]?.path, run === 1 ? key : `g${run}-${key}`);
  }

  // A deeper list restarting at 1 ("7." then an indented "1.") is a sub-list, and so is
  // any point clearly inside the block of a same-style point ("3." then an indented
  // "3bis." under an option of point 3).
  private nestsUnder(sibling: OpenStyle, indent: number, marker: Marker): boolean {
    if (indent <= sibling.indent) return false;
    return marker.value === 1 || indent >= sibling.indent + NEST_INDENT;
  }

  // Headings and Part/Chapter/Article keywords never sit inside a list item or a lower
  // heading: "Chapter II" after "Article 4" closes the article.
  private ancestorDepth(rank: number): number {
    let depth = this.open.length;
    while (depth > 0) {
      const top = this.open[depth - 1]!;
      if (top.rank !== undefined && top.rank < rank) break;
      depth--;
    }
    return depth;
  }

  private closestSameStyle(kind: string, indent: number): number | undefined {
    let best: number | undefined;
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i]!;
      if (entry.kind !== kind) continue;
      if (
        best === undefined ||
        Math.abs(entry.indent - indent) < Math.abs(this.open[best]!.indent - indent)
      ) {
        best = i;
      }
    }
    return best;
  }

  /**
   * "(i)" after "(h)" is a letter, after nothing or under "(a)" it starts roman items;
   * "(v)" after "(iv)" is a numeral. Otherwise the letter reading wins.
   */
  private choose(markers: Marker[]): Marker | undefined {
    // Readings come letter first, numeral second; a single reading needs no choice.
    const [alpha, roman] = markers;
    if (roman === undefined || alpha === undefined) return alpha;
    const alphaOpen = this.lastOf(alpha.kind);
    const romanOpen = this.lastOf(roman.kind);
    if (alphaOpen !== undefined && alpha.value === alphaOpen.value + 1) return alpha;
    if (romanOpen !== undefined && roman.value === romanOpen.value + 1) return roman;
    if (roman.value === 1) return roman;
    if (alphaOpen !== undefined) return alpha;
    if (romanOpen !== undefined) return roman;
    return alpha;
  }

  private lastOf(kind: string): OpenStyle | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i]!.kind === kind) return this.open[i];
    return undefined;
  }
}
