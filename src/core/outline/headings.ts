// Tells a provision's heading from its text: "Article 3 — Security guarantees",
// "## Article 2 *(purpose)*", "4. **Progression** Each Party …", or a short line of its
// own right after "Article 3".
import type { Marker } from './marker.ts';

const MAX_HEADING = 80;
const BOLD_LEAD = /^(\*\*|__)([^*_]{1,120}?)\1(?=\s|$)/;

/** Whether a point of this style can carry a title (Articles, Chapters, "I.", headings). */
export function carriesHeading(marker: Marker): boolean {
  return marker.rank !== undefined || marker.kind.startsWith('roman-upper');
}

/** A line short enough and unpunctuated enough to be a title rather than a sentence. */
export function looksLikeHeading(line: string): boolean {
  return line.length <= MAX_HEADING && !/[.;:,]$/.test(line) && /^[\p{L}\p{N}(*_"“]/u.test(line);
}

/** Heading and text of the marker line itself. */
export function splitMarkerLine(marker: Marker, inHeading: boolean): { heading?: string; text: string } {
  const rest = marker.rest.trim();
  if (rest === '') return { text: '' };
  if (inHeading) {
    const heading = cleanHeading(rest);
    return heading === '' ? { text: '' } : { heading, text: '' };
  }
  const bold = BOLD_LEAD.exec(rest);
  if (bold) return { heading: bold[2]!.trim(), text: rest.slice(bold[0].length).trim() };
  if (carriesHeading(marker) && looksLikeHeading(rest)) return { heading: cleanHeading(rest), text: '' };
  return { text: rest };
}

/** "*(definitions)*" → "definitions"; "— Security guarantees" → "Security guarantees". */
export function cleanHeading(raw: string): string {
  let s = raw.trim().replace(/^[*_]+/, '');
  s = trimEmphasisEnd(s).trim();
  s = s.replace(/^[—–:.-]+/, '').trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  return s;
}

// By hand: /[*_]+$/ backtracks quadratically over a long run of "*" not at the end.
function trimEmphasisEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '*' || s[end - 1] === '_')) end--;
  return s.slice(0, end);
}
