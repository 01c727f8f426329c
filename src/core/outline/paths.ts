// Turns a number as written ("Article 2bis", "(a)", "Option 1", "1.1") into the path
// segment that addresses it, and joins segments into a provision's full path.

const KEYWORD = /^(?:article|art\.|chapter|part|section|point|paragraph)\s*/i;
const KEY_SHAPE = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;

/** The path segment of a written number, or undefined when it is not a number at all. */
export function numberKey(written: string): string | undefined {
  let s = stripEnclosing(written.trim());
  const option = /^option\s+([0-9A-Za-z]+)$/i.exec(s);
  if (option) return `opt${option[1]}`;
  s = stripEnclosing(s.replace(KEYWORD, '')).replace(/\s+/g, '');
  return KEY_SHAPE.test(s) ? s : undefined;
}

function stripEnclosing(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s[start] === '[' || s[start] === '(')) start++;
  while (end > start && ']).:'.includes(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * The full path of a child. A multi-level number ("1.1.2") repeats its parent's address,
 * so when its prefix is the end of the parent path only the last part is appended;
 * otherwise the whole number is, which keeps paths unique either way.
 */
export function childPath(parent: string | undefined, key: string): string {
  if (parent === undefined) return key;
  const dot = key.lastIndexOf('.');
  if (dot > 0) {
    const prefix = key.slice(0, dot);
    if (parent === prefix || parent.endsWith(`.${prefix}`)) return `${parent}.${key.slice(dot + 1)}`;
  }
  return `${parent}.${key}`;
}
