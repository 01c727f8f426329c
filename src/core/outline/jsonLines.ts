// Finds the line of JSON values by their path ("provisions[2].text"), so errors in JSON
// drafts can name a line and provisions know where they start. One pass, no regexes.

const NEWLINE = 10;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Map from JSON path ("" for the root) to the 1-based line where that value starts.
 * `objectsOnly` records only objects (all a valid draft needs, and much cheaper).
 */
export function jsonValueLines(text: string, objectsOnly = false): Map<string, number> {
  const lines = new Map<string, number>();
  const open: { array: boolean; path: string; index: number; key: string }[] = [];
  let line = 1;
  let expectingKey = false;
  const here = (): string => {
    const top = open.at(-1);
    if (top === undefined) return '';
    if (top.array) return `${top.path}[${top.index}]`;
    return top.path === '' ? top.key : `${top.path}.${top.key}`;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) line++;
    else if (code <= 32) continue;
    else if (code === QUOTE) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== QUOTE) j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
      const top = open.at(-1);
      if (expectingKey && top && !top.array) top.key = text.slice(i + 1, j);
      else if (!objectsOnly) lines.set(here(), line);
      i = j;
    } else if (code === 123 || code === 91) {
      // "{" or "["
      const path = here();
      if (code === 123 || !objectsOnly) lines.set(path, line);
      open.push({ array: code === 91, path, index: 0, key: '' });
      expectingKey = code === 123;
    } else if (code === 125 || code === 93) open.pop();
    else if (code === 44) {
      // ","
      const top = open.at(-1);
      if (top?.array) top.index++;
      else expectingKey = true;
    } else if (code === 58) expectingKey = false;
    else {
      if (!objectsOnly) lines.set(here(), line);
      while (i + 1 < text.length && !',}]\n'.includes(text[i + 1]!)) i++;
    }
  }
  return lines;
}

/** The line of a path, or of its nearest ancestor that exists (a missing key's object). */
export function lineOfPath(lines: Map<string, number>, path: string): number {
  let p = path;
  for (;;) {
    const found = lines.get(p);
    if (found !== undefined || p === '') return found ?? 1;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
  }
}
