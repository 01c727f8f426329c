// Matching helpers for the hot paths. `String.prototype.matchAll` clones its regex on
// every call; for the long patterns of this engine (speaker nouns, reporting verbs) the
// clone cost ten times the scan itself, so the scans run `exec` on the shared pattern.

/**
 * Every match of the global pattern `re` in `text`, in order: what `[...text.matchAll(re)]`
 * gives, without the clone. `re` must not be used again until this returns (it never is:
 * the loop calls nothing).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match would match again at the same place: step past it as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return found;
}

/** The last match of the global pattern `re` in `text`, if any. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  const all = allMatches(re, text);
  return all[all.length - 1];
}
