// Recognises the worded numbering styles: "Article 3", "Art. 2bis", "[Article 3bis]",
// "Chapter II", "Part 1", "Section 4", "Point 7:", and the "Option 2:" alternatives
// that negotiating texts keep side by side.
import { type Marker, makeMarker, SUFFIX } from './marker.ts';
import { romanValue } from './numerals.ts';
import { numberKey } from './paths.ts';

const KEYWORD_RE = new RegExp(
  String.raw`^(article|art\.|chapter|part|section|paragraph|point)\s*(\[?)(\d{1,4}|[ivxlcdm]{1,7})(${SUFFIX})(\]?)`,
  'i',
);
// Part above Chapter above Section above Article; "Point" stays an unranked list.
const KEYWORD_RANK: Record<string, number> = { part: 7, chapter: 8, section: 9, article: 10, paragraph: 11 };
const OPTION_RE =
  /^option\s+(\d{1,3}|[a-z])(?![a-z0-9])((?:\[\^[^\]\s]{1,20}\])*)\s*[*_]*\s*(:?)\s*[*_]*\s*(:?)/i;

/** "Article 3 …" and friends; `inBracket` when the line opened with "[" before the keyword. */
export function readKeywordMarker(s: string, inBracket: boolean, inHeading: boolean): Marker | undefined {
  const m = KEYWORD_RE.exec(s);
  if (!m) return undefined;
  const whole = m[0];
  const word = m[1]!.toLowerCase();
  const digits = m[3]!;
  // "Article [3bis]" brackets the number; "[Article 3bis]" the whole keyword.
  const innerBracket = m[2] === '[';
  const closed = m[5] === ']';
  if (innerBracket !== closed && !(inBracket && closed)) return undefined;
  const value = /^\d/.test(digits) ? Number(digits) : romanValue(digits, 100);
  if (value === undefined) return undefined;
  let after = s.slice(whole.length);
  let written = whole;
  if (inBracket) {
    const outerClosed = closed && !innerBracket;
    if (!outerClosed && !after.startsWith(']')) return undefined;
    if (!outerClosed) after = after.slice(1);
    written = `[${whole}${outerClosed ? '' : ']'}`;
  }
  if (!inHeading && !separatesNumber(after)) return undefined;
  const kind = word === 'art.' ? 'article' : word;
  const key = numberKey(`${digits}${m[4]}`);
  if (key === undefined) return undefined;
  const rest = after.replace(/^[\s.:)—–-]+/, '');
  return makeMarker(`kw:${kind}`, written, written, key, value, rest, false, KEYWORD_RANK[kind]);
}

// "Article 4 of the Convention" is prose; "Article 4", "Article 4: Title", "Article 4 —
// Title", "Article 4. Title" and "Article 4 (Title)" are points.
function separatesNumber(after: string): boolean {
  const t = after.replace(/^[*_]+/, '');
  if (t.trim() === '' || /^[.:)]/.test(t)) return true;
  if (/^\s+[—–:-]/.test(t)) return true;
  return /^\s+\*?\([^()]*\)\*?\s*$/.test(t);
}

/** "Option 2:" (with or without text after it); without the colon it is prose. */
export function readOptionMarker(s: string): Marker | undefined {
  const m = OPTION_RE.exec(s);
  if (!m) return undefined;
  const rest = s.slice(m[0].length).trim();
  if (m[3] !== ':' && m[4] !== ':' && rest !== '') return undefined;
  const label = m[1]!;
  const value = /^\d/.test(label) ? Number(label) : label.toLowerCase().charCodeAt(0) - 96;
  return makeMarker('option', `Option ${label}`, `Option ${label}:`, `opt${label}`, value, rest);
}
