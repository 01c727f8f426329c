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
  return found.map((m) => {
    const rest = m.rest === '' ? '' : `${reopen}${m.rest}`;
    // In Markdown the heading depth, not the wording, says how the headings nest.
    return depth === undefined ? { ...m, rest } : { ...m, rest, kind: `${m.kind}#${depth}`, rank: depth };
  });
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

function readAt(s: string, inHeading: boolean): Marker[] {
  if (s.startsWith('[')) {
    const keyword = readKeywordMarker(s.slice(1), true, inHeading);
    if (keyword) return [keyword];
    const bracketed = readListMarkers(s, inHeading);
    if (bracketed.length > 0) return bracketed;
    // "[4. Parties shall …]": a bracketed point; the bracket stays with its text.
    return readListMarkers(s.slice(1), inHeading).map((m) => ({ ...m, rest: `[${m.rest}` }));
  }
  const worded = readKeywordMarker(s, false, inHeading) ?? readOptionMarker(s);
  return worded ? [worded] : readListMarkers(s, inHeading);
}
