// Where a span stands among the lines of its text: page furniture and headings are lines of their
// own, never a clause inside a paragraph. Each look is bounded, so a text without line breaks
// costs no more per span.

const REACH = 80;

/** True when nothing but blanks stands before `start` on its line. */
export function startsLine(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  const nl = before.lastIndexOf('\n');
  return (nl >= 0 || start <= REACH) && !/\S/.test(before.slice(nl + 1));
}

/** True when nothing but blanks stands after `end` on its line. */
export function endsLine(text: string, end: number): boolean {
  const after = text.slice(end, end + REACH);
  const nl = after.indexOf('\n');
  return (nl >= 0 || end + REACH >= text.length) && !/\S/.test(nl >= 0 ? after.slice(0, nl) : after);
}

/** True when only blanks follow `end` to the end of the text. */
export const endsText = (text: string, end: number): boolean =>
  end + REACH >= text.length && !/\S/.test(text.slice(end));
