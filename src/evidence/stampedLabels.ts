// A transcription tool's export sets each turn's speaker alone on a line with the recording's clock,
// no colon, the words on the lines under it: "[00:01:05.22] - Ada Lind (Fjell Radio)" (the clock
// first, a dash between), "Ada Lind  00:01:05" (the name first, as meeting recorders print it). The
// clock makes a short line of capitalised words a label; without it such a line is a heading. A
// programme sets its times over its items the same way ("[09:30] Opening Session"): the document
// tells the two apart (`clockedLabels`).
import type { TurnLabel } from './turnLabels.ts';

const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
// Up to five capitalised words (a joining particle between them), an aside in brackets: the outlet.
const NAME = String.raw`(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|\d{1,2}|of|de|van|von|al)){0,4})(?:[ \t]*\(([^()\n]{1,60})\))?`;
// The clock first is bracketed or counts the seconds: an agenda's "09:00 – Opening Session" is neither.
const CLOCK_FIRST = new RegExp(
  String.raw`^((?:[[(]${CLOCK}[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*(?:[-–—|·][ \t]*)?)${NAME}[ \t]*(?:\n|$)`,
  'u',
);
// The name first stands apart from its clock by two spaces or a tab: "Updated 14:05" is a page's.
const NAME_FIRST = new RegExp(String.raw`^${NAME}(?:[ \t]{2,}|\t)[[(]?${CLOCK}[\])]?[ \t]*(?:\n|$)`, 'u');

// A programme's items are its sessions, breaks and speeches, never anyone's name.
const PROGRAMME_WORD =
  /\b(?:sessions?|break|lunch|dinner|breakfast|coffee|reception|remarks|opening|closing|welcome|keynote|panel|plenary|registration|adjournment|recess|agenda|introduction|presentation|discussion|conclusions?|ceremony|departure|arrival)\b/i;
// A transcript names its speakers again turn after turn; a programme's items are all different.
const MIN_CLOCKED_LINES = 3;

/** A speaker's label with its clock alone on the first line of `paragraph`, or undefined. */
export function stampedLabel(paragraph: string): TurnLabel | undefined {
  const c = paragraph.charCodeAt(0);
  const first = c === 91 || c === 40 || (c >= 48 && c <= 57);
  const m = first ? CLOCK_FIRST.exec(paragraph) : NAME_FIRST.exec(paragraph);
  if (!m) return undefined;
  const name = first ? m[2]! : m[1]!;
  if (PROGRAMME_WORD.test(name)) return undefined;
  const aside = first ? m[3] : m[2];
  const said = paragraph.slice(first ? m[1]!.length : 0).split('\n', 1)[0]!;
  return {
    full: m[0],
    said: first ? said.trimEnd() : said.slice(0, said.search(/[ \t]+[[(]?\d/)),
    question: false,
    name,
    ...(aside ? { aside } : {}),
    ownLine: true,
  };
}

/**
 * The reader of `text`'s clocked name lines, read once a document: where its several clocked lines
 * come back to a name (a transcript returns to its speakers), each is a speaker's; elsewhere only
 * one with its bracketed aside (an outlet, an office). Undefined when no line is one.
 */
export function clockedLabels(text: string): ((paragraph: string) => TurnLabel | undefined) | undefined {
  const counts = new Map<string, number>();
  let lines = 0;
  // A clock holds a colon: lines without one are passed over (the next colon is found once, not per line).
  let colon = -1;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    if (colon < at) colon = text.indexOf(':', at);
    if (colon === -1) break;
    const c = text.charCodeAt(at);
    const label =
      colon < end &&
      end - at <= 160 &&
      (c === 91 || c === 40 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c >= 0xc0)
        ? stampedLabel(text.slice(at, end))
        : undefined;
    if (label) {
      lines++;
      counts.set(label.name!, (counts.get(label.name!) ?? 0) + 1);
    }
    at = end + 1;
  }
  if (lines === 0) return undefined;
  const returns = lines >= MIN_CLOCKED_LINES && [...counts.values()].some((n) => n >= 2);
  return (paragraph) => {
    const label = stampedLabel(paragraph);
    return label && (returns || label.aside !== undefined) ? label : undefined;
  };
}
