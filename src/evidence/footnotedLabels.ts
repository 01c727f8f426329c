// A parliament's record marks a speech it printed in translation by an asterisk before the speaker's
// label, the note at the page's foot: "*SHRI A. DAHL (FJELLBY): Sir, …". The label after the mark is
// an ordinary one.
import type { TurnLabel } from './genre.ts';

// The record sets such a label in capitals: "*Translation: Ada Lind" is a page's credit line.
const FOOTNOTED = /^\*\p{Lu}{2}/u;

/**
 * The label after a footnote's asterisk, read by `read` (the plain labels' reader). One asterisk before
 * capitals only: two open a bold mark, and an asterisk inside the label closes an emphasis ("*Note:*").
 */
export function footnotedLabel(
  paragraph: string,
  read: (paragraph: string) => TurnLabel | undefined,
): TurnLabel | undefined {
  if (!FOOTNOTED.test(paragraph)) return undefined;
  const label = read(paragraph.slice(1));
  if (!label || label.full.includes('*')) return undefined;
  return { ...label, full: `*${label.full}`, said: label.said ?? label.full.replace(/:?\s*$/, '') };
}
