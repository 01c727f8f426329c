// The shapes the outline parser hands back: a draft's title, preamble and its numbered
// provisions, flat and in document order, each addressed by a stable `path`.

/** One numbered point of a draft; `text` is its own text, not its children's. */
export interface ParsedProvision {
  /** Stable full address in the draft ("7", "7.a", "2bis.1", "II.3"); unique within the draft. */
  path: string;
  /** The number as written, without trailing punctuation ("Article 2bis", "(a)", "1.1"). */
  number: string;
  /** Path of the parent provision; absent at top level. */
  parent?: string;
  heading?: string;
  /** Paragraphs joined by a blank line, trimmed. */
  text: string;
  /** 1-based line where the provision starts. */
  line: number;
}

export interface ParsedDraft {
  title?: string;
  preamble: string;
  provisions: ParsedProvision[];
}

export type DraftFormat = 'text' | 'markdown' | 'json';

export interface ParseDraftOptions {
  format?: DraftFormat;
  fileName?: string;
}
