// A list of cited works quotes each work's title, which is nobody's words: a reference list's
// '1. ^ "Talks open in Kessel". Kessel Post. 12 May 2031.' and a newsletter's reading list,
// '— "Inside the long night," by Ada Lind for Radio Dahl.', '— "The points, annotated," from The
// Fjellby Line.' The title opens a list's item, and what follows it to the line's end is where
// it was published: an outlet and its year, or "by" a writer "for" an outlet, "from" or "in" one.
import type { Span } from './types.ts';

// A list's mark opens the item; an author and a dated bracket may come before the title: 'Lind, Ada (12 May 2031). "…"'.
const ITEM_OPENS =
  /^[ \t]*(?:(?:[-–—•*]|\d{1,3}[.)]|↑)[ \t]*(?:\^[ \t]*)?|\^[ \t]*)([^"“\n()]{1,60}\([^()\n]{0,20}\d{4}\)\.[ \t]+)?["“]$/u;
const CITATION_TAIL =
  /^(?:\.[ \t]+\p{Lu}[^\n"“”]{0,100}\b\d{4}\b[^\n"“”]{0,60}|,?[ \t]+(?:by[ \t]+\p{Lu}[^\n"“”]{0,60}?[ \t]+(?:for|in)|from|in)[ \t]+(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*){0,5}\.?)[ \t]*$/u;
// After an author and a date, the outlet alone: '… "…". Kessel Post.'
const OUTLET_TAIL = /^\.[ \t]+\p{Lu}[^\n"“”]{0,100}$/u;
const TAIL_REACH = 200;
const ITEM_REACH = 100;

/** Whether the quotation at `inner` (its marks around it) is a cited work's title in a list. */
export function citedTitle(text: string, inner: Span): boolean {
  const lineStart = text.lastIndexOf('\n', inner[0] - 1) + 1;
  const item = inner[0] - lineStart <= ITEM_REACH ? ITEM_OPENS.exec(text.slice(lineStart, inner[0])) : null;
  if (!item) return false;
  const lineEnd = text.indexOf('\n', inner[1]);
  const end = lineEnd === -1 ? text.length : lineEnd;
  if (end - inner[1] > TAIL_REACH) return false;
  const tail = text.slice(inner[1] + 1, end);
  return CITATION_TAIL.test(tail) || (item[1] !== undefined && OUTLET_TAIL.test(tail));
}
