// The text and Markdown reader: walks the lines once, asks the style stack where each
// numbered line belongs, and lets the builder gather everything else as text.
import { DraftBuilder } from './draftBuilder.ts';
import { readFrontMatter, viewLine } from './lines.ts';
import { readMarkers } from './readMarkers.ts';
import { StyleStack } from './styleStack.ts';
import type { ParsedDraft } from './types.ts';

/** Parses a plain-text or Markdown draft. Throws `parse_error` (duplicates, no points). */
export function parseTextDraft(text: string, markdown: boolean): ParsedDraft {
  const lines = text.split(/\r\n|\r|\n/);
  const { start, title } = markdown ? readFrontMatter(lines) : { start: 0, title: undefined };
  const stack = new StyleStack();
  const builder = new DraftBuilder();
  let firstLine: number | undefined;
  for (let i = start; i < lines.length; i++) {
    const view = viewLine(lines[i]!, i + 1, markdown);
    if (view === undefined) {
      builder.endParagraph();
      continue;
    }
    firstLine ??= view.line;
    const markers = readMarkers(view);
    const placement = markers.length > 0 ? stack.place(markers, view.indent, builder.context) : undefined;
    if (placement) builder.startProvision(placement, view);
    else builder.addText(view);
  }
  return builder.finish(title, firstLine ?? 1);
}
