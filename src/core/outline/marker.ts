// What a numbering marker at the start of a line tells the parser: its style (which
// decides the level), its number as written, its path segment and ordinal value.

/** A line with its indentation measured and its Markdown heading marks removed. */
export interface LineView {
  /** 1-based line number. */
  line: number;
  /** Leading columns (a tab counts 4). */
  indent: number;
  /** The line without indentation, heading marks or bullet. */
  content: string;
  /** 1–6 for a Markdown ATX heading line. */
  headingDepth?: number;
  /** The line started with a Markdown bullet ("- ", "* ", "+ "). */
  bullet?: boolean;
}

export interface Marker {
  /** Style identity ("decimal.", "(alpha-lower)", "kw:article", "option", "dotted2"). */
  kind: string;
  /** The number as written, without trailing punctuation: "Article 2bis", "(a)", "1". */
  written: string;
  /** The marker as written with its punctuation, for messages: "3.", "(a)". */
  raw: string;
  /** Path segment: "2bis", "a", "opt1", "1.1". */
  key: string;
  /** Ordinal for sequence checks: 3 for "3bis", 2 for "(b)", 4 for "iv". */
  value: number;
  /** Text after the marker on the same line. */
  rest: string;
  /** Structural rank (smaller is higher: a heading or a Part/Chapter/Article keyword). */
  rank: number | undefined;
  /** A plain number ("12.", "(3)"): prose can look like one, so its sequence is checked. */
  plainNumber: boolean;
}

/**
 * Every marker built through here has one object shape: on a megabyte of text, object
 * spreads with optional fields cost more than all the regular expressions together.
 */
export function makeMarker(
  kind: string,
  written: string,
  raw: string,
  key: string,
  value: number,
  rest: string,
  plainNumber = false,
  rank: number | undefined = undefined,
): Marker {
  return { kind, written, raw, key, value, rest, rank, plainNumber };
}

/** Suffixes drafts use for inserted points: 2bis, 3 ter, 3.3quat, "3.3bis Alt". */
export const SUFFIX = String.raw`(?:[a-z](?![a-z]))?(?:\s?(?:bis|ter|quater|quat|quinquies|sexies|septies|octies|novies|nonies|decies)(?![a-z]))?(?:\s?alt(?![a-z]))?`;
