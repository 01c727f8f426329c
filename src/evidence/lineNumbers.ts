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
// A page holds some 25 lines: a count running past PAGE_LINES_MAX is a list's or a plan's. What
// the record's numbers number are the lines of a page, so many of them are blank ("14" alone) or
// carry words the line before ran on into; a plan's points and a chronology's days each open an
// item of their own ("4  Water: …", "12 May: …").
const STEPS_MIN = 20;
const NUMBERED_SHARE = 0.6;
const PAGE_LINES_MAX = 30;
const RUN_ON_SHARE = 0.3;
const ITEM_END = /[.!?…:;]["”’)]?\s*$/;
const STARTS_LOWER = /^[ \t]*\d{1,2}[ \t]+\p{Ll}/u;
// "12 May:" or "3 June 2031 -": a day of a month over what happened on it, no line of a page.
const DAY_LABEL =
  /^[ \t]*\d{1,2}[ \t]+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:[ \t]+\d{4})?[ \t]*[:–—-]/i;

/** Whether the record numbers its lines (see above): one pass over the lines. */
export function isLineNumbered(text: string): boolean {
  let steps = 0;
  let numbered = 0;
  let runOn = 0;
  let lines = 0;
  let previous = -1;
  let ended = true;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    const m = NUMBERED_LINE.exec(line);
    if (!m || DAY_LABEL.test(line)) {
      ended = true;
      continue;
    }
    numbered++;
    const n = Number(m[1]);
    if (n > PAGE_LINES_MAX && n === previous + 1) return false;
    if (n === previous + 1 || (n === 1 && previous > 1)) steps++;
    previous = n;
    const bare = BARE_NUMBER.test(line);
    if (bare || (!ended && STARTS_LOWER.test(line))) runOn++;
    ended = bare || ITEM_END.test(line);
  }
  return steps >= STEPS_MIN && numbered >= NUMBERED_SHARE * lines && runOn >= RUN_ON_SHARE * numbered;
}

/** A label reader that reads the label after a line's number, the number kept in the label's `full`. */
export function afterLineNumber(
  labelOf: (paragraph: string) => TurnLabel | undefined,
): (paragraph: string) => TurnLabel | undefined {
  return (paragraph) => {
    const n = LINE_NUMBER.exec(paragraph);
    if (!n) return undefined;
    const line = paragraph.slice(n[0].length);
    // The page cuts the words at the line's end: "REPORTER: Ada Tesh, Daily Post. Will" reads as a
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

// A numbered line and the breaks before it: "will\n\n23 make" is one sentence the page cut.
const RUN_ON_LINE = /([^.!?…:;\s]["”’)]?)(\n[ \t]*(?:\n[ \t]*)?\d{1,2}[ \t]+)(?=\p{Ll})/gu;
const OPENING_NUMBER = /^[ \t]*\d{1,2}(?=[ \t]|$)/gm;

/**
 * A numbered record's text as it was spoken, for reading what it says (its figures, its days): each
 * line's number blanked, and a line the words ran on into joined to the line before ("resume in\n\n12
 * may" is no twelfth of May). Blanks stand where the numbers and breaks were, so spans stay where
 * they are. Any other text is returned as it is.
 */
export function asSpoken(text: string): string {
  if (!isLineNumbered(text)) return text;
  return text
    .replace(RUN_ON_LINE, (_, end: string, cut: string) => end + ' '.repeat(cut.length))
    .replace(OPENING_NUMBER, (n) => ' '.repeat(n.length));
}
