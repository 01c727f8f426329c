// Splits a text draft into line views: indentation measured, Markdown heading marks and
// bullets taken off, YAML front matter (with its title) skipped.
import type { LineView } from './marker.ts';

const ATX_HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^[-*+][ \t]+/;
const MAX_FRONT_MATTER_LINES = 60;

/** A view of one line, or undefined for a blank line (a paragraph break). */
export function viewLine(raw: string, line: number, markdown: boolean): LineView | undefined {
  let indent = 0;
  let i = 0;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === ' ') indent++;
    else if (c === '\t') indent += 4;
    else break;
  }
  let content = raw.slice(i).trimEnd();
  if (content === '') return undefined;
  // Four columns of indentation would make a Markdown code block, never a heading.
  const heading = markdown && indent < 4 ? ATX_HEADING.exec(content) : null;
  if (heading) {
    content = stripClosingHashes(content.slice(heading[0].length));
    return { line, indent, content, headingDepth: heading[1]!.length };
  }
  const bullet = BULLET.exec(content);
  if (bullet) return { line, indent, content: content.slice(bullet[0].length), bullet: true };
  return { line, indent, content };
}

// "## Article 2 ##" closes with hashes; done by hand, since a regex anchored at the end
// would backtrack over long runs of spaces.
function stripClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '#') end--;
  if (end === s.length) return s;
  if (end === 0) return '';
  return s[end - 1] === ' ' || s[end - 1] === '\t' ? s.slice(0, end).trimEnd() : s;
}

/** Where the body starts after YAML front matter ("---" … "---"), and its `title:`. */
export function readFrontMatter(lines: string[]): { start: number; title?: string } {
  if (lines[0]?.trim() !== '---') return { start: 0 };
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    const l = lines[i]!.trim();
    if (l !== '---' && l !== '...') continue;
    const titleLine = lines.slice(1, i).find((x) => /^title:/i.test(x));
    const title = titleLine
      ?.slice(6)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    return title ? { start: i + 1, title } : { start: i + 1 };
  }
  return { start: 0 };
}
