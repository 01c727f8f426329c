// A court reporter's or a transcription service's record numbers every line of its pages ("22
// MR. HALE: Good morning …", "23 and then …", a number alone on a blank line), from 1 again on each
// page. Its labels stand after the number, its turns run on over numbered lines and over the page's
// breaks, and what is not numbered (the page's running head, its footer, "Page 3") is the page's,
// nobody's words. The numbers stay in the clean text, as the record prints them.
import type { TurnLabel } from './turnLabels.ts';

const NUMBERED_LINE = /^[ \t]*(\d{1,2})(?:[ \t]|$)/;
const LINE_NUMBER = /^[ \t]*\d{1,2}[ \t]+(?=\S)/;
const BARE_NUMBER = /^[ \t]*\d{1,2}[ \t]*$/;
const SENTENCE_END = /[.!?…:]["”’)]?\s*$/;

// A numbered list runs to a few items; a record's pages run to dozens of numbered lines, each one
// more than the line before or 1 on a new page, and nearly every line of the record is numbered.
const STEPS_MIN = 20;
const NUMBERED_SHARE = 0.6;

/** Whether the record numbers its lines (see above): one pass over the lines. */
export function isLineNumbered(text: string): boolean {
  let steps = 0;
  let numbered = 0;
  let lines = 0;
  let previous = -1;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    const m = NUMBERED_LINE.exec(line);
    if (!m) continue;
    numbered++;
    const n = Number(m[1]);
    if (n === previous + 1 || (n === 1 && previous > 1)) steps++;
    previous = n;
  }
  return steps >= STEPS_MIN && numbered >= NUMBERED_SHARE * lines;
}

/** A label reader that reads the label after a line's number, the number kept in the label's `full`. */
export function afterLineNumber(
  labelOf: (paragraph: string) => TurnLabel | undefined,
): (paragraph: string) => TurnLabel | undefined {
  return (paragraph) => {
    const n = LINE_NUMBER.exec(paragraph);
    if (!n) return undefined;
    const line = paragraph.slice(n[0].length);
    // The page cuts the words at the line's end: "REPORTER: Ada Lind, Daily Post. Will" reads as a
    // header's name and outlet unless the words are read as going on.
    const label = labelOf(line) ?? (SENTENCE_END.test(line) ? undefined : labelOf(`${line} …`));
    if (!label || label.full.length > line.length) return undefined;
    return { ...label, full: n[0] + label.full, said: label.said ?? label.full.replace(/:?\s*$/, '') };
  };
}

/** A paragraph of a numbered record that holds no words: a blank numbered line, or the page's own line. */
export const isUnspokenLine = (paragraph: string): boolean =>
  BARE_NUMBER.test(paragraph) || !NUMBERED_LINE.test(paragraph);

/** The line without its number. */
export const withoutLineNumber = (paragraph: string): string => paragraph.replace(LINE_NUMBER, '');
