// Finds the line of every value in a JSON text by its path ("provisions[2].text"), so
// errors in JSON drafts can name a line too. A single pass with no regular expressions.

/** Map from JSON path ("" for the root) to the 1-based line where that value starts. */
export function jsonValueLines(text: string): Map<string, number> {
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
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = open.at(-1);
      if (expectingKey && top && !top.array) top.key = text.slice(i + 1, j);
      else lines.set(here(), line);
      i = j;
    } else if (c === '{' || c === '[') {
      const path = here();
      lines.set(path, line);
      open.push({ array: c === '[', path, index: 0, key: '' });
      expectingKey = c === '{';
    } else if (c === '}' || c === ']') open.pop();
    else if (c === ',') {
      const top = open.at(-1);
      if (top?.array) top.index++;
      else expectingKey = true;
    } else if (c === ':') expectingKey = false;
    else if (!/\s/.test(c)) {
      lines.set(here(), line);
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
