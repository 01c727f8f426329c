// Reads the numbering marker (if any) at the start of a line, looking through the
// decoration drafts wrap around numbers: "**1.**", "[Article 3bis]", "[4. text]".
import { readKeywordMarker, readOptionMarker } from './keywordMarker.ts';
import { readListMarkers } from './listMarker.ts';
import type { LineView, Marker } from './marker.ts';

const EMPHASIS_LEAD = /^[*_]{1,3}/;
// A closing "**" further than this is emphasis on the text, not on the number.
const MAX_EMPHASIZED_MARKER = 24;

/** The possible readings of the line's marker: none, one, or two for "(i)"-like letters. */
export function readMarkers(view: LineView): Marker[] {
  const depth = view.headingDepth;
  const { text, reopen } = unwrapEmphasis(view.content);
  const found = readAt(text, depth !== undefined);
  for (const m of found) {
    if (m.rest !== '') m.rest = `${reopen}${m.rest}`;
    // In Markdown the heading depth, not the wording, says how the headings nest.
    if (depth !== undefined) {
      m.kind = `${m.kind}#${depth}`;
      m.rank = depth;
    }
  }
  return found;
}

function unwrapEmphasis(content: string): { text: string; reopen: string } {
  const lead = EMPHASIS_LEAD.exec(content)?.[0];
  if (lead === undefined) return { text: content, reopen: '' };
  const inner = content.slice(lead.length);
  const close = inner.indexOf(lead);
  if (close > 0 && close <= MAX_EMPHASIZED_MARKER) {
    return { text: `${inner.slice(0, close)} ${inner.slice(close + lead.length)}`, reopen: '' };
  }
  return { text: inner, reopen: lead };
}

// Most lines are prose; one look at the first word rules them out before any regex runs.
const WORDED = new Set(['article', 'chapter', 'part', 'section', 'paragraph', 'point', 'option']);

function mayStartMarker(s: string): boolean {
  const first = s[0] ?? '';
  if ((first >= '0' && first <= '9') || first === '(' || first === '[') return true;
  let end = 0;
  while (end < 10 && isAsciiLetter(s.charCodeAt(end))) end++;
  if (end === 0) return false;
  const next = s[end];
  return next === '.' || next === ')' || WORDED.has(s.slice(0, end).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function readAt(s: string, inHeading: boolean): Marker[] {
  if (!mayStartMarker(s)) return [];
  if (s.startsWith('[')) {
    const keyword = readKeywordMarker(s.slice(1), true, inHeading);
    if (keyword) return [keyword];
    const bracketed = readListMarkers(s, inHeading);
    if (bracketed.length > 0) return bracketed;
    // "[4. Parties shall …]": a bracketed point; the bracket stays with its text.
    const inner = readListMarkers(s.slice(1), inHeading);
    for (const m of inner) m.rest = `[${m.rest}`;
    return inner;
  }
  const worded = readKeywordMarker(s, false, inHeading) ?? readOptionMarker(s);
  return worded ? [worded] : readListMarkers(s, inHeading);
}
