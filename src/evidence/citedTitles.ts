// A list of cited works quotes each work's title, which is nobody's words: a reference list's
// '1. ^ "Talks open in Kessel". Kessel Post. 12 May 2031.' and a newsletter's reading list,
// '— "Inside the long night," by Ada Lind for Radio Dahl.', '— "The points, annotated," from The
// Fjellby Line.' The title opens a list's item, and what follows it to the line's end is where
// it was published: an outlet and its year, or "by" a writer "for" an outlet, "from" or "in" one.
// A digest of the week's quotations is written the same way with a speaker where the outlet stands
// ('— "We will not sign," from Minister Lind.', '1. "…". President Kostal, 5 May 2031.'): a name
// after a title, a roster person, or a place ("by Lind in Kessel") is no outlet.
import type { NameHit } from './names.ts';
import { hitsWithin } from './names.ts';
import { isRole } from './turnLabels.ts';
import type { Span } from './types.ts';

// A list's mark opens the item; an author and a dated bracket may come before the title: 'Lind, Ada (12 May
// 2031). "…"'. British lists set the title in single marks.
const ITEM_OPENS =
  /^[ \t]*(?:(?:[-–—•*]|\d{1,3}[.)]|↑)[ \t]*(?:\^[ \t]*)?|\^[ \t]*)([^"“\n()]{1,60}\([^()\n]{0,20}\d{4}\)\.[ \t]+)?["“‘']$/u;
// Group 1 is the outlet after "by … for|in", "from" or "in".
const CITATION_TAIL =
  /^(?:\.[ \t]+\p{Lu}[^\n"“”]{0,100}\b\d{4}\b[^\n"“”]{0,60}|,?[ \t]+(?:by[ \t]+\p{Lu}[^\n"“”]{0,60}?[ \t]+(?:for|in)|from|in)[ \t]+(?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*){0,5})\.?)[ \t]*$/u;
// After an author and a date, the outlet alone: '… "…". Kessel Post.'
const OUTLET_TAIL = /^\.[ \t]+\p{Lu}[^\n"“”]{0,100}$/u;
// The name where the outlet stands: capitalised words, after an honorific's dot too ("Dr. Ada Lind").
const NAME_RUN = /^(?:\p{Lu}\p{Ll}{0,3}\.[ \t]+)?\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*)*/u;
const TAIL_REACH = 200;
const ITEM_REACH = 100;

/**
 * Whether the name at `at` is a person's or a place's: the whole name is one the roster knows as
 * either ("Kostal", "Kessel"), or a name under a title before it ("Minister Ada Lind"). An outlet
 * may hold one ("Kessel Post", "Radio Dahl"); it runs on past it or opens on no title.
 */
function namesNoOutlet(text: string, at: number, hits: NameHit[]): boolean {
  const run = NAME_RUN.exec(text.slice(at, at + TAIL_REACH))?.[0];
  if (!run) return false;
  const end = at + run.trimEnd().length;
  return hitsWithin(hits, [at, end]).some(
    (h) =>
      h.span[1] === end &&
      (h.span[0] === at
        ? h.kind !== 'unknown'
        : h.runStart === at &&
          text
            .slice(at, h.span[0])
            .trim()
            .split(/[ \t]+/)
            .every(isRole)),
  );
}

/** Whether the quotation at `inner` (its marks around it) is a cited work's title in a list. */
export function citedTitle(text: string, inner: Span, hits: NameHit[]): boolean {
  const lineStart = text.lastIndexOf('\n', inner[0] - 1) + 1;
  const item = inner[0] - lineStart <= ITEM_REACH ? ITEM_OPENS.exec(text.slice(lineStart, inner[0])) : null;
  if (!item) return false;
  const lineEnd = text.indexOf('\n', inner[1]);
  const end = lineEnd === -1 ? text.length : lineEnd;
  if (end - inner[1] > TAIL_REACH) return false;
  const from = inner[1] + 1;
  const tail = text.slice(from, end);
  const cited = CITATION_TAIL.exec(tail);
  if (!cited && !(item[1] !== undefined && OUTLET_TAIL.test(tail))) return false;
  const outlet = cited?.[1];
  const source = outlet === undefined ? tail.search(/\p{Lu}/u) : cited!.index + cited![0].lastIndexOf(outlet);
  return !namesNoOutlet(text, from + source, hits);
}
