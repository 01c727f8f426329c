// A transcription tool's export sets each turn's speaker alone on a line with the recording's clock,
// no colon, the words on the lines under it: "[00:01:05.22] - Ada Lind (Fjell Radio)" (the clock
// first, a dash between), "Ada Lind  00:01:05" (the name first, as meeting recorders print it). The
// clock makes a short line of capitalised words a label; without it such a line is a heading.
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

/** A speaker's label with its clock alone on the first line of `paragraph`, or undefined. */
export function stampedLabel(paragraph: string): TurnLabel | undefined {
  const c = paragraph.charCodeAt(0);
  const first = c === 91 || c === 40 || (c >= 48 && c <= 57);
  const m = first ? CLOCK_FIRST.exec(paragraph) : NAME_FIRST.exec(paragraph);
  if (!m) return undefined;
  const name = first ? m[2]! : m[1]!;
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
