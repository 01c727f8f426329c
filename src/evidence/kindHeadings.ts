// A release's kind heading: "PRESS STATEMENT", "COMMUNIQUÉ", "STATEMENT | 16 March", a chair's
// statement. It names the form of the text it heads, the way a page's category does, not a
// statement the text reports: the document is not an event of its own. A joint statement, and a
// communiqué issued as one, is left alone: one text the parties agreed is an act of theirs, and
// other sources report it as one. "MINISTERIAL STATEMENT" is the Westminster record's heading
// (Hansard) for a minister's statement to the House, the record's item and no event of its own.
import type { Genre } from './genre.ts';
import { endsLine, startsLine } from './ownLine.ts';

const KIND_HEADING =
  /^[\s[(]*(?:(?:press|media|news|ministerial|opening|closing|chair(?:man|woman|person)?['’]s)\s+)?(statement|communiqu[eé])[\s\])]*/iu;
// After the kind only a number, then after a separator a day or a place: "Statement No. 212 · 4
// May", "STATEMENT | Kessel", "[Opening Statement]". Case-sensitive: a place is capitalised.
const AFTER = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`;
const REST = new RegExp(
  String.raw`^(?:[Nn]o\.?\s*\d+\s*)?(?:[|·•–—]\s*${AFTER}(?:\s*[|·•,–—]\s*${AFTER})?\s*)?$`,
  'u',
);

/** True when the line at [start, end) of `text` is nothing but a heading naming its own kind. */
export function namesOwnKind(text: string, start: number, end: number, genre: Genre | undefined): boolean {
  const heading = text.slice(start, end);
  if (heading.length >= 120 || !startsLine(text, start) || !endsLine(text, end)) return false;
  const m = KIND_HEADING.exec(heading.trim());
  if (!m || !REST.test(heading.trim().slice(m[0].length))) return false;
  return !(genre === 'joint-statement' && /^communiq/i.test(m[1]!));
}
