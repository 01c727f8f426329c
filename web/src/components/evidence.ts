// A claim's evidence in context: the sentences around its span in the source's clean text.

const SENTENCE_END = /[.!?]["”’)]?\s+|\n\s*\n/g;
/** However long the sentences, show at most this much on either side. */
const MAX_SIDE = 400;

export interface InContext {
  before: string;
  match: string;
  after: string;
}

/** The span with `sentences` whole sentences before and after it (pure). */
export function contextAround(text: string, span: readonly [number, number], sentences = 1): InContext {
  const [from, to] = [Math.min(span[0], text.length), Math.min(span[1], text.length)];
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] ?? 0) <= from) i++;
  const start = starts[Math.max(0, i - sentences)] ?? 0;
  let j = starts.findIndex((s) => s >= to);
  if (j < 0) j = starts.length;
  const end = starts[j + sentences] ?? text.length;
  const before = text.slice(Math.max(start, from - MAX_SIDE), from);
  const after = text.slice(to, Math.min(end, to + MAX_SIDE));
  return {
    before: (start < from - MAX_SIDE ? '…' : '') + before.trimStart(),
    match: text.slice(from, to),
    after: after.trimEnd() + (end > to + MAX_SIDE ? '…' : ''),
  };
}
