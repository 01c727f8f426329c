// The titles of other pages a page links to: a government or ministry page ends its body with a
// list of related items ("Associated links", "Share this page", then "- Statement by the Prime
// Minister on ..."), and a news or ministry page labels a link "Related: ..." or "See also: ...".
// Each names another document's event, not one this page reports.
import { isoDay, MONTH_ABBREVIATIONS } from '../core/calendar.ts';
import type { Span } from './types.ts';

// A body's prose line ends in a stop; a link's title does not.
// A communiqué's paragraphs end in a semicolon or a comma as often as in a stop.
const STOPPED = /[.!?:;,"”’)\]]\s*$/;
// A listed title carries its page's day in brackets ("- Minister receives the envoy (14/03/2031)",
// "(14 March 2031)"): the bracket closes the listing, not a sentence of prose.
// Read on the line's end with its blanks trimmed: a pattern that opens on blanks is tried from each
// blank of a long line of them.
const LISTED_DAY =
  /\((?:(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})|(\d{1,2})\.? (\p{L}+)\.? (\d{4})|(\p{L}+)\.? (\d{1,2}), (\d{4}))\)$/u;
/** The day a listed title's bracket gives, day before month where both are numbers. */
function listedDay(line: string): string | undefined {
  const m = LISTED_DAY.exec(line.trimEnd());
  if (!m) return undefined;
  const [, dayNumber, monthNumber, year, day, monthName, yearOfDay, nameFirst, dayAfter, yearAfter] = m;
  const name = (monthName ?? nameFirst)?.slice(0, 3).toLowerCase();
  const month = monthNumber ? Number(monthNumber) : MONTH_ABBREVIATIONS.indexOf(name!) + 1;
  const y = Number(year ?? yearOfDay ?? yearAfter);
  return month >= 1 && month <= 12
    ? isoDay(y < 100 ? 2000 + y : y, month, dayNumber ?? day ?? dayAfter!)
    : undefined;
}
// A page lists older pages, while its body's own dated points are as often steps still to come
// ("- Second round of talks in Drava (14 March 2031)"): only a day on or before the page's own
// lists a page, and without the page's day none does.
function listsPageOfDay(line: string, published: string | undefined): boolean {
  const day = published ? listedDay(line) : undefined;
  return day !== undefined && day <= published!;
}
// A line ends in a stop once a listed page's day is set aside; a step's later day is its own words.
const stopped = (line: string, published: string | undefined) =>
  STOPPED.test(listsPageOfDay(line, published) ? line.trimEnd().replace(LISTED_DAY, '') : line);
const BULLET = /^\s*[-–•*▪·]\s+\S/;
// A page's furniture after its links, which may end in a stop and is no prose of the body.
// A release's enquiries line: "Media enquiries: …", "For press inquiries, contact …".
export const ENQUIRIES = /^\W*(?:for )?(?:(?:media|press|general) )?(?:inquiries|enquiries)\b/i;
const FURNITURE =
  /^\s*(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bis this page useful\b|\breport a problem\b|^\s*(?:tel|phone|fax|e-?mail|contact|media (?:relations|contact))\b/i;
const LINK_LABEL =
  /^\s*(?:related(?: (?:content|links|news|articles|stories))?|see also|read more|read also|more on this(?: story)?|also on this topic)\s*[:|›»-]\s*\S/i;
// A heading that names the list as other pages' ("Other news:", "Related content"), with or
// without its colon: the bullets under it are titles, whatever they end in.
const LIST_HEADING =
  /^\s*(?:related(?: (?:content|links|news|articles|stories|pages))?|other (?:news|articles|stories|releases|press releases)|more news|latest (?:news|releases)|see also|read more|read also)\s*:?\s*$/i;

/** The spans of `text`'s lines that are titles of pages linked to, not the body's own words. */
export function linkedTitles(text: string, published?: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push([start, start + line.length]);
    start += line.length + 1;
  }
  const of = ([s, e]: Span) => text.slice(s, e);
  // The foot starts after the body's last line of prose: a stopped line of some words, not furniture.
  // Its list of links comes under a heading of its own ("Related Links", "Share this page"); bullets
  // right under the body's last line, or under a line that ends in a colon, are the body's own points.
  let prose = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = of(lines[i]!);
    if (line.trim() === '' || FURNITURE.test(line) || ENQUIRIES.test(line) || BULLET.test(line)) continue;
    if (stopped(line, published) && line.trim().split(/\s+/).length >= 6) {
      prose = i;
      break;
    }
  }
  const heading = lines.findIndex((span, i) => {
    const line = of(span);
    return i > prose && line.trim() !== '' && !BULLET.test(line) && !stopped(line, published);
  });
  const introduced = prose >= 0 && /:\s*$/.test(of(lines[prose]!));
  const foot = heading === -1 || introduced ? lines.length : heading;
  const found: Span[] = [];
  let listed = false;
  lines.forEach((span, i) => {
    const line = of(span);
    if (LIST_HEADING.test(line)) listed = true;
    else if (line.trim() !== '' && !BULLET.test(line)) listed = false;
    // A title with an older page's day, below the body's last line, lists a page even where the
    // page's heading was dropped as furniture.
    const dated = i > prose && !introduced && listsPageOfDay(line, published);
    if (
      LINK_LABEL.test(line) ||
      (BULLET.test(line) && (listed || dated || (i > foot && !stopped(line, published))))
    )
      found.push(span);
  });
  return found;
}
